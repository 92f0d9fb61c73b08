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

    /// <summary>A cell of 5 or more withheld so that a single small cell cannot be computed from the total.</summary>
    public const string Withheld = "gesperrt";

    /// <summary>
    /// Secondary suppression for a dimension whose cells partition the total (each obstacle in exactly one cell):
    /// if exactly one cell is "&lt; 5", total minus the others would reveal it, so the smallest other non-empty cell
    /// is withheld as well.
    /// </summary>
    public static IReadOnlyList<T> Complement<T>(IReadOnlyList<T> rows, Func<T, Cell> cell, Func<T, Cell, T> with)
    {
        if (rows.Count(r => cell(r).Display == Suppressed) != 1) return rows;
        var partner = rows.Where(r => cell(r).Count > 0).OrderBy(r => cell(r).Count).FirstOrDefault();
        if (partner is null) return rows;
        return rows.Select(r => ReferenceEquals(r, partner) ? with(r, new Cell(null, Withheld)) : r).ToList();
    }

    public static Cell Of(int count, bool suppress) => suppress && IsSmall(count)
        ? new Cell(null, Suppressed)
        : new Cell(count, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>One aggregate cell: the number (null when suppressed) and how it is shown.</summary>
public sealed record Cell(int? Count, string Display);
