using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.TypicalCases;

/// <summary>
/// Fallrekonstruktion ("Arbeit am typischen Fall"): an anonymised snapshot of a real case's timeline, with no link
/// back to the client or the case. Working groups annotate it and lay an optimal path beside it.
/// </summary>
public class TypicalCase
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";
    /// <summary>"25 bis 34 Jahre" — never a birth date.</summary>
    public string AgeRange { get; set; } = "";
    public int WaitingThresholdDays { get; set; }
    public int DurationDays { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByName { get; set; }
    public Guid CreatedByOrganisationId { get; set; }
    public List<TimelineEntry> Entries { get; set; } = [];
    public List<OptimalPathStep> OptimalPath { get; set; } = [];
    public List<TypicalCaseAnnotation> Annotations { get; set; } = [];

    public Error? Annotate(int? entryIndex, string? text, string? author, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text)) return Error.Invalid("text", "Bitte schreiben Sie Ihre Anmerkung.");
        if (text.Length > 4000) return Error.Invalid("text", "Eine Anmerkung darf höchstens 4000 Zeichen lang sein.");
        if (entryIndex is { } i && Entries.All(e => e.Index != i))
            return Error.Invalid("entryIndex", "Diesen Eintrag gibt es in der Zeitleiste nicht.");
        Annotations.Add(new TypicalCaseAnnotation { TypicalCaseId = Id, EntryIndex = entryIndex, Text = text.Trim(), AuthorName = author, CreatedAt = at });
        return null;
    }

    public Error? SetOptimalPath(IReadOnlyList<OptimalPathStep> steps)
    {
        if (steps.Count > 100) return Error.Invalid("steps", "Höchstens 100 Schritte.");
        for (var i = 0; i < steps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(steps[i].Text)) return Error.Invalid($"steps[{i}].text", "Bitte beschreiben Sie jeden Schritt.");
            if (steps[i].Day < 0) return Error.Invalid($"steps[{i}].day", "Der Tag kann nicht vor Tag 0 liegen.");
            if (i > 0 && steps[i].Day < steps[i - 1].Day) return Error.Invalid($"steps[{i}].day", "Die Schritte müssen in zeitlicher Reihenfolge stehen.");
        }
        OptimalPath = steps.Select((s, i) => new OptimalPathStep { Index = i + 1, Day = s.Day, Text = s.Text.Trim(), Organisation = s.Organisation?.Trim() }).ToList();
        return null;
    }
}

/// <summary>One line of the anonymised timeline: relative day, kind, fixed-vocabulary text, organisation, waiting time.</summary>
public class TimelineEntry
{
    public int Index { get; set; }
    /// <summary>Days since the first entry ("Tag 0").</summary>
    public int Day { get; set; }
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Organisation { get; set; }
    /// <summary>Days since the previous entry when that gap exceeds the threshold (a waiting period), else null.</summary>
    public int? WaitingDays { get; set; }
}

public class OptimalPathStep
{
    public int Index { get; set; }
    public int Day { get; set; }
    public string Text { get; set; } = "";
    public string? Organisation { get; set; }
}

public class TypicalCaseAnnotation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid TypicalCaseId { get; set; }
    /// <summary>The timeline entry it refers to, or null for the whole case.</summary>
    public int? EntryIndex { get; set; }
    public string Text { get; set; } = "";
    public string? AuthorName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
