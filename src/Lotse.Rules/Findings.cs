namespace Lotse.Rules;

/// <summary>One checked condition of a rule, for the "why": e.g. "Voraufenthalt mindestens 6 Jahre (seit 01.02.2021; erreicht am 01.02.2027)".</summary>
public sealed record ConditionNote(FindingStatus Status, string Text, DateOnly? ReachableOn = null, string? Missing = null);

/// <summary>The result of one rule for one situation on one day. A hint for professionals, not a legal decision.</summary>
public sealed record Finding(
    string RuleId,
    string RuleSetId,
    string Title,
    RuleKind Kind,
    RuleSeverity Severity,
    FindingStatus Status,
    string Explanation,
    IReadOnlyList<ConditionNote> Conditions,
    IReadOnlyList<string> Missing,
    DateOnly? ReachableOn,
    DateOnly? ValidUntil,
    string? Responsible,
    LegalSource Source,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    bool IsLocal);

public sealed class RuleEngineOptions
{
    /// <summary>Reminder lead time for expiring residence documents (weeks before the end of validity).</summary>
    public int ResidenceExpiryWeeks { get; set; } = 8;
}
