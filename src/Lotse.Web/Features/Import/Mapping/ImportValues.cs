using System.Globalization;
using System.Text.RegularExpressions;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;

namespace Lotse.Web.Features.Import.Mapping;

/// <summary>
/// German spreadsheet values to Lotse values. Each parser answers with the value or with a German message that
/// names what was found and what is allowed; the caller adds row and column.
/// </summary>
public static partial class ImportValues
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Trimmed text, or null for an empty cell.</summary>
    public static string? Text(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();

    // ---- dates -------------------------------------------------------------------------------------------------

    /// <summary>A full calendar date: TT.MM.JJJJ (also T.M.JJJJ, with a time after it) or JJJJ-MM-TT.</summary>
    public static bool TryDate(string raw, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var text = raw.Trim();
        var m = GermanDate().Match(text);
        if (!m.Success) m = IsoDate().Match(text);
        if (!m.Success)
        {
            error = ShortGermanDate().IsMatch(text)
                ? $"„{Shorten(text)}“: Bitte das Jahr vierstellig angeben (z. B. 01.03.2016)."
                : $"„{Shorten(text)}“ ist kein Datum. Erwartet wird TT.MM.JJJJ (z. B. 01.03.2016).";
            return false;
        }
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1900)
        {
            error = $"Das Jahr {year} liegt vor 1900 – bitte prüfen.";
            return false;
        }
        if (month is < 1 or > 12)
        {
            error = $"Den Monat {month} gibt es nicht ({Shorten(text)}).";
            return false;
        }
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            error = $"Den {day:00}.{month:00}.{year} gibt es nicht ({German.DateTimeFormat.GetMonthName(month)} {year} hat {days} Tage).";
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(\s+\d{1,2}:\d{2}(:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GermanDate();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortGermanDate();

    // ---- simple codes ------------------------------------------------------------------------------------------

    public static bool TrySex(string raw, out Sex sex, out string? error)
    {
        error = null;
        sex = ColumnSuggestions.Normalise(raw) switch
        {
            "w" or "weiblich" or "f" or "female" or "frau" => Sex.Female,
            "m" or "maennlich" or "male" or "mann" => Sex.Male,
            "d" or "divers" or "x" or "diverse" or "inter" => Sex.Diverse,
            "" or "u" or "unbekannt" or "ka" or "keineangabe" or "ohneangabe" => Sex.Unknown,
            _ => (Sex)(-1)
        };
        if ((int)sex >= 0) return true;
        error = $"Unbekannte Angabe zum Geschlecht „{Shorten(raw)}“ (erlaubt: w, m, d oder leer).";
        return false;
    }

    /// <summary>ja/nein and their usual spellings; "ja (Arabisch)" or "ja, Arabisch" also give the language.</summary>
    public static bool TryInterpreter(string raw, out bool needed, out string? language, out string? error)
    {
        needed = false;
        language = null;
        error = null;
        var text = raw.Trim();
        var withLanguage = YesWithLanguage().Match(text);
        if (withLanguage.Success)
        {
            needed = true;
            language = withLanguage.Groups["lang"].Value.Trim();
            return true;
        }
        switch (ColumnSuggestions.Normalise(text))
        {
            case "ja" or "j" or "x" or "1" or "wahr" or "true" or "yes" or "y" or "erforderlich" or "benoetigt":
                needed = true;
                return true;
            case "" or "nein" or "n" or "0" or "falsch" or "false" or "no" or "nichterforderlich" or "keiner" or "kein":
                return true;
            default:
                error = $"„{Shorten(text)}“ ist keine Ja/Nein-Angabe (erlaubt: ja, nein, auch „ja (Arabisch)“).";
                return false;
        }
    }

    [GeneratedRegex(@"^ja\s*[,:(\-–]\s*(?<lang>[^)]{1,100})\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YesWithLanguage();

    public static bool TryAccessRoute(string raw, out AccessRoute route, out string? error)
    {
        error = null;
        var n = ColumnSuggestions.Normalise(raw);
        AccessRoute? found = n switch
        {
            "" or "selbst" or "selbstgekommen" or "selbstmelder" or "selbstmelderin" or "eigeninitiative" => AccessRoute.Self,
            _ when n.StartsWith("vermittelt", StringComparison.Ordinal) || n.StartsWith("verwiesen", StringComparison.Ordinal)
                   || n.StartsWith("ueberwiesen", StringComparison.Ordinal) || n.Contains("organisation", StringComparison.Ordinal) => AccessRoute.ReferredByOrganisation,
            _ when n.StartsWith("aufsuchend", StringComparison.Ordinal) || n == "outreach" => AccessRoute.Outreach,
            _ when n.Contains("familie", StringComparison.Ordinal) || n.Contains("community", StringComparison.Ordinal) || n.Contains("bekannte", StringComparison.Ordinal) => AccessRoute.FamilyOrCommunity,
            _ => null
        };
        route = found ?? AccessRoute.Self;
        if (found is not null) return true;
        error = $"Unbekannter Zugangsweg „{Shorten(raw)}“ (erlaubt: selbst, vermittelt, aufsuchend, Familie/Community).";
        return false;
    }

    // ---- lists -------------------------------------------------------------------------------------------------

    /// <summary>Splits "A, B / C; D und E" into its parts.</summary>
    public static List<string> SplitList(string raw) =>
        ListSeparators().Split(raw).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"\s*(?:[,;/|+]|\s+und\s+|\s+&\s+)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparators();

    /// <summary>Each nationality as country name, adjective or ISO code; all unknown ones are named in the error.</summary>
    public static bool TryNationalities(string raw, out List<string> codes, out string? error)
    {
        codes = [];
        var unknown = new List<string>();
        foreach (var part in SplitList(raw))
        {
            if (CountryNames.ToIso3(part) is { } code)
            {
                if (!codes.Contains(code)) codes.Add(code);
            }
            else unknown.Add(part);
        }
        error = unknown.Count == 0 ? null
            : $"Unbekannte Staatsangehörigkeit {string.Join(", ", unknown.Select(u => $"„{Shorten(u)}“"))}. " +
              "Bitte Ländernamen („Syrien“), Adjektiv („syrisch“) oder ISO-Code („SYR“) verwenden; staatenlos und ungeklärt sind möglich.";
        return error is null;
    }

    public static bool TryBenefits(string raw, out List<BenefitKind> kinds, out string? error)
    {
        kinds = [];
        var unknown = new List<string>();
        foreach (var part in SplitList(raw))
        {
            var n = ColumnSuggestions.Normalise(part);
            BenefitKind? kind = n switch
            {
                "sgbii" or "sgb2" or "alg2" or "algii" or "arbeitslosengeld2" or "arbeitslosengeldii" or "buergergeld" or "jobcenter" or "hartz4" or "hartziv" => BenefitKind.SgbII,
                "sgbiii" or "sgb3" or "alg1" or "algi" or "arbeitslosengeld" or "arbeitslosengeld1" or "arbeitslosengeldi" or "agenturfuerarbeit" => BenefitKind.SgbIII,
                "sgbxii" or "sgb12" or "sozialhilfe" or "grundsicherung" or "hilfezumlebensunterhalt" => BenefitKind.SgbXII,
                "asylblg" or "asylbewerberleistungsgesetz" or "asylbewerberleistungen" or "leistungennachdemasylblg" => BenefitKind.AsylbLG,
                "keine" or "kein" or "nein" or "ohne" or "keinleistungsbezug" => BenefitKind.None,
                _ => null
            };
            if (kind is { } k) { if (!kinds.Contains(k)) kinds.Add(k); }
            else unknown.Add(part);
        }
        if (kinds.Contains(BenefitKind.None) && kinds.Count > 1)
        {
            error = $"„{Shorten(raw)}“: „keine“ und eine Leistung zugleich ist widersprüchlich.";
            return false;
        }
        error = unknown.Count == 0 ? null
            : $"Unbekannter Leistungsbezug {string.Join(", ", unknown.Select(u => $"„{Shorten(u)}“"))} (erlaubt: SGB II, SGB III, SGB XII, AsylbLG oder keine).";
        return error is null;
    }

    // ---- residence status --------------------------------------------------------------------------------------

    public sealed record ResidenceValue(ResidenceStatusType Type, string? LegalBasis);

    /// <summary>
    /// The status by its name or paragraph ("Duldung", "Gestattung", "Aufenthaltserlaubnis § 25 Abs. 2", "§ 25b",
    /// "Niederlassungserlaubnis", …); a cited paragraph is kept as the legal basis.
    /// </summary>
    public static bool TryResidence(string raw, out ResidenceValue? value, out string? error)
    {
        error = null;
        var text = raw.Trim();
        var paragraph = Paragraph().Match(text);
        var legalBasis = paragraph.Success ? NormaliseParagraph(paragraph.Value) : null;
        var n = ColumnSuggestions.Normalise(text);
        var section = paragraph.Success ? ColumnSuggestions.Normalise(paragraph.Groups["n"].Value) : null;

        ResidenceStatusType? type =
            n.Contains("ausbildungsduldung", StringComparison.Ordinal) || section == "60c" ? ResidenceStatusType.TrainingToleration
            : n.Contains("beschaeftigungsduldung", StringComparison.Ordinal) || section == "60d" ? ResidenceStatusType.EmploymentToleration
            : n.Contains("duldung", StringComparison.Ordinal) || n == "geduldet" || section == "60a" ? ResidenceStatusType.Toleration
            : n.Contains("gestattung", StringComparison.Ordinal) || n.Contains("asylverfahren", StringComparison.Ordinal) || n == "asylbewerber" || n == "asylbewerberin" ? ResidenceStatusType.PermissionToRemain
            : section == "25a" ? ResidenceStatusType.WellIntegratedYouth
            : section == "25b" ? ResidenceStatusType.SustainableIntegration
            : n.Contains("niederlassungserlaubnis", StringComparison.Ordinal) || n.Contains("daueraufenthalt", StringComparison.Ordinal) || n == "ne" ? ResidenceStatusType.SettlementPermit
            : n.Contains("freizuegigkeit", StringComparison.Ordinal) || n.StartsWith("eubuerger", StringComparison.Ordinal) || n == "eu" || n == "ewr" ? ResidenceStatusType.EuFreeMovement
            : n.Contains("eingebuergert", StringComparison.Ordinal) || n.Contains("einbuergerung", StringComparison.Ordinal) || n == "deutsch" || n == "deutsche" ? ResidenceStatusType.Naturalised
            : n.Contains("aufenthaltserlaubnis", StringComparison.Ordinal) || n.Contains("aufenthaltstitel", StringComparison.Ordinal) || n.Contains("blauekarte", StringComparison.Ordinal)
              || n == "ae" || (paragraph.Success && section is not null) ? ResidenceStatusType.ResidencePermit
            : n is "sonstige" or "sonstiger" or "sonstiges" or "andere" ? ResidenceStatusType.Other
            : null;

        value = type is { } t ? new ResidenceValue(t, legalBasis) : null;
        if (value is not null) return true;
        error = $"Unbekannter Aufenthaltsstatus „{Shorten(text)}“. Erkannt werden z. B. Gestattung, Duldung, Ausbildungsduldung, Beschäftigungsduldung, " +
                "Aufenthaltserlaubnis (mit Paragraf), § 25a, § 25b, Niederlassungserlaubnis, Freizügigkeit EU, eingebürgert, sonstige.";
        return false;
    }

    [GeneratedRegex(@"§+\s*(?<n>\d+\s*[a-z]?)\b(\s*Abs\.?\s*\d+[a-z]?)?(\s*(S\.|Satz)\s*\d+)?(\s*(Nr\.?)\s*\d+)?(\s*(AufenthG|AsylG|FreizügG/EU|FreizügG|StAG))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    private static string NormaliseParagraph(string text)
    {
        var basis = Regex.Replace(text.Trim(), @"^§+\s*", "§ ");
        basis = Regex.Replace(basis, @"\s+", " ");
        if (!basis.Contains("G", StringComparison.Ordinal)) basis += " AufenthG";
        return basis.Length > 100 ? basis[..100] : basis;
    }

    // ---- postal code, names, municipality ----------------------------------------------------------------------

    /// <summary>A German postal code whose leading zero a spreadsheet dropped ("1067" → "01067"); other values stay as given for validation.</summary>
    public static string PostalCode(string raw)
    {
        var text = raw.Trim();
        return text.Length == 4 && text.All(char.IsAsciiDigit) ? "0" + text : text;
    }

    /// <summary>"Nachname, Vorname" or "Vorname(n) Nachname"; a single word is a family name.</summary>
    public static (string? Given, string Family) SplitName(string name)
    {
        var text = Regex.Replace(name.Trim(), @"\s+", " ");
        var comma = text.IndexOf(',');
        if (comma > 0) return (Text(text[(comma + 1)..]), text[..comma].Trim());
        var space = text.LastIndexOf(' ');
        return space > 0 ? (text[..space], text[(space + 1)..]) : (null, text);
    }

    /// <summary>The key a municipality name is looked up by: "Stadt Musterstadt" and "50667 Musterstadt" find "Musterstadt".</summary>
    public static string MunicipalityKey(string name)
    {
        var text = LeadingPostalCode().Replace(name.Trim(), "");
        return ColumnSuggestions.Normalise(text);
    }

    [GeneratedRegex(@"^\d{4,5}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPostalCode();

    internal static string Shorten(string s)
    {
        var oneLine = s.ReplaceLineEndings(" ");
        return oneLine.Length > 40 ? oneLine[..40] + "…" : oneLine;
    }
}
