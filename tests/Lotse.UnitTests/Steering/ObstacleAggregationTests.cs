using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Steering.Obstacles;

namespace Lotse.UnitTests.Steering;

public class ObstacleAggregationTests
{
    private static readonly Guid Jobcenter = Guid.NewGuid(), Abh = Guid.NewGuid(), Nord = Guid.NewGuid(), Sued = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Orgs = new() { [Jobcenter] = "Jobcenter", [Abh] = "Ausländerbehörde" };
    private static readonly Dictionary<Guid, string> Regions = new() { [Nord] = "RB Nord", [Sued] = "RB Süd" };

    private static ObstacleFact F(int month, int day, ObstacleCategory c, Guid[] orgs, LifeDomain d, Guid? region) =>
        new(new DateOnly(2026, month, day), c, orgs, LegalDomain.SgbII, d, region);

    private static readonly ObstacleFact[] Facts =
    [
        F(1, 5, ObstacleCategory.WaitingTime, [Jobcenter], LifeDomain.Language, Nord),
        F(1, 9, ObstacleCategory.WaitingTime, [Jobcenter], LifeDomain.Language, Nord),
        F(2, 1, ObstacleCategory.WaitingTime, [Jobcenter, Abh], LifeDomain.Language, Nord),
        F(2, 2, ObstacleCategory.WaitingTime, [Jobcenter], LifeDomain.WorkTraining, Sued),
        F(3, 3, ObstacleCategory.WaitingTime, [Jobcenter], LifeDomain.Language, Nord),
        F(3, 30, ObstacleCategory.LanguageBarrier, [Abh], LifeDomain.Residence, null),
        F(4, 1, ObstacleCategory.MissingOffer, [], LifeDomain.Housing, Sued), // outside the period
    ];

    private static ObstacleBoardDto Build(bool suppress) =>
        ObstacleAggregation.Build(Facts, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), suppress, Orgs, Regions);

    private static Cell Cell(IEnumerable<AggregateRow> rows, string key) => rows.Single(r => r.Key == key).Value;

    [Fact]
    public void Counts_per_dimension_match_a_hand_count()
    {
        var b = Build(suppress: false);
        Assert.Equal(6, b.Total.Count);
        Assert.Equal(5, Cell(b.ByCategory, "WaitingTime").Count);
        Assert.Equal(1, Cell(b.ByCategory, "LanguageBarrier").Count);
        Assert.Equal(0, Cell(b.ByCategory, "MissingOffer").Count);
        Assert.Equal(4, Cell(b.ByLifeDomain, "Language").Count);
        // An obstacle with two organisations counts for each.
        Assert.Equal(5, Cell(b.ByOrganisation, Jobcenter.ToString()).Count);
        Assert.Equal(2, Cell(b.ByOrganisation, Abh.ToString()).Count);
        Assert.Equal(4, Cell(b.ByRegion, Nord.ToString()).Count);
        Assert.Equal(1, Cell(b.ByRegion, Sued.ToString()).Count);
        Assert.Equal(1, Cell(b.ByRegion, "none").Count);
        Assert.Equal(6, Cell(b.ByLegalDomain, "SgbII").Count);
    }

    [Fact]
    public void The_trend_lists_every_month_of_the_period()
    {
        var b = Build(suppress: false);
        Assert.Equal(["2026-01", "2026-02", "2026-03"], b.ByMonth.Select(m => m.Key).ToArray());
        Assert.Equal([2, 2, 2], b.ByMonth.Select(m => m.Value.Count!.Value).ToArray());
        Assert.Equal("Januar 2026", b.ByMonth[0].Label);
        Assert.Equal(12, ObstacleAggregation.Months(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30)).Count());
    }

    [Fact]
    public void Suppressed_cells_show_less_than_five_and_withhold_the_number()
    {
        var b = Build(suppress: true);
        Assert.True(b.SmallCellsSuppressed);
        Assert.Equal(new Cell(6, "6"), b.Total);
        Assert.Equal(new Cell(null, "< 5"), Cell(b.ByCategory, "LanguageBarrier"));
        // The only "< 5" of the categories: total 6 minus the 5 would reveal it, so the 5 is withheld as well.
        Assert.Equal(new Cell(null, "gesperrt"), Cell(b.ByCategory, "WaitingTime"));
        Assert.Equal(new Cell(0, "0"), Cell(b.ByCategory, "MissingOffer"));
        Assert.Equal(new Cell(null, "< 5"), Cell(b.ByLifeDomain, "Language"));
        Assert.Equal(new Cell(null, "< 5"), Cell(b.ByRegion, Nord.ToString()));
        Assert.All(b.ByMonth, m => Assert.Equal(new Cell(null, "< 5"), m.Value));
        // No cell between 1 and 4 keeps its number anywhere.
        var all = new[] { b.ByCategory, b.ByLifeDomain, b.ByOrganisation, b.ByRegion, b.ByMonth, b.ByLegalDomain }.SelectMany(r => r).Select(r => r.Value);
        Assert.DoesNotContain(all, c => c.Count is > 0 and < 5);
    }

    [Fact]
    public void A_single_small_cell_gets_a_partner_so_it_cannot_be_computed_from_the_total()
    {
        AggregateRow R(string key, int n) => new(key, key, SmallCells.Of(n, suppress: true));
        IReadOnlyList<AggregateRow> Complement(params AggregateRow[] rows) => SmallCells.Complement(rows, r => r.Value, (r, c) => r with { Value = c });

        var one = Complement(R("a", 3), R("b", 9), R("c", 7), R("d", 0));
        Assert.Equal(["< 5", "9", "gesperrt", "0"], one.Select(r => r.Value.Display).ToArray());
        // Two small cells already hide each other; no small cell needs nothing.
        Assert.Equal(["< 5", "< 5", "9"], Complement(R("a", 3), R("b", 1), R("c", 9)).Select(r => r.Value.Display).ToArray());
        Assert.Equal(["6", "9"], Complement(R("a", 6), R("b", 9)).Select(r => r.Value.Display).ToArray());
    }

    [Theory]
    [InlineData(0, false, "0")]
    [InlineData(1, true, "< 5")]
    [InlineData(4, true, "< 5")]
    [InlineData(5, false, "5")]
    [InlineData(120, false, "120")]
    public void Small_cells_are_one_to_four(int count, bool suppressed, string display)
    {
        var cell = SmallCells.Of(count, suppress: true);
        Assert.Equal(suppressed, cell.Count is null);
        Assert.Equal(display, cell.Display);
        Assert.Equal(new Cell(count, count.ToString()), SmallCells.Of(count, suppress: false));
    }
}
