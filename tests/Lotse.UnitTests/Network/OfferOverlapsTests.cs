using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Network.Offers;

namespace Lotse.UnitTests.Network;

public class OfferOverlapsTests
{
    private static readonly Guid Musterstadt = Guid.NewGuid();
    private static readonly Guid Nordfeld = Guid.NewGuid();
    private static readonly Guid Auendorf = Guid.NewGuid();

    private static OfferProfile Offer(LifeDomain domain = LifeDomain.Language, int? min = null, int? max = null,
        ResidenceStatusType[]? statuses = null, Guid[]? places = null, string? from = null, string? until = null) =>
        new(Guid.NewGuid(), domain, min, max, (statuses ?? []).ToHashSet(), (places ?? [Musterstadt]).ToHashSet(),
            from is null ? null : DateOnly.Parse(from), until is null ? null : DateOnly.Parse(until));

    [Fact]
    public void Same_domain_shared_Kommune_and_common_target_group_overlap_with_the_shared_Kommunen()
    {
        var a = Offer(min: 16, places: [Musterstadt, Nordfeld]);
        var b = Offer(min: 18, statuses: [ResidenceStatusType.Toleration], places: [Nordfeld, Auendorf]);
        var overlap = Assert.Single(OfferOverlaps.Find([a, b]));
        Assert.Equal((a.Id, b.Id), (overlap.FirstId, overlap.SecondId));
        Assert.Equal([Nordfeld], overlap.SharedMunicipalityIds);
    }

    [Fact]
    public void Different_domains_or_Kommunen_do_not_overlap()
    {
        Assert.Empty(OfferOverlaps.Find([Offer(LifeDomain.Language), Offer(LifeDomain.Housing)]));
        Assert.Empty(OfferOverlaps.Find([Offer(places: [Musterstadt]), Offer(places: [Auendorf])]));
    }

    [Theory]
    [InlineData(12, 27, 28, null, false)]
    [InlineData(12, 27, 27, null, true)]   // the boundary age 27 is served by both
    [InlineData(null, 17, 18, 64, false)]
    [InlineData(null, null, 60, null, true)]
    public void Age_ranges(int? minA, int? maxA, int? minB, int? maxB, bool overlap) =>
        Assert.Equal(overlap, OfferOverlaps.Find([Offer(min: minA, max: maxA), Offer(min: minB, max: maxB)]).Count == 1);

    [Fact]
    public void Residence_statuses_must_intersect_unless_one_offer_serves_every_status()
    {
        var gestattet = Offer(statuses: [ResidenceStatusType.PermissionToRemain]);
        var niederlassung = Offer(statuses: [ResidenceStatusType.SettlementPermit]);
        var all = Offer();
        Assert.Empty(OfferOverlaps.Find([gestattet, niederlassung]));
        Assert.Equal(2, OfferOverlaps.Find([gestattet, niederlassung, all]).Count);
        Assert.Single(OfferOverlaps.Find([gestattet, Offer(statuses: [ResidenceStatusType.Toleration, ResidenceStatusType.PermissionToRemain])]));
    }

    [Fact]
    public void Offers_of_different_periods_do_not_overlap()
    {
        Assert.Empty(OfferOverlaps.Find([Offer(until: "2026-06-30"), Offer(from: "2026-07-01")]));
        Assert.Single(OfferOverlaps.Find([Offer(until: "2026-07-01"), Offer(from: "2026-07-01")]));
    }

    [Fact]
    public void Each_pair_is_reported_once()
    {
        var offers = new[] { Offer(), Offer(), Offer() };
        var pairs = OfferOverlaps.Find(offers);
        Assert.Equal(3, pairs.Count);
        Assert.Equal(3, pairs.Select(p => (p.FirstId, p.SecondId)).Distinct().Count());
    }
}
