namespace Lotse.Web.Features.Network.ServiceChains;

/// <summary>
/// Gesetzliche Feiertage in Nordrhein-Westfalen (Feiertagsgesetz NW): the nine nationwide days plus Fronleichnam and
/// Allerheiligen. Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher); the movable days follow it.
/// </summary>
public static class NrwHolidays
{
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The holidays of one year with their German names, in date order.</summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> Of(int year)
    {
        var easter = EasterSunday(year);
        return new List<(DateOnly, string)>
        {
            (new DateOnly(year, 1, 1), "Neujahr"),
            (easter.AddDays(-2), "Karfreitag"),
            (easter.AddDays(1), "Ostermontag"),
            (new DateOnly(year, 5, 1), "Tag der Arbeit"),
            (easter.AddDays(39), "Christi Himmelfahrt"),
            (easter.AddDays(50), "Pfingstmontag"),
            (easter.AddDays(60), "Fronleichnam"),
            (new DateOnly(year, 10, 3), "Tag der Deutschen Einheit"),
            (new DateOnly(year, 11, 1), "Allerheiligen"),
            (new DateOnly(year, 12, 25), "1. Weihnachtstag"),
            (new DateOnly(year, 12, 26), "2. Weihnachtstag"),
        }.OrderBy(h => h.Item1).ToList();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<DateOnly>> Cache = new();

    public static bool IsHoliday(DateOnly day) =>
        Cache.GetOrAdd(day.Year, y => Of(y).Select(h => h.Date).ToHashSet()).Contains(day);

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    /// <summary>
    /// Working days from <paramref name="start"/> to <paramref name="end"/>: the working days after the start day up to
    /// and including the end day (so a referral on Monday answered on Tuesday took 1 working day; same day = 0).
    /// </summary>
    public static int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        if (end <= start) return 0;
        var count = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }
}
