using Lotse.Web.Features.Clients.Matching;

namespace Lotse.UnitTests.Clients.Matching;

/// <summary>The linguistic rules for one pair of name parts (internal, pinned here because the
/// matcher's behaviour rests on them).</summary>
public class UnitComparisonTests
{
    private static UnitComparison Compare(string a, string b) => UnitComparison.Of(
        NameUnit.Single(NameTokenizer.Tokenize(a, NameRole.Other)[0]),
        NameUnit.Single(NameTokenizer.Tokenize(b, NameRole.Other)[0]));

    [Theory]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("محمد", "Mohammed")]
    [InlineData("Youssef", "Yusuf")]
    [InlineData("يوسف", "Youssef")]
    [InlineData("Fatemeh", "Fatima")]
    [InlineData("Fatemeh", "فاطمه")]
    [InlineData("Mehdi", "Mahdi")]
    [InlineData("Şêx", "Sheikh")]
    [InlineData("Ciwan", "Djiwan")]
    [InlineData("Yuliia", "Julija")]
    [InlineData("Walid", "Oualid")]
    [InlineData("Othman", "Osman")]
    [InlineData("Achmed", "Ahmed")]
    [InlineData("Elena", "Yelena")]
    public void Transliteration_variants_sound_the_same(string a, string b)
    {
        Assert.Equal(NameAgreement.SameSound, Compare(a, b).Agreement);
    }

    [Theory]
    [InlineData("Oleksandr", "Oleksandra")]
    [InlineData("Karim", "Karima")]
    [InlineData("Yevgeniy", "Yevgeniya")]
    [InlineData("Ali", "Alia")]
    public void Male_and_female_forms_are_recognised_as_different_people(string a, string b)
    {
        Assert.Equal(NameAgreement.OtherGender, Compare(a, b).Agreement);
    }

    [Theory]
    [InlineData("Karimi", "Karami")]
    [InlineData("Hassan", "Hassani")]
    [InlineData("Serhii", "Sergei")]
    [InlineData("Ahmet", "Ahmed")]
    public void Near_spellings_are_similar_but_not_the_same_sound(string a, string b)
    {
        var c = Compare(a, b);
        Assert.Equal(NameAgreement.Similar, c.Agreement);
        Assert.InRange(c.Similarity, UnitComparison.SimilarThreshold, UnitComparison.MaxGradedSimilarity);
    }

    [Theory]
    [InlineData("Hassan", "Hussein")]
    [InlineData("Mohammed", "Mahmoud")]
    [InlineData("محمد", "Mahmoud")]
    [InlineData("حسن", "Hussein")]
    [InlineData("Tesfay", "Tesfamariam")]
    public void Different_names_with_similar_shape_stay_different(string a, string b)
    {
        Assert.Equal(NameAgreement.Different, Compare(a, b).Agreement);
    }

    [Fact]
    public void Normalised_equality_beats_everything_and_keeps_the_written_forms()
    {
        var c = Compare("Öztürk", "Ozturk");

        Assert.Equal(NameAgreement.SameNormalised, c.Agreement);
        Assert.Equal(1.0, c.Similarity);
        Assert.Equal("Öztürk", c.A.Display);
    }
}
