using Lotse.Web.Features.StaffPlanning;

namespace Lotse.UnitTests.StaffPlanning;

/// <summary>Hare–Niemeyer with hand-computed examples; the total is always exact.</summary>
public class LargestRemainderTests
{
    [Theory]
    // 1.0 VZÄ for 50/30/20: exact quotas, no remainder.
    [InlineData(10, new long[] { 50, 30, 20 }, new long[] { 5, 3, 2 })]
    // 7 units for 5/3/2: quotas 3.5, 2.1, 1.4 → floors 3, 2, 1 (6), one left for the largest remainder 0.5.
    [InlineData(7, new long[] { 5, 3, 2 }, new long[] { 4, 2, 1 })]
    // 25 units for 1500/1500/900/500/500/200 (sum 5100): quotas 7.35, 7.35, 4.41, 2.45, 2.45, 0.98 → floors 22;
    // the 3 left go to 0.98 and to the tie 0.45/0.45 (equal weights: input order).
    [InlineData(25, new long[] { 1500, 1500, 900, 500, 500, 200 }, new long[] { 7, 7, 4, 3, 3, 1 })]
    // 12.5 VZÄ (125 tenths) for the demo's Regionalbereiche Mitte 660, Nord 415, Süd 462 (sum 1537): quotas 53.68, 33.75,
    // 37.57 → floors 123; the 2 left go to the remainders 0.75 (Nord) and 0.68 (Mitte) → 5.4, 3.4, 3.7 VZÄ.
    [InlineData(125, new long[] { 660, 415, 462 }, new long[] { 54, 34, 37 })]
    public void Distributes_as_computed_by_hand(long total, long[] weights, long[] expected)
    {
        var shares = LargestRemainder.Distribute(total, weights);
        Assert.Equal(expected, shares);
        Assert.Equal(total, shares.Sum());
    }

    [Fact]
    public void Equal_remainders_and_equal_weights_go_to_the_earlier_entry()
    {
        // 10 for 1/1/1: 3.33 each → 3, 3, 3 and the one left to the first.
        Assert.Equal([4, 3, 3], LargestRemainder.Distribute(10, [1, 1, 1]));
    }

    [Fact]
    public void Equal_remainders_go_to_the_larger_weight_first()
    {
        // 2 for 1/3 (sum 4): quotas 0.5 and 1.5 → floors 0 and 1, both remainders 0.5 → the larger weight wins.
        Assert.Equal([0, 2], LargestRemainder.Distribute(2, [1, 3]));
        Assert.Equal([2, 0], LargestRemainder.Distribute(2, [3, 1]));
    }

    [Fact]
    public void Zero_weights_get_nothing_even_when_units_are_left_over()
    {
        Assert.Equal([0, 3, 0, 7], LargestRemainder.Distribute(10, [0, 3, 0, 7]));
        // 5 for 0/1/1: 2.5 and 2.5 → 2, 2 and the one left to the earlier of the tie, never to the zero.
        Assert.Equal([0, 3, 2], LargestRemainder.Distribute(5, [0, 1, 1]));
    }

    [Fact]
    public void All_weights_zero_or_nothing_to_distribute_gives_zeros()
    {
        Assert.Equal([0, 0, 0], LargestRemainder.Distribute(10, [0, 0, 0]));
        Assert.Equal([0, 0], LargestRemainder.Distribute(0, [4, 5]));
        Assert.Empty(LargestRemainder.Distribute(10, []));
    }

    [Fact]
    public void Negative_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Distribute(-1, [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Distribute(1, [1, -1]));
    }

    [Fact]
    public void The_total_is_always_exact_and_each_share_within_one_of_its_quota()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 2000; run++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 12)).Select(_ => (long)(random.Next(4) == 0 ? 0 : random.Next(0, 5000))).ToArray();
            var total = (long)random.Next(0, 2000);
            var shares = LargestRemainder.Distribute(total, weights);
            var sum = weights.Sum();
            Assert.Equal(sum == 0 ? 0 : total, shares.Sum());
            for (var i = 0; i < weights.Length; i++)
            {
                if (sum == 0) { Assert.Equal(0, shares[i]); continue; }
                var quota = (double)total * weights[i] / sum;
                Assert.InRange(shares[i], Math.Floor(quota), Math.Floor(quota) + 1);
                if (weights[i] == 0) Assert.Equal(0, shares[i]);
            }
            // Deterministic: the same input gives the same output.
            Assert.Equal(shares, LargestRemainder.Distribute(total, weights));
        }
    }
}
