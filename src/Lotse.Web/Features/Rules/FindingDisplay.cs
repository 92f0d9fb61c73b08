using Lotse.Rules;

namespace Lotse.Web.Features.Rules;

public static class FindingDisplay
{
    public static string GroupTitle(RuleKind kind) => kind switch
    {
        RuleKind.Responsibility => "Zuständigkeiten",
        RuleKind.Programme => "Programme",
        RuleKind.IntegrationCourse => "Integrationskurs",
        RuleKind.StatusPerspective => "Aufenthaltsperspektiven",
        _ => "Fristen"
    };

    public static string StatusText(Finding f) => f.Status switch
    {
        FindingStatus.Fulfilled when f.Severity == RuleSeverity.Warning => "Achtung:",
        FindingStatus.Fulfilled => "Erfüllt:",
        FindingStatus.NotFulfilled when f.ReachableOn is { } r => $"Erreichbar ab {RuleEngine.Date(r)}:",
        FindingStatus.NotFulfilled => "Nicht erfüllt:",
        _ => "Prüfen:"
    };

    public static string CssClass(Finding f) => f.Status switch
    {
        FindingStatus.Fulfilled when f.Severity == RuleSeverity.Warning => "warning",
        FindingStatus.Fulfilled => "fulfilled",
        FindingStatus.NotFulfilled when f.ReachableOn is not null => "reachable",
        FindingStatus.NotFulfilled => "not-fulfilled",
        _ => "unknown"
    };

    public static string StartPageText(StartPageFinding f, DateOnly today) => (f.Status, f.RuleId) switch
    {
        (FindingStatus.Fulfilled, "deadline.residence-document") when f.On is { } d =>
            d < today ? $"Aufenthaltsdokument abgelaufen am {RuleEngine.Date(d)}" : $"Aufenthaltsdokument läuft am {RuleEngine.Date(d)} ab",
        (FindingStatus.Fulfilled, _) when f.Kind == RuleKind.StatusPerspective => $"Perspektive erreichbar: {f.Title}",
        (FindingStatus.NotFulfilled, _) when f.On is { } r => $"Perspektive ab {RuleEngine.Date(r)} erreichbar: {f.Title}",
        (FindingStatus.Unknown, _) when f.Kind == RuleKind.StatusPerspective => $"Perspektive möglich, Angaben prüfen: {f.Title}",
        _ => f.Title
    };
}
