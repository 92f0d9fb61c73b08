using System.Globalization;

namespace Lotse.Web.Features.Cases;

/// <summary>German display of stored (UTC) times.</summary>
public static class CaseDates
{
    private static readonly TimeZoneInfo GermanTime = Find();

    public static string Local(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, GermanTime).ToString("dd.MM.yyyy, HH:mm 'Uhr'", CultureInfo.GetCultureInfo("de-DE"));

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
