using System.Globalization;
using System.Text.Json;
using Lotse.Web.Domain.Consents;

namespace Lotse.Web.Features.Consents;

/// <summary>
/// The fixed texts of the printable consent form in one language, from FormTexts/consent-form.&lt;language&gt;.json
/// (embedded). German is complete and the default; English and Arabic are prepared as templates with the same keys
/// (the Arabic file holds English placeholders marked "[TRANSLATE ar]" until translated). A language is available
/// exactly when its file is there: adding one needs no code change, and a unit test checks that every file has the
/// same keys as the German one.
/// </summary>
public sealed class ConsentFormTexts
{
    public const string DefaultLanguage = "de";
    private const string ResourcePrefix = "Lotse.Web.ConsentForm.consent-form.";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> All = new(Load);

    private readonly IReadOnlyDictionary<string, string> _texts;

    private ConsentFormTexts(string language, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    public string Language { get; }
    public CultureInfo Culture { get; }
    public bool RightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>Language codes with a text file, German first.</summary>
    public static IReadOnlyList<string> AvailableLanguages =>
        All.Value.Keys.OrderBy(k => k == DefaultLanguage ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>Every language's raw texts (for the consistency test).</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Raw => All.Value;

    public static ConsentFormTexts? For(string? language)
    {
        var requested = string.IsNullOrWhiteSpace(language) ? DefaultLanguage : language.Trim().ToLowerInvariant();
        return All.Value.TryGetValue(requested, out var texts) ? new ConsentFormTexts(requested, texts) : null;
    }

    public static ConsentFormTexts German => For(DefaultLanguage)!;

    public string this[string key] => _texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"Der Text „{key}“ des Einwilligungsformulars fehlt in der Sprache {Language}.");

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    public string Of(DataCategory category) => this["Category_" + category];

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        var assembly = typeof(ConsentFormTexts).Assembly;
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var language = name[ResourcePrefix.Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            result[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"{name} ist leer.");
        }
        return result;
    }
}
