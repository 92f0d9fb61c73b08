namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// Articles and kinship particles that are written in some documents and left out in others,
/// so they must not decide whether two names match.
/// </summary>
internal static class NameParticles
{
    /// <summary>Particles that stand before the name they belong to (Arabic article incl. sun-letter
    /// assimilation, "father of", "son/daughter of" in Arabic and Maghrebi spelling).</summary>
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "al", "el", "ul",
        "ad", "ed", "an", "en", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez",
        "abu", "abou",
        "bin", "ben", "ibn", "bint", "bent", "ould", "wuld"
    };

    /// <summary>Particles that follow the name they belong to (Turkish/Azerbaijani "son of", "daughter of").</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "oglu", "ogli", "oghlu", "ogly", "kizi", "qizi", "kyzy", "gizi"
    };

    /// <summary>Forms of the Arabic article that are also written glued to the name ("Alhasan", "Elkhatib").</summary>
    private static readonly string[] GluedArticles = ["al", "el"];

    public static bool IsPrefix(string token) => Prefixes.Contains(token);

    public static bool IsSuffix(string token) => Suffixes.Contains(token);

    /// <summary>The name without a glued article, if the rest is long enough and starts with a consonant
    /// as it does after the Arabic article ("alhasan" -> "hasan"); "alina" or "elena" are left alone.</summary>
    public static string? WithoutGluedArticle(string token)
    {
        foreach (var article in GluedArticles)
        {
            if (token.Length - article.Length >= 3 && token.StartsWith(article, StringComparison.Ordinal)
                && !IsVowel(token[article.Length]))
                return token[article.Length..];
        }
        return null;
    }

    /// <summary>The name without a glued kinship suffix ("osmanoglu" -> "osman").</summary>
    public static string? WithoutGluedSuffix(string token)
    {
        foreach (var suffix in Suffixes)
        {
            if (token.Length - suffix.Length >= 3 && token.EndsWith(suffix, StringComparison.Ordinal))
                return token[..^suffix.Length];
        }
        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
