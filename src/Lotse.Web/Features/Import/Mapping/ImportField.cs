using System.Text.Json;

namespace Lotse.Web.Features.Import.Mapping;

/// <summary>The Lotse fields a spreadsheet column can be mapped to.</summary>
public enum ImportField
{
    FirstName, LastName, NameVariant, BirthDate, Sex, Nationalities, Languages, InterpreterNeeded,
    Street, PostalCode, Municipality, EntryDate, ResidenceStatus, ResidenceIssuedOn, ResidenceValidUntil,
    Benefits, BenefitsSince, CaseOpenedOn, AccessRoute, FirstConcerns
}

public sealed record ImportFieldInfo(ImportField Field, string Label, string Hint, bool Required = false);

public static class ImportFields
{
    public static readonly IReadOnlyList<ImportFieldInfo> All =
    [
        new(ImportField.FirstName, "Vorname", "Pflichtfeld.", Required: true),
        new(ImportField.LastName, "Nachname", "Pflichtfeld.", Required: true),
        new(ImportField.NameVariant, "Weitere Schreibweise", "Andere Schreibweise des ganzen Namens („Vorname Nachname“ oder „Nachname, Vorname“); mehrere mit „|“ trennen."),
        new(ImportField.BirthDate, "Geburtsdatum", "Pflichtfeld. TT.MM.JJJJ, MM.JJJJ oder nur JJJJ.", Required: true),
        new(ImportField.Sex, "Geschlecht", "w, m, d oder leer."),
        new(ImportField.Nationalities, "Staatsangehörigkeit(en)", "Ländername („Syrien“), Adjektiv („syrisch“) oder ISO-Code („SYR“); mehrere mit Komma trennen."),
        new(ImportField.Languages, "Sprache(n)", "Mehrere mit Komma trennen."),
        new(ImportField.InterpreterNeeded, "Dolmetscher benötigt", "ja/nein, auch „ja (Arabisch)“."),
        new(ImportField.Street, "Straße und Hausnummer", ""),
        new(ImportField.PostalCode, "PLZ", "Fünf Ziffern."),
        new(ImportField.Municipality, "Kommune (Wohnort)", "Name einer in Lotse angelegten Kommune."),
        new(ImportField.EntryDate, "Einreisedatum", "TT.MM.JJJJ."),
        new(ImportField.ResidenceStatus, "Aufenthaltsstatus", "z. B. Duldung, Gestattung, Aufenthaltserlaubnis § 25 Abs. 2, § 25b, Niederlassungserlaubnis."),
        new(ImportField.ResidenceIssuedOn, "Aufenthaltsstatus erteilt am", "TT.MM.JJJJ."),
        new(ImportField.ResidenceValidUntil, "Aufenthaltsstatus gültig bis", "TT.MM.JJJJ."),
        new(ImportField.Benefits, "Leistungsbezug", "SGB II, SGB III, SGB XII, AsylbLG oder keine; mehrere mit Komma trennen."),
        new(ImportField.BenefitsSince, "Leistungsbezug seit", "TT.MM.JJJJ. Ohne diese Spalte gilt der Tag des Imports als Beginn."),
        new(ImportField.CaseOpenedOn, "Fall offen seit / Erstkontakt", "TT.MM.JJJJ. Ist das Datum gefüllt, wird ein Fall mit diesem Datum eröffnet."),
        new(ImportField.AccessRoute, "Zugangsweg", "selbst, vermittelt, aufsuchend oder Familie/Community. Ohne Angabe: „selbst gekommen“."),
        new(ImportField.FirstConcerns, "Erste Anliegen (Erstberatung)", "Wird nie vorgeschlagen. Bemerkungsspalten enthalten oft Gesundheitsdaten: nur zuordnen, wenn der Inhalt in die Erstberatung gehört.")
    ];

    public static ImportFieldInfo Info(ImportField field) => All.First(f => f.Field == field);

    public static string Label(ImportField field) => Info(field).Label;
}

/// <summary>Which column (zero-based) feeds which Lotse field; stored as JSON on the import.</summary>
public sealed class ColumnMapping
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public Dictionary<ImportField, int> Columns { get; init; } = [];

    public int? ColumnOf(ImportField field) => Columns.TryGetValue(field, out var c) ? c : null;

    public bool Has(ImportField field) => Columns.ContainsKey(field);

    public string ToJson() => JsonSerializer.Serialize(Columns, Json);

    public static ColumnMapping FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new ColumnMapping();
        try
        {
            return new ColumnMapping { Columns = JsonSerializer.Deserialize<Dictionary<ImportField, int>>(json, Json) ?? [] };
        }
        catch (JsonException)
        {
            return new ColumnMapping();
        }
    }
}
