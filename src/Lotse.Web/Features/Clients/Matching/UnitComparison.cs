using F23.StringSimilarity;

namespace Lotse.Web.Features.Clients.Matching;

/// <summary>How two name parts agree, strongest first.</summary>
internal enum NameAgreement
{
    /// <summary>Written the same (ignoring case).</summary>
    Identical,

    /// <summary>Same after normalisation: diacritics, script, hyphens, articles (Öztürk/Ozturk, Al-Hassan/Hassan).</summary>
    SameNormalised,

    /// <summary>Same phonetic reading (Mohammed/Muhammad, Tesfay/Tesfaye, Çelik/Tschelik).</summary>
    SameSound,

    /// <summary>Graded string similarity of the readings is high (Serhii/Sergei, Ahmet/Ahmed).</summary>
    Similar,

    /// <summary>Male and female form of one name (Oleksandr/Oleksandra): a different person.</summary>
    OtherGender,

    /// <summary>Different name.</summary>
    Different
}

/// <summary>The comparison of one aligned pair of name units.</summary>
internal sealed record UnitComparison(NameUnit A, NameUnit B, NameAgreement Agreement, double Similarity)
{
    /// <summary>Similarity of readings that are neither identical nor phonetically equal never
    /// reaches the phonetic level: spelling distance alone is weaker evidence than a shared sound.</summary>
    public const double MaxGradedSimilarity = 0.88;
    public const double SameSoundSimilarity = 0.95;
    public const double OtherGenderSimilarity = 0.6;
    public const double SimilarThreshold = 0.8;

    /// <summary>Arabic script writes every long vowel, so a long vowel on the Latin side that the Arabic
    /// side lacks (or the reverse) means another name with the same consonants (محمد Muhammad vs Mahmoud);
    /// the edit distance, which barely counts missing vowels, must not call that similar.</summary>
    public const double MaxUnvocalisedVowelConflict = 0.75;

    private static readonly WeightedLevenshtein Levenshtein = new(TransliterationCosts.Instance, TransliterationCosts.Instance);

    public static UnitComparison Of(NameUnit a, NameUnit b)
    {
        foreach (var sa in a.Spellings)
        {
            foreach (var sb in b.Spellings)
            {
                if (sa.Normalised != sb.Normalised) continue;
                var identical = string.Equals(a.Display, b.Display, StringComparison.OrdinalIgnoreCase);
                return new UnitComparison(a, b, identical ? NameAgreement.Identical : NameAgreement.SameNormalised, 1.0);
            }
        }

        var otherGender = false;
        var graded = 0.0;
        foreach (var sa in a.Spellings)
        {
            foreach (var sb in b.Spellings)
            {
                foreach (var ra in sa.Readings)
                {
                    foreach (var rb in sb.Readings)
                    {
                        switch (ra.CompareTo(rb))
                        {
                            case ReadingAgreement.SameSound:
                                return new UnitComparison(a, b, NameAgreement.SameSound, SameSoundSimilarity);
                            case ReadingAgreement.FeminineEnding:
                                otherGender = true;
                                break;
                            case ReadingAgreement.VowelsDiffer when sa.Unvocalised || sb.Unvocalised:
                                graded = Math.Max(graded, Math.Min(GradedSimilarity(ra, rb), MaxUnvocalisedVowelConflict));
                                break;
                            default:
                                graded = Math.Max(graded, GradedSimilarity(ra, rb));
                                break;
                        }
                    }
                }
            }
        }

        if (otherGender)
            return new UnitComparison(a, b, NameAgreement.OtherGender, OtherGenderSimilarity);
        var similarity = Math.Min(graded, MaxGradedSimilarity);
        return new UnitComparison(a, b, similarity >= SimilarThreshold ? NameAgreement.Similar : NameAgreement.Different, similarity);
    }

    private static double GradedSimilarity(PhoneticReading a, PhoneticReading b)
    {
        var length = Math.Max(a.Text.Length, b.Text.Length);
        if (length == 0) return 0;
        return Math.Clamp(1 - Levenshtein.Distance(a.Text, b.Text) / length, 0, 1);
    }
}
