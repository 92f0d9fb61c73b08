namespace Lotse.Web.Features.StaffPlanning;

/// <summary>
/// Distributes a total proportionally to weights with the largest-remainder method (Hare–Niemeyer), in whole units:
/// each share is first rounded down, then the units left over go one each to the largest remainders. The shares always
/// add up to the total exactly. Equal remainders are decided deterministically: the larger weight first, then the
/// earlier position in the input. Weights of zero get nothing; when all weights are zero nothing can be distributed and
/// every share is zero (the caller shows that).
/// </summary>
public static class LargestRemainder
{
    public static long[] Distribute(long total, IReadOnlyList<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Any(w => w < 0)) throw new ArgumentOutOfRangeException(nameof(weights), "Weights must not be negative.");
        var shares = new long[weights.Count];
        var sum = weights.Sum();
        if (sum == 0 || total == 0) return shares;

        // Exact integer arithmetic: quota_i = total·w_i / sum as quotient and remainder (Int128: no overflow).
        var remainders = new Int128[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var product = (Int128)total * weights[i];
            shares[i] = (long)(product / sum);
            remainders[i] = product % sum;
            given += shares[i];
        }
        var left = total - given;
        var order = Enumerable.Range(0, weights.Count)
            .OrderByDescending(i => remainders[i]).ThenByDescending(i => weights[i]).ThenBy(i => i)
            .Take((int)left);
        foreach (var i in order) shares[i]++;
        return shares;
    }

}
