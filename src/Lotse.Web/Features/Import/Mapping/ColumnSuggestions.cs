using System.Text;

namespace Lotse.Web.Features.Import.Mapping;

/// <summary>
/// Suggests a mapping from the header names that German client lists commonly use. Exact names win over names that
/// merely contain a keyword; each column and each field is used at most once. The first concerns are never suggested:
/// remark columns often hold health data and are imported only when the case manager maps them on purpose.
/// </summary>
public static class ColumnSuggestions
{
    private static readonly (ImportField Field, string[] Names)[] Exact =
    [
        (ImportField.FirstName, ["vorname", "vornamen", "rufname", "firstname", "givenname"]),
        (ImportField.LastName, ["name", "nachname", "familienname", "zuname", "lastname", "surname", "familyname"]),
        (ImportField.NameVariant, ["weitereschreibweise", "schreibweise", "andereschreibweise", "namensvariante", "alias", "aliasname"]),
        (ImportField.BirthDate, ["geburtsdatum", "gebdatum", "gebdat", "geb", "gebam", "geboren", "geborenam", "geburtstag", "geburtsjahr", "birthdate", "dateofbirth"]),
        (ImportField.Sex, ["geschlecht", "sex", "gender", "mwd"]),
        (ImportField.Nationalities, ["staatsangehoerigkeit", "staatsangehoerigkeiten", "nationalitaet", "staatsang", "nationality"]),
        (ImportField.Languages, ["sprache", "sprachen", "muttersprache", "herkunftssprache", "erstsprache"]),
        (ImportField.InterpreterNeeded, ["dolmetscher", "dolmetscherin", "dolmetscherbedarf", "sprachmittlung", "sprachmittler"]),
        (ImportField.Street, ["strasse", "str", "strassehausnummer", "strasseundhausnummer", "strassenr", "adresse", "anschrift"]),
        (ImportField.PostalCode, ["plz", "postleitzahl"]),
        (ImportField.Municipality, ["wohnort", "ort", "kommune", "gemeinde", "stadt", "wohnkommune"]),
        (ImportField.EntryDate, ["einreise", "einreisedatum", "einreiseam", "eingereist", "eingereistam", "datumdereinreise"]),
        (ImportField.ResidenceStatus, ["aufenthaltsstatus", "aufenthaltstitel", "status", "aufenthalt"]),
        (ImportField.ResidenceIssuedOn, ["erteiltam", "ausgestelltam", "gueltigab", "aufenthaltsstatusseit"]),
        (ImportField.ResidenceValidUntil, ["gueltigbis", "befristetbis", "ablaufdatum", "aufenthaltsstatusgueltigbis"]),
        (ImportField.Benefits, ["leistungsbezug", "leistungen", "leistung", "rechtskreis", "sozialleistung", "sozialleistungen"]),
        (ImportField.BenefitsSince, ["leistungsbezugseit", "leistungenseit", "leistungseit"]),
        (ImportField.CaseOpenedOn, ["fallofenseit", "falloffenseit", "fallseit", "erstkontakt", "fallbeginn", "aufnahme", "aufnahmedatum", "beratungsbeginn"]),
        (ImportField.AccessRoute, ["zugangsweg", "zugang"])
    ];

    /// <summary>Keywords inside longer headers, most specific first.</summary>
    private static readonly (string Keyword, ImportField Field)[] Contains =
    [
        ("gueltigbis", ImportField.ResidenceValidUntil), ("befristet", ImportField.ResidenceValidUntil), ("ablauf", ImportField.ResidenceValidUntil),
        ("laeuftab", ImportField.ResidenceValidUntil),
        ("erteilt", ImportField.ResidenceIssuedOn), ("ausgestellt", ImportField.ResidenceIssuedOn),
        ("leistungsbezugseit", ImportField.BenefitsSince),
        ("einreise", ImportField.EntryDate),
        ("erstkontakt", ImportField.CaseOpenedOn), ("offenseit", ImportField.CaseOpenedOn), ("fallbeginn", ImportField.CaseOpenedOn),
        ("geburtsdat", ImportField.BirthDate), ("gebdat", ImportField.BirthDate), ("geburtsjahr", ImportField.BirthDate),
        ("vorname", ImportField.FirstName),
        ("nachname", ImportField.LastName), ("familienname", ImportField.LastName),
        ("schreibweise", ImportField.NameVariant),
        ("staatsang", ImportField.Nationalities), ("nationalit", ImportField.Nationalities),
        ("dolmetsch", ImportField.InterpreterNeeded), ("sprachmittl", ImportField.InterpreterNeeded),
        ("sprache", ImportField.Languages),
        ("aufenthalt", ImportField.ResidenceStatus),
        ("postleitz", ImportField.PostalCode), ("plz", ImportField.PostalCode),
        ("strasse", ImportField.Street),
        ("leistung", ImportField.Benefits),
        ("wohnort", ImportField.Municipality), ("kommune", ImportField.Municipality),
        ("geschlecht", ImportField.Sex),
        ("zugangsweg", ImportField.AccessRoute)
    ];

    public static ColumnMapping Suggest(IReadOnlyList<string> headers)
    {
        var normalised = headers.Select(Normalise).ToList();
        var columns = new Dictionary<ImportField, int>();
        var used = new HashSet<int>();

        foreach (var (field, names) in Exact)
            for (var i = 0; i < normalised.Count; i++)
                if (!used.Contains(i) && !columns.ContainsKey(field) && names.Contains(normalised[i]))
                {
                    columns[field] = i;
                    used.Add(i);
                }

        for (var i = 0; i < normalised.Count; i++)
        {
            if (used.Contains(i)) continue;
            foreach (var (keyword, field) in Contains)
                if (normalised[i].Contains(keyword, StringComparison.Ordinal) && !columns.ContainsKey(field))
                {
                    columns[field] = i;
                    used.Add(i);
                    break;
                }
        }
        return new ColumnMapping { Columns = columns };
    }

    /// <summary>Lower case, umlauts spelled out, only letters and digits: "Geb.-Datum" → "gebdatum".</summary>
    public static string Normalise(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                default:
                    if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
                    else if (char.IsLetter(c)) sb.Append(RemoveAccent(c));
                    break;
            }
        }
        return sb.ToString();
    }

    private static string RemoveAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(char.IsAsciiLetterOrDigit).ToArray());
    }
}
