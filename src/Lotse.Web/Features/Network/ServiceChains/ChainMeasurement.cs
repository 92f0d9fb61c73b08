using Lotse.Web.Domain.Network;

namespace Lotse.Web.Features.Network.ServiceChains;

/// <summary>One measured pass through a chain step or service standard (no client reference).</summary>
/// <param name="SubjectId">The chain step or the service standard measured.</param>
/// <param name="Month">The month the pass started in (first day of the month), for the figures per month.</param>
public sealed record ChainObservation(Guid SubjectId, Guid OrganisationId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, DateOnly Month)
{
    public static ChainObservation Of(Guid subjectId, Guid organisationId, DateTimeOffset startedAt, DateTimeOffset? endedAt)
    {
        var day = ChainMeasurement.LocalDate(startedAt);
        return new(subjectId, organisationId, startedAt, endedAt, new DateOnly(day.Year, day.Month, 1));
    }
}

/// <summary>What a step or standard promises: at most <paramref name="Duration"/> days of <paramref name="Unit"/>.</summary>
public sealed record ChainTarget(Guid SubjectId, int Duration, DurationUnit Unit);

/// <summary>
/// Figures of a set of observations. Durations are whole days in the target's unit. Median and 80th percentile come from
/// the completed passes only (see <see cref="Percentiles"/> for the method). The share within target counts completed
/// passes within the target against completed passes plus open passes already beyond the target; open passes still
/// within the target are not decided yet and count in neither.
/// </summary>
public sealed record ChainFigures(int Count, int Completed, int Open, int OpenOverdue, int WithinTarget, double? Median, double? Percentile80, double? ShareWithinTarget);

public sealed record OrganisationFigures(Guid OrganisationId, ChainFigures Figures);
public sealed record MonthFigures(DateOnly Month, ChainFigures Figures);

public sealed record SubjectFigures(ChainTarget Target, ChainFigures Overall, IReadOnlyList<OrganisationFigures> ByOrganisation, IReadOnlyList<MonthFigures> ByMonth)
{
    /// <summary>How far the median lies beyond the target (negative: within).</summary>
    public double? MedianBeyondTarget => Overall.Median - Target.Duration;
}

/// <summary>The step where the chain breaks and why.</summary>
public sealed record ChainBreak(Guid SubjectId, double ShareWithinTarget, double? MedianBeyondTarget);

public sealed record ChainMeasurementResult(IReadOnlyList<SubjectFigures> Subjects, ChainBreak? Break);

/// <summary>
/// Measures real durations of chain steps and service standards against their targets: count, median, 80th percentile,
/// share within target — overall, per organisation and per month — and where the chain breaks. Pure: the observations
/// and "now" (for open passes) come in, figures go out.
/// </summary>
public static class ChainMeasurement
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The calendar day in Germany of a timestamp (working days and months are German days).</summary>
    public static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Berlin).DateTime);

    /// <summary>Days from start to end in the unit: calendar days between the two dates, or working days after the start day up to and including the end day.</summary>
    public static int Duration(DateTimeOffset start, DateTimeOffset end, DurationUnit unit)
    {
        var from = LocalDate(start);
        var to = LocalDate(end);
        return unit == DurationUnit.WorkingDays ? NrwHolidays.WorkingDaysBetween(from, to) : Math.Max(0, to.DayNumber - from.DayNumber);
    }

    /// <summary>
    /// Figures per target (in the order of <paramref name="targets"/>, e.g. the chain's steps) and the break: the subject with
    /// the lowest share within target; on equal shares the one whose median lies furthest beyond its target; then the
    /// earlier one. A chain whose every measured step meets its target in every pass has no break.
    /// </summary>
    public static ChainMeasurementResult Measure(IReadOnlyList<ChainTarget> targets, IEnumerable<ChainObservation> observations, DateTimeOffset now)
    {
        var bySubject = observations.ToLookup(o => o.SubjectId);
        var subjects = targets.Select(t =>
        {
            var list = bySubject[t.SubjectId].ToList();
            return new SubjectFigures(t, Figures(t, list, now),
                list.GroupBy(o => o.OrganisationId).Select(g => new OrganisationFigures(g.Key, Figures(t, g.ToList(), now))).ToList(),
                list.GroupBy(o => o.Month).OrderBy(g => g.Key).Select(g => new MonthFigures(g.Key, Figures(t, g.ToList(), now))).ToList());
        }).ToList();

        var candidate = subjects
            .Select((s, index) => (s, index))
            .Where(x => x.s.Overall.ShareWithinTarget is not null)
            .Where(x => x.s.Overall.ShareWithinTarget < 1 || x.s.MedianBeyondTarget > 0)
            .OrderBy(x => x.s.Overall.ShareWithinTarget)
            .ThenByDescending(x => x.s.MedianBeyondTarget ?? double.MinValue)
            .ThenBy(x => x.index)
            .Select(x => x.s)
            .FirstOrDefault();
        var chainBreak = candidate is null ? null
            : new ChainBreak(candidate.Target.SubjectId, candidate.Overall.ShareWithinTarget!.Value, candidate.MedianBeyondTarget);
        return new ChainMeasurementResult(subjects, chainBreak);
    }

    public static ChainFigures Figures(ChainTarget target, IReadOnlyCollection<ChainObservation> observations, DateTimeOffset now)
    {
        var durations = observations.Where(o => o.EndedAt is not null)
            .Select(o => (double)Duration(o.StartedAt, o.EndedAt!.Value, target.Unit)).ToList();
        var open = observations.Where(o => o.EndedAt is null).ToList();
        var openOverdue = open.Count(o => Duration(o.StartedAt, now, target.Unit) > target.Duration);
        var within = durations.Count(d => d <= target.Duration);
        var decided = durations.Count + openOverdue;
        return new ChainFigures(observations.Count, durations.Count, open.Count, openOverdue, within,
            Percentiles.Median(durations), Percentiles.Of(durations, 0.8),
            decided == 0 ? null : within / (double)decided);
    }
}
