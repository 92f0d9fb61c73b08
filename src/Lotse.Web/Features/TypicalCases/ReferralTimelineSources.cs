using Lotse.Web.Domain;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Steering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.TypicalCases;

/// <summary>
/// Each referral of the case as its steps: sent, accepted, first appointment, completed, rejected, cancelled — with the
/// receiving organisation. The service is named only when it is one of a fixed vocabulary (<see cref="ServiceVocabulary"/>);
/// otherwise it is dropped. Never the message, result, reasons, feedback or the partner's case reference.
/// </summary>
public sealed class ReferralTimelineSource : ITimelineSource
{
    /// <summary>Service names that may appear in a reconstruction (compared without case and surrounding blanks).</summary>
    public static readonly IReadOnlyList<string> ServiceVocabulary =
    [
        "Integrationskurs", "Integrationskurs-Berechtigung", "Integrationskurs-Verpflichtung", "Integrationskurs mit Alphabetisierung",
        "Berufssprachkurs", "Migrationsberatung für erwachsene Zuwanderer", "Jugendmigrationsdienst", "Anerkennungsberatung",
        "Beratung zur Arbeitsaufnahme", "Arbeitsvermittlung", "Ausbildungsberatung", "Leistungsantrag SGB II", "Schuldnerberatung",
        "Wohnungssuche", "Kita-Platz", "Schulanmeldung", "Sprachmittlung", "Psychosoziale Beratung", "Gesundheitsberatung",
        "Aufenthaltsrechtliche Beratung", "Einbürgerungsberatung", "Erstgespräch"
    ];

    public static string ServiceLabel(string? service)
    {
        var trimmed = (service ?? "").Trim();
        var known = ServiceVocabulary.FirstOrDefault(v => string.Equals(v, trimmed, StringComparison.OrdinalIgnoreCase));
        return known is null ? "Verweisung" : $"Verweisung ({known})";
    }

    public async Task<IReadOnlyList<RawTimelineEntry>> EntriesAsync(TimelineSourceContext context, CancellationToken ct)
    {
        var referrals = context.Referrals
            ?? (context.Db is { } db
                ? await db.Referrals.AsNoTracking().Where(r => r.CaseId == context.Case.Id && r.SentAt != null).ToListAsync(ct)
                : []);
        var list = new List<RawTimelineEntry>();
        foreach (var r in referrals.Where(r => r.SentAt is not null).OrderBy(r => r.SentAt))
        {
            var label = ServiceLabel(r.Service);
            var to = r.ToOrganisationId;
            list.Add(new RawTimelineEntry(LocalCalendar.Day(r.SentAt!.Value), "Verweisung", label + " versendet", to, 10));
            if (r.AcceptedAt is { } accepted) list.Add(new RawTimelineEntry(LocalCalendar.Day(accepted), "Verweisung", label + " angenommen", to, 11));
            if (r.RejectedAt is { } rejected) list.Add(new RawTimelineEntry(LocalCalendar.Day(rejected), "Verweisung", label + " abgelehnt", to, 11));
            if (r.FirstAppointmentOn is { } first) list.Add(new RawTimelineEntry(first, "Verweisung", label + ": Ersttermin", to, 12));
            if (r.CompletedAt is { } completed) list.Add(new RawTimelineEntry(LocalCalendar.Day(completed), "Verweisung", label + " abgeschlossen", to, 13));
            if (r.CancelledAt is { } cancelled) list.Add(new RawTimelineEntry(LocalCalendar.Day(cancelled), "Verweisung", label + " storniert", to, 13));
        }
        return list;
    }
}

/// <summary>Obstacles of the case, marked with their category and life domain only (never the description).</summary>
public sealed class ObstacleTimelineSource : ITimelineSource
{
    public async Task<IReadOnlyList<RawTimelineEntry>> EntriesAsync(TimelineSourceContext context, CancellationToken ct)
    {
        var obstacles = context.Obstacles
            ?? (context.Db is { } db
                ? await db.Set<Obstacle>().AsNoTracking().Where(o => o.CaseId == context.Case.Id).ToListAsync(ct)
                : []);
        return obstacles.OrderBy(o => o.RecordedOn)
            .Select(o => new RawTimelineEntry(o.RecordedOn, "Hemmnis",
                $"Hemmnis: {SteeringNames.Of(o.Category)} ({CaseNames.Of(o.LifeDomain)})", null, 14))
            .ToList();
    }
}
