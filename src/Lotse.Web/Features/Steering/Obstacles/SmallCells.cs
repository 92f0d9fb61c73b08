namespace Lotse.Web.Features.Steering.Obstacles;

/// <summary>
/// Small-cell suppression for aggregates shown outside the Koordinierende Stelle: a count of 1 to 4 is shown
/// as "&lt; 5" and its number is withheld (null). Zero stays zero: it reveals nobody.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;
    public const string Suppressed = "< 5";

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    public static Cell Of(int count, bool suppress) => suppress && IsSmall(count)
        ? new Cell(null, Suppressed)
        : new Cell(count, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>One aggregate cell: the number (null when suppressed) and how it is shown.</summary>
public sealed record Cell(int? Count, string Display);
