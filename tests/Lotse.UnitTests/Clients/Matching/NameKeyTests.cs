using System.Globalization;
using Lotse.Web.Features.Clients.Matching;

namespace Lotse.UnitTests.Clients.Matching;

public class NameKeyTests
{
    [Theory]
    [InlineData("Mohammed Al-Hassan", "mohammed hassan")]
    [InlineData("Öztürk", "ozturk")]
    [InlineData("Şahin", "sahin")]
    [InlineData("Yılmaz", "yilmaz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Sa'id", "said")]
    [InlineData("ʿAbd al-Rahman", "abd rahman")]
    [InlineData("Ahmed bin Khalid", "ahmed khalid")]
    [InlineData("Osman oğlu", "osman")]
    [InlineData("M. Hassan", "hassan")]
    [InlineData("  Ben  ", "ben")]
    [InlineData("محمد", "mhmd")]
    [InlineData("Сергей", "sergey")]
    [InlineData("Юлія", "yuliya")]
    [InlineData("ተስፋይ", "tesfay")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_gives_the_Latin_search_form(string? name, string expected)
    {
        Assert.Equal(expected, NameKey.Normalise(name));
    }

    [Theory]
    [InlineData("Mohammed", "Muhammad", "Mohamad", "محمد")]
    [InlineData("Hosseini", "Hosseyni", "Husseini", "حسینی")]
    [InlineData("Tesfay", "Tesfaye", "Tesfai", "ተስፋይ")]
    [InlineData("Gebremedhin", "Ghebremedhin", "ገብረመድህን", "Gebremedhin")]
    [InlineData("Haile", "Hayle", "ሃይለ", "Haile")]
    [InlineData("Çelik", "Celik", "Tschelik", "Çelik")]
    [InlineData("Öztürk", "Oeztuerk", "Ozturk", "Öztürk")]
    [InlineData("Şahin", "Sahin", "Schahin", "Shahin")]
    [InlineData("Kovalenko", "Kowalenko", "Коваленко", "Kovalenko")]
    [InlineData("Ivanov", "Ivanoff", "Iwanow", "Иванов")]
    [InlineData("Sergei", "Sergey", "Сергей", "Sergei")]
    [InlineData("Oleksandr", "Olexandr", "Aleksandr", "Олександр")]
    [InlineData("Xalid", "Khalid", "خالد", "Halid")]
    [InlineData("Shevchenko", "Schewtschenko", "Шевченко", "Shevchenko")]
    public void Spelling_variants_share_their_first_phonetic_key(params string[] variants)
    {
        var keys = variants.Select(v => NameKey.Phonetic(v).Split(' ')[0]).Distinct().ToList();

        Assert.True(keys.Count == 1, $"{string.Join(", ", variants)} -> {string.Join(", ", keys)}");
    }

    [Theory]
    [InlineData("Al-Hassan", "Alhasan")]
    [InlineData("Gebre Medhin", "Gebremedhin")]
    [InlineData("Hossein Zade", "Hosseinzadeh")]
    [InlineData("Julija", "Yuliia")]
    [InlineData("Sergej", "Sergei")]
    [InlineData("Osman Oğlu", "Osmanoglu")]
    [InlineData("Daoud", "Dawood")]
    [InlineData("Chalid", "Khalid")] // German ch = kh is the alternative reading of ch
    [InlineData("Rachid", "Rashid")] // French ch = sh is the primary one
    public void Split_glued_and_ambiguous_spellings_overlap_in_their_key_sets(string a, string b)
    {
        var keysA = NameKey.Phonetic(a).Split(' ');
        var keysB = NameKey.Phonetic(b).Split(' ');

        Assert.NotEmpty(keysA.Intersect(keysB));
    }

    [Theory]
    [InlineData("Tesfay", "Tesfamariam")]
    [InlineData("Ahmad", "Mahmoud")]
    [InlineData("Dilan", "Dilşad")]
    [InlineData("Amina", "Fatima")]
    public void Different_names_have_different_keys(string a, string b)
    {
        Assert.Empty(NameKey.Phonetic(a).Split(' ').Intersect(NameKey.Phonetic(b).Split(' ')));
    }

    [Fact]
    public void Keys_are_coarse_by_design_the_matcher_separates_them()
    {
        Assert.Equal(NameKey.Phonetic("Karimi"), NameKey.Phonetic("Karami"));
        var result = DuplicateMatcher.Score(
            MatchCandidate.Of("Reza", "Karimi", PartialDate.Parse("14.03.1992", new DateOnly(2026, 1, 1))),
            MatchCandidate.Of("Reza", "Karami", PartialDate.Parse("02.11.1992", new DateOnly(2026, 1, 1))));
        Assert.False(result.IsLikelyDuplicate);
    }

    /// <summary>Stored keys depend on this output. If it changes on purpose, the stored keys of all
    /// clients must be recomputed (data migration) – that is what this test is there to remind of.</summary>
    [Theory]
    [InlineData("Mohammed Al-Hassan", "mhmd hsn lhsn mhmdhsn")]
    [InlineData("Muhammad Alhasan", "mhmd lhsn hsn mhmdlhsn")]
    [InlineData("Tesfay", "tsf")]
    [InlineData("Gebre Medhin", "gbr mdn msn gbrmdn gbrmsn")]
    [InlineData("Sergej", "srgj srg")]
    [InlineData("Aya", "aya")]
    public void Phonetic_output_is_stable(string name, string expected)
    {
        Assert.Equal(expected, NameKey.Phonetic(name));
    }

    [Fact]
    public void Keys_do_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("isik ilhan", NameKey.Normalise("IŞIK İLHAN"));
            Assert.Equal("sk lhn sklhn", NameKey.Phonetic("IŞIK İLHAN"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    /// <summary>
    /// The SQLite trigger that fills ClientSearchKeys splits the stored keys by building a JSON array from them
    /// without escaping (Domain/Clients/ClientSearchKey.cs): keys must stay ASCII letters separated by single spaces.
    /// </summary>
    [Fact]
    public void Phonetic_keys_are_ascii_letters_separated_by_single_spaces()
    {
        var names = NameVariantTable.Rows.SelectMany(r => new[] { $"{r[1]} {r[2]}", $"{r[4]} {r[5]}" })
            .Concat(["O'Brien-Smith \\ \"Quote\"", "Nguyễn Văn An", "Ἀλέξανδρος", "金 正恩", "José María 3.", "ʿAlī ibn Abī Ṭālib", "Ольга Петрова-Іваненко"]);
        foreach (var name in names)
        {
            var keys = NameKey.Phonetic(name);
            Assert.Matches("^([A-Za-z]+( [A-Za-z]+)*)?$", keys);
        }
    }
}
