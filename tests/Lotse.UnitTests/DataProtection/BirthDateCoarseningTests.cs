using Lotse.Web.Domain.DataProtection;

namespace Lotse.UnitTests.DataProtection;

/// <summary>Anonymised birth dates keep the year, or the first day of the quarter; partial dates never get finer.</summary>
public class BirthDateCoarseningTests
{
    [Theory]
    [InlineData(1988, 3, 14, 1988, 1, 1)]
    [InlineData(1988, 1, 1, 1988, 1, 1)]
    [InlineData(1990, 4, 1, 1990, 4, 1)]
    [InlineData(1990, 6, 30, 1990, 4, 1)]
    [InlineData(2001, 7, 15, 2001, 7, 1)]
    [InlineData(2001, 9, 30, 2001, 7, 1)]
    [InlineData(1975, 10, 1, 1975, 10, 1)]
    [InlineData(1975, 12, 31, 1975, 10, 1)]
    public void A_full_date_becomes_the_first_day_of_its_quarter(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal((ey, (int?)em, (int?)ed), Coarsen(y, m, d, BirthDateGranularity.Quarter));

    [Theory]
    [InlineData(5, 4)]
    [InlineData(2, 1)]
    [InlineData(11, 10)]
    [InlineData(9, 7)]
    public void A_year_and_month_becomes_the_first_day_of_its_quarter(int month, int quarterStart) =>
        Assert.Equal((1990, (int?)quarterStart, (int?)1), Coarsen(1990, month, null, BirthDateGranularity.Quarter));

    [Theory]
    [InlineData(BirthDateGranularity.Quarter)]
    [InlineData(BirthDateGranularity.Year)]
    public void A_year_only_date_stays_year_only(BirthDateGranularity granularity) =>
        Assert.Equal((1990, (int?)null, (int?)null), Coarsen(1990, null, null, granularity));

    [Theory]
    [InlineData(1988, 3, 14)]
    [InlineData(1988, 12, null)]
    [InlineData(1988, null, null)]
    public void Year_granularity_keeps_only_the_year(int y, int? m, int? d) =>
        Assert.Equal((1988, (int?)null, (int?)null), Coarsen(y, m, d, BirthDateGranularity.Year));

    [Fact]
    public void An_unknown_birth_date_stays_unknown() =>
        Assert.Equal((null, null, null), BirthDateCoarsening.Coarsen(null, null, null, BirthDateGranularity.Quarter));

    [Fact]
    public void The_result_is_never_more_precise_than_the_input_and_never_changes_the_year()
    {
        var random = new Random(4711);
        for (var i = 0; i < 2000; i++)
        {
            var year = random.Next(1920, 2026);
            int? month = random.Next(3) == 0 ? null : random.Next(1, 13);
            int? day = month is null || random.Next(3) == 0 ? null : random.Next(1, 29);
            foreach (var g in Enum.GetValues<BirthDateGranularity>())
            {
                var (ry, rm, rd) = BirthDateCoarsening.Coarsen(year, month, day, g);
                Assert.Equal(year, ry);
                if (month is null) Assert.Null(rm);
                if (rm is { } qm)
                {
                    Assert.Contains(qm, new[] { 1, 4, 7, 10 });
                    Assert.Equal((month!.Value - 1) / 3, (qm - 1) / 3); // same quarter
                    Assert.Equal(1, rd);
                }
                // Idempotent: coarsening twice gives the same.
                Assert.Equal((ry, rm, rd), BirthDateCoarsening.Coarsen(ry, rm, rd, g));
            }
        }
    }

    [Theory]
    [InlineData("2023-09-14", BirthDateGranularity.Quarter, "2023-07-01")]
    [InlineData("2023-09-14", BirthDateGranularity.Year, "2023-01-01")]
    public void A_full_date_like_the_entry_date_is_coarsened_the_same_way(string date, BirthDateGranularity g, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), BirthDateCoarsening.Coarsen(DateOnly.Parse(date), g));

    private static (int?, int?, int?) Coarsen(int y, int? m, int? d, BirthDateGranularity g) => BirthDateCoarsening.Coarsen(y, m, d, g);
}
