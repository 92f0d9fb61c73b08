using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;

namespace Lotse.Web.Features.Network.Offers;

/// <summary>What overlap detection needs of an offer.</summary>
public sealed record OfferProfile(
    Guid Id, LifeDomain LifeDomain, int? MinAge, int? MaxAge, IReadOnlySet<ResidenceStatusType> ResidenceStatusTypes,
    IReadOnlySet<Guid> MunicipalityIds, DateOnly? ValidFrom, DateOnly? ValidUntil);

public sealed record OfferOverlap(Guid FirstId, Guid SecondId, IReadOnlyList<Guid> SharedMunicipalityIds);

/// <summary>
/// Parallel offers: two offers overlap when they serve the same life domain in at least one common Kommune for a common
/// target group — their age ranges intersect (no limit = open) and their residence status types intersect (none listed =
/// every status) — during a common period of validity.
/// </summary>
public static class OfferOverlaps
{
    public static bool AgesIntersect(OfferProfile a, OfferProfile b) =>
        (a.MinAge ?? 0) <= (b.MaxAge ?? int.MaxValue) && (b.MinAge ?? 0) <= (a.MaxAge ?? int.MaxValue);

    public static bool StatusesIntersect(OfferProfile a, OfferProfile b) =>
        a.ResidenceStatusTypes.Count == 0 || b.ResidenceStatusTypes.Count == 0 || a.ResidenceStatusTypes.Overlaps(b.ResidenceStatusTypes);

    public static bool PeriodsIntersect(OfferProfile a, OfferProfile b) =>
        (a.ValidFrom ?? DateOnly.MinValue) <= (b.ValidUntil ?? DateOnly.MaxValue) && (b.ValidFrom ?? DateOnly.MinValue) <= (a.ValidUntil ?? DateOnly.MaxValue);

    /// <summary>Every overlapping pair once (first before second in input order).</summary>
    public static IReadOnlyList<OfferOverlap> Find(IReadOnlyList<OfferProfile> offers)
    {
        var result = new List<OfferOverlap>();
        foreach (var group in offers.Select((o, i) => (o, i)).GroupBy(x => x.o.LifeDomain))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i].o, list[j].o);
                    var shared = a.MunicipalityIds.Where(b.MunicipalityIds.Contains).ToList();
                    if (shared.Count > 0 && AgesIntersect(a, b) && StatusesIntersect(a, b) && PeriodsIntersect(a, b))
                        result.Add(new OfferOverlap(a.Id, b.Id, shared));
                }
        }
        return result;
    }
}
