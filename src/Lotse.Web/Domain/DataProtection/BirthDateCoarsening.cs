namespace Lotse.Web.Domain.DataProtection;

public enum BirthDateGranularity { Year, Quarter }

/// <summary>
/// Anonymisation of a (possibly partial) birth date so that statistics by age stay usable:
/// year only, or the first day of its quarter. A date that is already coarser stays as it is.
/// </summary>
public static class BirthDateCoarsening
{
    public static (int? Year, int? Month, int? Day) Coarsen(int? year, int? month, int? day, BirthDateGranularity granularity)
    {
        if (year is null) return (null, null, null);
        if (granularity == BirthDateGranularity.Year || month is null) return (year, null, null);
        var m = Math.Clamp(month.Value, 1, 12);
        var quarterStart = (m - 1) / 3 * 3 + 1;
        return (year, quarterStart, 1);
    }

    /// <summary>The same for a full date (entry date): the first day of its quarter or the first of January.</summary>
    public static DateOnly Coarsen(DateOnly date, BirthDateGranularity granularity) =>
        granularity == BirthDateGranularity.Year
            ? new DateOnly(date.Year, 1, 1)
            : new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
}
