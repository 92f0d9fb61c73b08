using F23.StringSimilarity;

namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// Edit costs between phonetic readings (see <see cref="PhoneticReading"/>) for F23's weighted
/// Levenshtein distance: differences that transliteration produces all the time cost less than
/// differences that make another name.
/// </summary>
internal sealed class TransliterationCosts : ICharacterSubstitution, ICharacterInsDel
{
    public static readonly TransliterationCosts Instance = new();

    // Consonant classes that one language's spelling renders as the other's: Ukrainian h for Russian g
    // (Serhii/Sergei), Turkish final devoicing (Ahmet/Ahmed), Egyptian g for j (Gamal/Jamal), b/p and f/v in
    // Persian and German, z/dh/th readings of Arabic letters (Ramazan/Ramadan), zh/sch.
    private static readonly HashSet<(char, char)> NearConsonants =
    [
        ('g', 'h'), ('g', 'k'), ('h', 'k'), ('d', 't'), ('b', 'p'), ('f', 'v'),
        ('j', 'g'), ('j', 's'), ('d', 's'), ('t', 's')
    ];

    public double Cost(char c1, char c2)
    {
        if (c1 == c2) return 0;
        if (c1 == PhoneticReading.LongMark || c2 == PhoneticReading.LongMark) return 1;
        var vowel1 = char.IsUpper(c1);
        var vowel2 = char.IsUpper(c2);
        if (vowel1 && vowel2) return PhoneticReading.VowelsAgree(c1, c2) ? 0.25 : 0.75;
        if (vowel1 != vowel2) return 1;
        return NearConsonants.Contains((c1, c2)) || NearConsonants.Contains((c2, c1)) ? 0.5 : 1;
    }

    // Vowels and h are written or left out freely (Fatma/Fatima, Ethiopic Medhn/Medhin, a silent h),
    // so inserting or deleting them costs half; vowel length (ou/u) almost nothing.
    public double InsertionCost(char c) => c == PhoneticReading.LongMark ? 0.1 : char.IsUpper(c) || c == 'h' ? 0.5 : 1;

    public double DeletionCost(char c) => InsertionCost(c);
}
