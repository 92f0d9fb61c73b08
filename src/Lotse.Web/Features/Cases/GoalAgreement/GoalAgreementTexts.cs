using System.Globalization;
using System.Resources;
using Lotse.Web.Domain.Cases;

namespace Lotse.Web.Features.Cases.GoalAgreement;

/// <summary>
/// The fixed texts of the goal agreement in one language, from GoalAgreementTexts.resx (German, the default)
/// and GoalAgreementTexts.&lt;language&gt;.resx. A language is available exactly when its resx is compiled into
/// the application: adding one needs no code change (docs/goal-agreement.md).
/// </summary>
public sealed class GoalAgreementTexts
{
    public const string DefaultLanguage = "de";

    internal static readonly ResourceManager Resources = new(typeof(GoalAgreementTexts).FullName!, typeof(GoalAgreementTexts).Assembly);

    private static readonly Lazy<IReadOnlyList<string>> Available = new(FindLanguages);

    private GoalAgreementTexts(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }
    public string Language => Culture.Name;
    /// <summary>Arabic, Persian, Hebrew, ...: the document is laid out right to left.</summary>
    public bool RightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>Language codes with a complete set of texts, the default language first.</summary>
    public static IReadOnlyList<string> AvailableLanguages => Available.Value;

    /// <summary>The texts in <paramref name="language"/> (empty: German), or null when that language is not available.</summary>
    public static GoalAgreementTexts? For(string? language)
    {
        var requested = string.IsNullOrWhiteSpace(language) ? DefaultLanguage : language.Trim();
        var match = AvailableLanguages.FirstOrDefault(l => string.Equals(l, requested, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : new GoalAgreementTexts(CultureInfo.GetCultureInfo(match));
    }

    public static GoalAgreementTexts German => For(DefaultLanguage)!;

    /// <summary>Texts for any culture, missing ones falling back to German: lets tests exercise a layout direction no shipped language has.</summary>
    internal static GoalAgreementTexts ForCulture(CultureInfo culture) => new(culture);

    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new MissingManifestResourceException($"Der Text „{key}“ der Zielvereinbarung fehlt.");

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    public string Of(LifeDomain domain) => this["LifeDomain_" + domain];

    public string Of(StepResponsible responsible) => this["Responsible_" + responsible];

    public string Of(StepStatus status) => this["Status_" + status];

    /// <summary>
    /// German (the neutral resources) plus every culture that has a satellite assembly carrying these texts.
    /// Satellite assemblies live in one folder per culture beside the application.
    /// </summary>
    private static IReadOnlyList<string> FindLanguages()
    {
        var languages = new List<string> { DefaultLanguage };
        var assemblyFile = typeof(GoalAgreementTexts).Assembly.GetName().Name + ".resources.dll";
        foreach (var folder in Directory.EnumerateDirectories(AppContext.BaseDirectory).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(folder, assemblyFile))) continue;
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(Path.GetFileName(folder), predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                continue;
            }
            if (culture.Name == DefaultLanguage || languages.Contains(culture.Name)) continue;
            if (Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null)
                languages.Add(culture.Name);
        }
        return languages;
    }
}
