using Lotse.Web.Domain;
using Lotse.Web.Domain.Referrals;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// Durchlaufzeiten of referrals, in calendar days of the German calendar (an event on Monday evening and the next on
/// Tuesday morning is one day):
/// <list type="bullet">
/// <item>sent → accepted: day of acceptance − day of sending;</item>
/// <item>accepted → first appointment: day of the first appointment − day of acceptance;</item>
/// <item>sent → completed: day of completion − day of sending.</item>
/// </list>
/// Statistics per group: the median and the 80th percentile by <b>linear interpolation between closest ranks</b>
/// (Hyndman &amp; Fan type 7, as Excel's PERCENTILE.INC / QUANTIL.INKL and numpy's default): for the sorted values
/// x₀ ≤ … ≤ xₙ₋₁ and p ∈ [0, 1], h = (n − 1)·p, and P(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
/// The median is P(0.5) — with an even count the mean of the two middle values.
/// </summary>
public static class LeadTimes
{
    /// <summary>Below this count a group's figures are withheld from everyone but the Koordinierende Stelle.</summary>
    public const int SmallCount = 5;

    public static ReferralLeadTimes Of(Referral r) => Of(r.SentAt, r.AcceptedAt, r.FirstAppointmentOn, r.CompletedAt);

    public static ReferralLeadTimes Of(DateTimeOffset? sentAt, DateTimeOffset? acceptedAt, DateOnly? firstAppointmentOn, DateTimeOffset? completedAt)
    {
        int? Days(DateOnly? from, DateOnly? to) => from is { } f && to is { } t ? t.DayNumber - f.DayNumber : null;
        DateOnly? Day(DateTimeOffset? at) => at is { } a ? LocalCalendar.Day(a) : null;
        return new ReferralLeadTimes(
            Days(Day(sentAt), Day(acceptedAt)),
            Days(Day(acceptedAt), firstAppointmentOn),
            Days(Day(sentAt), Day(completedAt)));
    }

    /// <summary>The p-quantile (0 ≤ p ≤ 1) of the values by linear interpolation (type 7); null for no values.</summary>
    public static double? Percentile(IEnumerable<int> values, double p)
    {
        if (p is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(p));
        var x = values.Order().ToArray();
        if (x.Length == 0) return null;
        var h = (x.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, x.Length - 1);
        return Math.Round(x[lower] + (h - lower) * (x[upper] - x[lower]), 6); // no binary noise like 3.4000000000000004
    }

    public static double? Median(IEnumerable<int> values) => Percentile(values, 0.5);

    /// <summary>Median, 80th percentile and count of one lead time.</summary>
    public static LeadTimeStat Stat(IEnumerable<int?> values)
    {
        var v = values.Where(x => x is not null).Select(x => x!.Value).ToList();
        return new LeadTimeStat(v.Count, Median(v), Percentile(v, 0.8));
    }

    /// <summary>Groups referrals by receiving organisation and service; one row per group, ordered by organisation then service.</summary>
    public static IReadOnlyList<LeadTimeRow> Summarise(IEnumerable<LeadTimeSample> samples) =>
        samples.GroupBy(s => (s.OrganisationId, s.OrganisationName, Service: s.Service.Trim()))
            .Select(g =>
            {
                var times = g.Select(s => s.Times).ToList();
                return new LeadTimeRow(g.Key.OrganisationId, g.Key.OrganisationName, g.Key.Service, g.Count(),
                    Stat(times.Select(t => t.SentToAccepted)),
                    Stat(times.Select(t => t.AcceptedToFirstAppointment)),
                    Stat(times.Select(t => t.SentToCompleted)));
            })
            .OrderBy(r => r.OrganisationName, StringComparer.Create(German.Culture, true)).ThenBy(r => r.Service, StringComparer.Create(German.Culture, true))
            .ToList();

    /// <summary>"3,5 Tage", "1 Tag", "–".</summary>
    public static string Days(double? days) => days is not { } d ? "–"
        : d == 1 ? "1 Tag" : d.ToString("0.#", German.Culture) + " Tage";

    public static string Days(int? days) => Days((double?)days);

    /// <summary>A count as shown: below <see cref="SmallCount"/> only "&lt; 5" unless the viewer is the Koordinierende Stelle.</summary>
    public static string Count(int n, bool exact) => exact || n >= SmallCount || n == 0 ? n.ToString(German.Culture) : "< " + SmallCount;
}

public sealed record LeadTimeSample(Guid OrganisationId, string OrganisationName, string Service, ReferralLeadTimes Times);

public sealed record LeadTimeStat(int Count, double? Median, double? P80);

public sealed record LeadTimeRow(Guid OrganisationId, string OrganisationName, string Service, int Referrals,
    LeadTimeStat SentToAccepted, LeadTimeStat AcceptedToFirstAppointment, LeadTimeStat SentToCompleted);
