using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Cases;

namespace Lotse.Web.Features.Steering.Obstacles;

/// <summary>What the aggregation needs of one obstacle: no case, no client, no text.</summary>
public sealed record ObstacleFact(DateOnly RecordedOn, ObstacleCategory Category, IReadOnlyList<Guid> OrganisationIds,
    LegalDomain? LegalDomain, LifeDomain LifeDomain, Guid? RegionId);

public sealed record AggregateRow(string Key, string Label, Cell Value);

/// <summary>One dimension of the board as a table on a page.</summary>
public sealed record AggregateTable(string Caption, string Header, IReadOnlyList<AggregateRow> Rows);

public sealed record ObstacleBoardDto(
    bool SmallCellsSuppressed, DateOnly From, DateOnly To, Cell Total,
    IReadOnlyList<AggregateRow> ByCategory, IReadOnlyList<AggregateRow> ByOrganisation, IReadOnlyList<AggregateRow> ByLegalDomain,
    IReadOnlyList<AggregateRow> ByLifeDomain, IReadOnlyList<AggregateRow> ByRegion, IReadOnlyList<AggregateRow> ByMonth);

/// <summary>
/// Counts obstacles by category, organisation, legal domain, life domain, Regionalbereich and month (the trend).
/// An obstacle involving two organisations counts once for each of them (so that column does not sum to the total).
/// Every category, life domain and month of the period is listed, also with 0, so a missing row reveals nothing.
/// Suppressed: cells of 1–4 show "&lt; 5"; where a single such cell could be computed from the total, a second cell is withheld.
/// </summary>
public static class ObstacleAggregation
{
    public static ObstacleBoardDto Build(IReadOnlyCollection<ObstacleFact> facts, DateOnly from, DateOnly to, bool suppress,
        IReadOnlyDictionary<Guid, string> organisationNames, IReadOnlyDictionary<Guid, string> regionNames)
    {
        var inPeriod = facts.Where(f => f.RecordedOn >= from && f.RecordedOn <= to).ToList();
        AggregateRow Row(string key, string label, int count) => new(key, label, SmallCells.Of(count, suppress));

        var byCategory = Enum.GetValues<ObstacleCategory>()
            .Select(c => Row(c.ToString(), SteeringNames.Of(c), inPeriod.Count(f => f.Category == c))).ToList();
        var byLifeDomain = Enum.GetValues<LifeDomain>()
            .Select(d => Row(d.ToString(), CaseNames.Of(d), inPeriod.Count(f => f.LifeDomain == d))).ToList();
        var byOrganisation = inPeriod.SelectMany(f => f.OrganisationIds.Distinct())
            .GroupBy(id => id)
            .Select(g => Row(g.Key.ToString(), organisationNames.TryGetValue(g.Key, out var n) ? n : "Organisation", g.Count()))
            .OrderByDescending(r => r.Value.Count ?? 0).ThenBy(r => r.Label, StringComparer.Create(SteeringNames.Culture, false)).ToList();
        var byLegalDomain = inPeriod.Where(f => f.LegalDomain is not null).GroupBy(f => f.LegalDomain!.Value)
            .OrderBy(g => g.Key).Select(g => Row(g.Key.ToString(), GermanNames.Of(g.Key), g.Count())).ToList();
        var byRegion = regionNames.OrderBy(r => r.Value, StringComparer.Create(SteeringNames.Culture, false))
            .Select(r => Row(r.Key.ToString(), r.Value, inPeriod.Count(f => f.RegionId == r.Key))).ToList();
        var unassigned = inPeriod.Count(f => f.RegionId is null || !regionNames.ContainsKey(f.RegionId.Value));
        if (unassigned > 0) byRegion.Add(Row("none", "ohne Regionalbereich", unassigned));
        var byMonth = Months(from, to)
            .Select(m => Row(m.ToString("yyyy-MM", SteeringNames.Culture), m.ToString("MMMM yyyy", SteeringNames.Culture),
                inPeriod.Count(f => f.RecordedOn.Year == m.Year && f.RecordedOn.Month == m.Month))).ToList();

        // Category, life domain, region and month each put every obstacle in exactly one cell: complement their suppression.
        IReadOnlyList<AggregateRow> Partition(IReadOnlyList<AggregateRow> rows) =>
            suppress ? SmallCells.Complement(rows, r => r.Value, (r, c) => r with { Value = c }) : rows;
        return new ObstacleBoardDto(suppress, from, to, SmallCells.Of(inPeriod.Count, suppress),
            Partition(byCategory), byOrganisation, byLegalDomain, Partition(byLifeDomain), Partition(byRegion), Partition(byMonth));
    }

    public static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1)) yield return m;
    }
}
