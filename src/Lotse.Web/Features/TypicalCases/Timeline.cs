using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.TypicalCases;
using Lotse.Web.Features.Cases;

namespace Lotse.Web.Features.TypicalCases;

/// <summary>
/// An event of the real case before anonymisation: a date (turned into a relative day), a kind, a text from a
/// FIXED vocabulary (enum names, phase names — never free text typed by a person), and the organisation involved.
/// </summary>
public sealed record RawTimelineEntry(DateOnly On, string Kind, string Text, Guid? OrganisationId = null, int Order = 0);

/// <summary>
/// What a source may look at. <see cref="Db"/> is there for sources that read more (referrals, obstacles);
/// <see cref="Referrals"/> and <see cref="Obstacles"/>, when given, are used instead of the database (tests).
/// </summary>
public sealed record TimelineSourceContext(Client Client, Case Case, LotseDbContext? Db,
    IReadOnlyList<Domain.Referrals.Referral>? Referrals = null, IReadOnlyList<Domain.Steering.Obstacle>? Obstacles = null);

/// <summary>
/// A source of timeline entries. The case itself is one (<see cref="CaseTimelineSource"/>); obstacles and referrals
/// (sent / accepted / first appointment / completed) are added as further sources registered in DI
/// (<c>services.AddScoped&lt;ITimelineSource, …&gt;()</c>). A source must never put free text or a date into
/// <see cref="RawTimelineEntry.Text"/>; the anonymisation property test runs every source registered by default.
/// </summary>
public interface ITimelineSource
{
    Task<IReadOnlyList<RawTimelineEntry>> EntriesAsync(TimelineSourceContext context, CancellationToken ct);
}

/// <summary>Intake, assessments, goals and steps with responsible organisations, contacts by type only, phases, closure.</summary>
public sealed class CaseTimelineSource : ITimelineSource
{
    public Task<IReadOnlyList<RawTimelineEntry>> EntriesAsync(TimelineSourceContext context, CancellationToken ct)
    {
        var c = context.Case;
        var list = new List<RawTimelineEntry>();
        if (c.Intake is { } i)
            list.Add(new RawTimelineEntry(i.FirstContactOn, "Zugang",
                $"Erstberatung ({CaseNames.Of(i.Route)}); Entscheidung: {CaseNames.Of(i.Decision)}", i.ReferredByOrganisationId, 1));
        else
            list.Add(new RawTimelineEntry(c.OpenedOn, "Zugang", "Fall eröffnet", c.OrganisationId, 1));
        foreach (var a in c.Assessments.OrderBy(a => a.AssessedOn))
            list.Add(new RawTimelineEntry(a.AssessedOn, "Assessment",
                "Assessment: " + string.Join(", ", a.Ratings.OrderByDescending(r => r.Rating).Select(r => $"{CaseNames.Of(r.Domain)} {r.Rating}")), c.OrganisationId, 2));
        if (c.PlanAgreedOn is { } agreed)
            list.Add(new RawTimelineEntry(agreed, "Planung",
                "Zielvereinbarung: " + string.Join(", ", c.Goals.OrderBy(g => g.Sequence).Select(g => CaseNames.Of(g.Domain)).Distinct()), c.OrganisationId, 3));
        foreach (var g in c.Goals.OrderBy(g => g.Sequence))
        {
            foreach (var s in g.Steps.OrderBy(s => s.Sequence))
            {
                var who = s.Responsible == StepResponsible.Organisation ? null : CaseNames.Of(s.Responsible);
                var org = s.Responsible == StepResponsible.Organisation ? s.ResponsibleOrganisationId : s.Responsible == StepResponsible.CaseManager ? c.OrganisationId : null;
                var label = $"Schritt ({CaseNames.Of(g.Domain)})" + (who is null ? "" : $", zuständig: {who}");
                if (s.DueOn is { } due) list.Add(new RawTimelineEntry(due, "Schritt fällig", label + " fällig", org, 4));
                if (s.DoneOn is { } done) list.Add(new RawTimelineEntry(done, "Schritt erledigt", label + (s.Status == StepStatus.Cancelled ? " entfallen" : " erledigt"), org, 5));
            }
            if (g.Attainment is { } at && c.ClosedOn is { } closed)
                list.Add(new RawTimelineEntry(closed, "Evaluation", $"Ziel ({CaseNames.Of(g.Domain)}): {CaseNames.Of(at)}", c.OrganisationId, 6));
        }
        foreach (var n in c.Notes)
            list.Add(new RawTimelineEntry(n.On, "Kontakt",
                $"Kontakt: {CaseNames.Of(n.ContactType)}" + (n.InterpreterUsed ? ", mit Dolmetschung" : "") + (n.DurationMinutes is { } m ? $", {m} Minuten" : ""), c.OrganisationId, 7));
        foreach (var e in c.Events)
            if (EventText(e) is { } text)
                list.Add(new RawTimelineEntry(e.On, "Verlauf", text, c.OrganisationId, 8));
        if (c.ClosedOn is { } end)
            list.Add(new RawTimelineEntry(end, "Abschluss", "Abschluss: " + (c.ClosureReason is { } r ? CaseNames.Of(r) : "ohne Grund"), c.OrganisationId, 9));
        return Task.FromResult<IReadOnlyList<RawTimelineEntry>>(list);
    }

    /// <summary>Only events with a fixed text: phase changes by their phase, hand-over and reopening without their reason.</summary>
    private static string? EventText(CaseEvent e)
    {
        if (e.Description.StartsWith("Phase ", StringComparison.Ordinal)) return "Phase: " + PhaseNames.Of(e.Phase);
        if (e.Description.StartsWith("Fall wiederaufgenommen", StringComparison.Ordinal)) return "Fall wiederaufgenommen";
        if (e.Description == "Fall übergeben") return "Fall übergeben";
        return null; // "Erstberatung erfasst", "Ziel vereinbart", … are covered by their own entries
    }
}

/// <summary>Turns raw entries into the anonymised timeline: relative days from the first entry, waiting periods, age range.</summary>
public static class TimelineBuilder
{
    public static (List<TimelineEntry> Entries, int DurationDays) Build(IEnumerable<RawTimelineEntry> raw, IReadOnlyDictionary<Guid, string> organisations, int waitingThresholdDays)
    {
        var ordered = raw.OrderBy(e => e.On).ThenBy(e => e.Order).ToList();
        if (ordered.Count == 0) return ([], 0);
        var start = ordered[0].On;
        var entries = new List<TimelineEntry>();
        int? previousDay = null;
        foreach (var e in ordered)
        {
            var day = e.On.DayNumber - start.DayNumber;
            var gap = previousDay is { } p ? day - p : 0;
            entries.Add(new TimelineEntry
            {
                Index = entries.Count + 1, Day = day, Kind = e.Kind, Text = e.Text,
                Organisation = e.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? name : null,
                WaitingDays = gap > waitingThresholdDays ? gap : null
            });
            previousDay = day;
        }
        return (entries, entries[^1].Day);
    }

    /// <summary>Age at day 0 as a range; from a partial birth date the lower possible age counts.</summary>
    public static string AgeRange(int? birthYear, int? birthMonth, int? birthDay, DateOnly on)
    {
        if (birthYear is not { } y) return "Alter unbekannt";
        var age = on.Year - y;
        if (birthMonth is { } m && (on.Month < m || (on.Month == m && birthDay is { } d && on.Day < d))) age--;
        if (birthMonth is null) age--;
        return age switch
        {
            < 18 => "unter 18 Jahre",
            < 25 => "18 bis 24 Jahre",
            < 35 => "25 bis 34 Jahre",
            < 45 => "35 bis 44 Jahre",
            < 55 => "45 bis 54 Jahre",
            < 65 => "55 bis 64 Jahre",
            _ => "65 Jahre und älter"
        };
    }

    public static string DayLabel(int day) => $"Tag {day}";
}
