namespace Lotse.Rules;

/// <summary>
/// A birth date as it is known: year only, year and month, or the full date. Ages computed from a partial date
/// are ranges (earliest and latest possible birthday); a condition that depends on the exact day is "unknown".
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PartialDateJsonConverter))]
public sealed record PartialDate(int Year, int? Month = null, int? Day = null)
{
    public bool IsComplete => Month is not null && Day is not null;

    /// <summary>The earliest day the person can have been born on.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest day the person can have been born on.</summary>
    public DateOnly Latest => Month is null
        ? new DateOnly(Year, 12, 31)
        : Day is null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value)) : new DateOnly(Year, Month.Value, Day.Value);

    public override string ToString() => Month is null ? $"{Year}" : Day is null ? $"{Month:00}.{Year}" : $"{Day:00}.{Month:00}.{Year}";

    /// <summary>"JJJJ", "JJJJ-MM" or "JJJJ-MM-TT".</summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => int.TryParse(p, out _))) throw new FormatException($"„{text}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT.");
        var year = int.Parse(parts[0]);
        int? month = parts.Length > 1 ? int.Parse(parts[1]) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2]) : null;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
            throw new FormatException($"„{text}“ ist kein gültiges Datum.");
        return new PartialDate(year, month, day);
    }

    public string ToIso() => Month is null ? $"{Year:0000}" : Day is null ? $"{Year:0000}-{Month:00}" : $"{Year:0000}-{Month:00}-{Day:00}";
}

public enum BenefitType { SgbII, SgbIII, SgbXII, AsylbLG }

/// <summary>Residence status types; the names match Lotse.Web.Domain.Clients.ResidenceStatusType.</summary>
public enum ResidenceType
{
    PermissionToRemain, Toleration, TrainingToleration, EmploymentToleration, ResidencePermit,
    WellIntegratedYouth, SustainableIntegration, SettlementPermit, EuFreeMovement, Naturalised, Other
}

/// <summary>Common European Framework of Reference levels.</summary>
public enum LanguageLevel { A1, A2, B1, B2, C1, C2 }

/// <summary>The current residence status: type, since when held, until when the document is valid.</summary>
public sealed record ResidenceInfo(ResidenceType Type, DateOnly? Since = null, DateOnly? ValidUntil = null, string? LegalBasis = null);

/// <summary>
/// What the rules know about a person. Every field may be missing (null): a condition that needs a missing
/// field is "unknown", never "not fulfilled". Lists are null when unknown and empty when known to be empty.
/// </summary>
public sealed record Situation
{
    public PartialDate? BirthDate { get; init; }
    public ResidenceInfo? Residence { get; init; }
    /// <summary>Benefits received now; empty = none, null = unknown.</summary>
    public IReadOnlyList<BenefitType>? Benefits { get; init; }
    public DateOnly? EntryDate { get; init; }
    /// <summary>Since when the stay has been lawful, tolerated or permitted without interruption (Voraufenthalt).</summary>
    public DateOnly? LawfulStaySince { get; init; }
    /// <summary>Since when the person has held a Duldung without interruption.</summary>
    public DateOnly? ToleratedSince { get; init; }
    public LanguageLevel? LanguageLevel { get; init; }
    public DateOnly? LanguageLevelOn { get; init; }
    /// <summary>Years of successful school attendance in Germany.</summary>
    public int? SchoolYearsInGermany { get; init; }
    /// <summary>A recognised school or vocational qualification obtained in Germany.</summary>
    public bool? GermanQualification { get; init; }
    /// <summary>Free text of the highest qualification (informative only).</summary>
    public string? Qualification { get; init; }
    /// <summary>In a qualified vocational training (at least two years, state-recognised).</summary>
    public bool? InVocationalTraining { get; init; }
    public decimal? EmploymentHoursPerWeek { get; init; }
    public DateOnly? EmployedSince { get; init; }
    public bool? LivelihoodSecured { get; init; }
    public bool? MinorChildrenInHousehold { get; init; }
    public bool? IdentityClarified { get; init; }
    /// <summary>Programmes the person is case-managed in now (e.g. "KIM", "JMD", "MBE", "Jobcenter"); null = unknown.</summary>
    public IReadOnlyList<string>? Programmes { get; init; }
    /// <summary>Date of the latest (re-)assessment of the active case.</summary>
    public DateOnly? LastAssessmentOn { get; init; }
    /// <summary>Whether the person has an active case (case management) at all.</summary>
    public bool? HasActiveCase { get; init; }
}
