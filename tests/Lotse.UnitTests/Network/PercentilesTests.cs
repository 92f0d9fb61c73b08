using Lotse.Web.Features.Network.ServiceChains;

namespace Lotse.UnitTests.Network;

/// <summary>Linear interpolation between closest ranks (PERCENTILE.INC), checked against hand-computed values.</summary>
public class PercentilesTests
{
    [Theory]
    // 1,2,3,4,10: median h = 2 → 3; p80 h = 3.2 → 4 + 0.2·(10 − 4) = 5.2.
    [InlineData(new double[] { 10, 1, 4, 2, 3 }, 0.5, 3.0)]
    [InlineData(new double[] { 10, 1, 4, 2, 3 }, 0.8, 5.2)]
    // 1,2,3,4: median h = 1.5 → 2.5; p80 h = 2.4 → 3 + 0.4 = 3.4.
    [InlineData(new double[] { 4, 3, 2, 1 }, 0.5, 2.5)]
    [InlineData(new double[] { 4, 3, 2, 1 }, 0.8, 3.4)]
    // 9,10,14: p80 h = 1.6 → 10 + 0.6·4 = 12.4.
    [InlineData(new double[] { 10, 9, 14 }, 0.8, 12.4)]
    [InlineData(new double[] { 7 }, 0.8, 7.0)]
    [InlineData(new double[] { 7 }, 0.5, 7.0)]
    [InlineData(new double[] { 1, 2, 3 }, 0.0, 1.0)]
    [InlineData(new double[] { 1, 2, 3 }, 1.0, 3.0)]
    public void Percentile_matches_the_hand_computed_value(double[] values, double p, double expected)
    {
        Assert.Equal(expected, Percentiles.Of(values, p)!.Value, 10);
    }

    [Fact]
    public void No_values_give_no_percentile()
    {
        Assert.Null(Percentiles.Median([]));
        Assert.Null(Percentiles.Of([], 0.8));
    }

    [Fact]
    public void A_percentile_outside_0_to_1_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1], 80));
}
