namespace Lotse.Web.Features.Clients.Matching;

/// <summary>A piecewise linear function through fixed points, constant outside them; used so that every
/// weight of the matcher is a readable table instead of a formula.</summary>
internal sealed class Piecewise
{
    private readonly (double X, double Y)[] _points;

    public Piecewise(params (double X, double Y)[] points)
    {
        if (points.Length == 0) throw new ArgumentException("At least one point is required.", nameof(points));
        _points = points.OrderBy(p => p.X).ToArray();
    }

    public double At(double x)
    {
        if (x <= _points[0].X) return _points[0].Y;
        for (var i = 1; i < _points.Length; i++)
        {
            var (x0, y0) = _points[i - 1];
            var (x1, y1) = _points[i];
            if (x <= x1) return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
        }
        return _points[^1].Y;
    }
}
