namespace Lotse.Web.Domain;

/// <summary>Calendar days as they are in Germany: "valid until 31.12." ends at midnight German time, not UTC.</summary>
public static class LocalCalendar
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateOnly Day(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateOnly Today(TimeProvider clock) => Day(clock.GetUtcNow());

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
