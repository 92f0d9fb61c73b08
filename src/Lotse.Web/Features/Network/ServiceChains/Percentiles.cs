namespace Lotse.Web.Features.Network.ServiceChains;

/// <summary>
/// Percentiles by linear interpolation between closest ranks (the method of Excel's PERCENTILE.INC, R type 7 and
/// NumPy's default): for sorted values x[0..n-1] and p in [0, 1], h = (n − 1)·p and the result is
/// x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). The median is p = 0.5, which gives the middle value for odd n and the mean of
/// the two middle values for even n. Example: 1, 2, 3, 4, 10 → 80th percentile: h = 3.2 → 4 + 0.2·6 = 5.2.
/// </summary>
public static class Percentiles
{
    public static double? Of(IEnumerable<double> values, double p)
    {
        if (p is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(p));
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        if (lower + 1 >= sorted.Length) return sorted[^1];
        return sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]);
    }

    public static double? Median(IEnumerable<double> values) => Of(values, 0.5);
}
