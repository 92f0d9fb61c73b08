using Lotse.Rules;

namespace Lotse.Web.Domain.Rules;

/// <summary>
/// A notable finding of the rule sets for one client, kept so the start page can list them with one indexed
/// query instead of evaluating every client on every visit (docs/adr/0004-rules-as-data.md). Derived data:
/// rebuilt from the client's data whenever it changes and once a day for date-driven changes; reads are
/// audited as reads of the client, writes are not audited (they carry nothing the client record does not).
/// </summary>
public class ClientFinding
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public string RuleId { get; set; } = "";
    public string Title { get; set; } = "";
    public RuleKind Kind { get; set; }
    public RuleSeverity Severity { get; set; }
    public FindingStatus Status { get; set; }
    /// <summary>For a reachable perspective the day it will be fulfilled; for a fulfilled finding the end of its validity.</summary>
    public DateOnly? On { get; set; }
    /// <summary>The reference day of the evaluation.</summary>
    public DateOnly EvaluatedOn { get; set; }
}

/// <summary>A client whose data changed since its findings were computed; written in the same SaveChanges as the change.</summary>
public class FindingRefreshRequest
{
    public long Id { get; set; }
    public Guid ClientId { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
}

/// <summary>One row per day of the daily refresh: the instance that inserts it runs the refresh, the others skip.</summary>
public class FindingRefreshRun
{
    public DateOnly Day { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Clients { get; set; }
}

/// <summary>
/// What the rules need beyond the client file (Angaben für die Perspektivprüfung): language level, schooling,
/// training, employment, livelihood, identity, other programmes. Every field may stay unknown (null).
/// </summary>
public class ClientRuleFacts : IVersioned, IPersonalData
{
    public Guid ClientId { get; set; }
    public LanguageLevel? LanguageLevel { get; set; }
    public DateOnly? LanguageLevelOn { get; set; }
    public int? SchoolYearsInGermany { get; set; }
    public bool? GermanQualification { get; set; }
    public bool? InVocationalTraining { get; set; }
    public decimal? EmploymentHoursPerWeek { get; set; }
    public DateOnly? EmployedSince { get; set; }
    public bool? LivelihoodSecured { get; set; }
    public bool? IdentityClarified { get; set; }
    /// <summary>Other programmes the person is case-managed in now (null = not asked, empty = none).</summary>
    public List<string>? OtherProgrammes { get; set; }
    public DateOnly UpdatedOn { get; set; }
    public int Version { get; set; }
    public string AuditId => ClientId.ToString();
}
