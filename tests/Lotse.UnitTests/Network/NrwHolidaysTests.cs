using Lotse.Web.Features.Network.ServiceChains;

namespace Lotse.UnitTests.Network;

public class NrwHolidaysTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_is_computed_for_known_years(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NrwHolidays.EasterSunday(year));

    [Fact]
    public void The_eleven_NRW_holidays_of_2026()
    {
        var expected = new[]
        {
            new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 1),
            new DateOnly(2026, 5, 14), new DateOnly(2026, 5, 25), new DateOnly(2026, 6, 4), new DateOnly(2026, 10, 3),
            new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26),
        };
        Assert.Equal(expected, NrwHolidays.Of(2026).Select(h => h.Date));
        Assert.Contains(NrwHolidays.Of(2026), h => h is { Name: "Fronleichnam" } && h.Date == new DateOnly(2026, 6, 4));
    }

    [Theory]
    [InlineData("2026-06-04", false)] // Fronleichnam (a Thursday): holiday in NRW
    [InlineData("2026-11-02", true)]  // Monday after Allerheiligen
    [InlineData("2026-12-24", true)]  // Heiligabend is no legal holiday
    [InlineData("2026-10-31", false)] // Saturday (Reformationstag is no NRW holiday anyway)
    [InlineData("2026-11-18", true)]  // Buß- und Bettag: holiday only in Saxony
    public void Working_days(string day, bool working) => Assert.Equal(working, NrwHolidays.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    // Thursday before Easter to the Tuesday after: Karfreitag and Ostermontag do not count → 1 (Tuesday).
    [InlineData("2026-04-02", "2026-04-07", 1)]
    // Over Christmas and New Year: 24., 28.–31.12. and 4.1. → 6.
    [InlineData("2026-12-23", "2027-01-04", 6)]
    // Monday to Monday two weeks later: 10.
    [InlineData("2026-03-02", "2026-03-16", 10)]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2026-03-05", "2026-03-02", 0)]
    // Friday to Monday: 1.
    [InlineData("2026-03-06", "2026-03-09", 1)]
    public void Working_days_between(string start, string end, int expected) =>
        Assert.Equal(expected, NrwHolidays.WorkingDaysBetween(DateOnly.Parse(start), DateOnly.Parse(end)));
}
