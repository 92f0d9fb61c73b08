namespace Lotse.Web.Features.Clients.Matching;

/// <summary>German explanations of a match result, as shown to case managers next to the score.</summary>
internal static class MatchReasons
{
    public static IEnumerable<string> ForNames(NameComparison? names)
    {
        if (names is null)
        {
            yield return "Kein vergleichbarer Name vorhanden";
            yield break;
        }

        var variant = names.FormA.VariantText ?? names.FormB.VariantText;
        if (variant is not null)
            yield return $"Abgleich über Namensvariante „{variant}“";

        var swapped = names.Pairs.Any(p => IsSwap(p) && p.Similarity >= UnitComparison.SimilarThreshold);
        if (swapped)
            yield return "Vor- und Nachname vertauscht";

        foreach (var pair in names.Pairs.OrderBy(p => p.A.Tokens[0].Field).ThenBy(p => p.A.Tokens[0].Position))
            yield return ForPair(pair);

        foreach (var token in names.Unpaired)
            yield return $"Zusätzlicher Namensteil nur auf einer Seite ({token.Display})";
    }

    private static string ForPair(UnitComparison pair)
    {
        var label = Label(pair);
        var (a, b) = (pair.A.Display, pair.B.Display);
        return pair.Agreement switch
        {
            NameAgreement.Identical => $"{label} identisch ({a})",
            NameAgreement.SameNormalised => $"{label} gleich in anderer Schreibweise ({a} ~ {b})",
            NameAgreement.SameSound => $"{label} phonetisch gleich ({a} ~ {b})",
            NameAgreement.Similar => $"{label} ähnlich ({a} ~ {b})",
            NameAgreement.OtherGender => $"{label} in männlicher und weiblicher Form ({a} / {b})",
            _ => $"{label} verschieden ({a} ≠ {b})"
        };
    }

    private static string Label(UnitComparison pair) => (pair.A.Role, pair.B.Role) switch
    {
        (NameRole.Given, NameRole.Given) => "Vorname",
        (NameRole.Family, NameRole.Family) => "Nachname",
        (NameRole.Given, NameRole.Family) or (NameRole.Family, NameRole.Given) => "Name",
        _ => "Namensteil"
    };

    private static bool IsSwap(UnitComparison pair) =>
        (pair.A.Role, pair.B.Role) is (NameRole.Given, NameRole.Family) or (NameRole.Family, NameRole.Given);

    public static string ForBirthDate(PartialDate? a, PartialDate? b, BirthDateComparison? c)
    {
        if (a is null || b is null || c is null)
            return a is null && b is null ? "Geburtsdatum auf beiden Seiten unbekannt" : "Geburtsdatum auf einer Seite unbekannt";

        var dates = $"{a} ~ {b}";
        var placeholder = c.PlaceholderInvolved ? "; 01.01. als Platzhalter für „nur Jahr bekannt“ gewertet" : "";
        return c.Agreement switch
        {
            BirthDateAgreement.ExactDay => $"Geburtsdatum identisch ({a})",
            BirthDateAgreement.DayMonthSwapped => $"Geburtsdatum mit vertauschtem Tag und Monat ({dates})",
            BirthDateAgreement.Compatible when c.SharedPrecision == DatePrecision.YearMonth =>
                $"Geburtsmonat und -jahr gleich, Tag nicht auf beiden Seiten bekannt ({dates})",
            BirthDateAgreement.Compatible => $"Geburtsjahr gleich, genaues Datum nicht auf beiden Seiten bekannt ({dates}{placeholder})",
            BirthDateAgreement.SameMonth => $"Geburtsmonat gleich, Tag verschieden ({dates})",
            BirthDateAgreement.SameYear => $"Geburtsjahr gleich, Monat verschieden ({dates})",
            BirthDateAgreement.AdjacentYear when c.MonthAndDayAgree && c.SharedPrecision == DatePrecision.Day =>
                $"Geburtsjahr weicht um 1 Jahr ab, Tag und Monat gleich ({dates})",
            BirthDateAgreement.AdjacentYear => $"Geburtsjahr weicht um 1 Jahr ab ({dates}{placeholder})",
            _ => $"Geburtsjahr weicht um {c.YearsApart} Jahre ab ({dates})"
        };
    }

    public static string? ForNationalities(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return null;
        var shared = a.Intersect(b).Order(StringComparer.Ordinal).ToList();
        return shared.Count > 0
            ? $"Staatsangehörigkeit gleich ({string.Join(", ", shared)})"
            : $"Staatsangehörigkeit verschieden ({string.Join(", ", a.Order(StringComparer.Ordinal))} / {string.Join(", ", b.Order(StringComparer.Ordinal))})";
    }
}
