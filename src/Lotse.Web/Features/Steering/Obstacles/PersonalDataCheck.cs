using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lotse.Web.Features.Steering.Obstacles;

/// <summary>
/// A heuristic warning, not a filter: does a text meant to be free of personal data look as if it contains a name
/// of the case's people (client, name variants, household, contacts) or a date (dd.mm.yyyy, yyyy-mm-dd, dd/mm/yy,
/// "geb. 1990")? The case manager confirms or rewrites; the check never blocks.
/// </summary>
public static partial class PersonalDataCheck
{
    /// <summary>The warnings for <paramref name="text"/>; empty when nothing looks personal.</summary>
    public static IReadOnlyList<string> Warnings(string? text, IEnumerable<string?> knownNames)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var warnings = new List<string>();
        var names = knownNames.SelectMany(n => Tokens(n ?? "")).Where(t => t.Length >= 3).Select(Fold).ToHashSet();
        var found = Tokens(text).Where(t => names.Contains(Fold(t))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (found.Count > 0)
            warnings.Add($"Der Text enthält möglicherweise einen Namen aus diesem Fall ({string.Join(", ", found.Select(f => $"„{f}“"))}).");
        if (DatePattern().IsMatch(text) || BirthPattern().IsMatch(text))
            warnings.Add("Der Text enthält möglicherweise ein Datum (z. B. ein Geburtsdatum).");
        return warnings;
    }

    private static IEnumerable<string> Tokens(string s) => WordPattern().Matches(s).Select(m => m.Value);

    /// <summary>Lower case, without diacritics, German umlauts also as their base letter ("Müller" = "Muller" = "Mueller").</summary>
    internal static string Fold(string token)
    {
        var lower = token.ToLowerInvariant().Replace("ae", "a").Replace("oe", "o").Replace("ue", "u").Replace("ß", "ss");
        var sb = new StringBuilder(lower.Length);
        foreach (var ch in lower.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(ch);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\.\s?(?:Jan|Feb|Mär|Mar|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\p{L}*\.?\s\d{4}\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:geb\.|geboren|Geburtsdatum|Jahrgang)\s*(?:am\s*|im\s*Jahr\s*)?\d", RegexOptions.IgnoreCase)]
    private static partial Regex BirthPattern();
}
