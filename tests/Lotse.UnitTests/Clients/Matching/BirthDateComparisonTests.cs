using Lotse.Web.Features.Clients.Matching;

namespace Lotse.UnitTests.Clients.Matching;

public class BirthDateComparisonTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static BirthDateComparison Compare(string a, string b) =>
        BirthDateComparison.Of(PartialDate.Parse(a, Today), PartialDate.Parse(b, Today));

    [Theory]
    [InlineData("20.05.1990", "1990-05-20", BirthDateAgreement.ExactDay)]
    [InlineData("05.03.1991", "03.05.1991", BirthDateAgreement.DayMonthSwapped)]
    [InlineData("1990", "20.05.1990", BirthDateAgreement.Compatible)]
    [InlineData("05.1990", "20.05.1990", BirthDateAgreement.Compatible)]
    [InlineData("1990", "1990", BirthDateAgreement.Compatible)]
    [InlineData("01.01.1990", "20.05.1990", BirthDateAgreement.Compatible)]
    [InlineData("01.01.1990", "01.01.1990", BirthDateAgreement.Compatible)]
    [InlineData("00.00.1990", "07.1990", BirthDateAgreement.Compatible)]
    [InlineData("12.05.1990", "20.05.1990", BirthDateAgreement.SameMonth)]
    [InlineData("14.03.1990", "22.09.1990", BirthDateAgreement.SameYear)]
    [InlineData("03.1990", "20.05.1990", BirthDateAgreement.SameYear)]
    [InlineData("1979", "1980", BirthDateAgreement.AdjacentYear)]
    [InlineData("20.05.1990", "20.05.1991", BirthDateAgreement.AdjacentYear)]
    [InlineData("1985", "1996", BirthDateAgreement.FarApart)]
    [InlineData("01.01.1990", "01.01.1992", BirthDateAgreement.FarApart)]
    public void Categorises_the_relation(string a, string b, BirthDateAgreement expected)
    {
        Assert.Equal(expected, Compare(a, b).Agreement);
        Assert.Equal(expected, Compare(b, a).Agreement);
    }

    [Fact]
    public void Placeholder_is_compared_as_year_only_and_reported()
    {
        var c = Compare("01.01.1990", "20.05.1990");

        Assert.Equal(DatePrecision.Year, c.SharedPrecision);
        Assert.True(c.PlaceholderInvolved);
    }

    [Fact]
    public void Year_typo_keeps_day_and_month_agreement()
    {
        var typo = Compare("20.05.1990", "20.05.1991");
        var conflict = Compare("20.05.1990", "11.02.1991");

        Assert.True(typo.MonthAndDayAgree);
        Assert.Equal(1, typo.YearsApart);
        Assert.False(conflict.MonthAndDayAgree);
    }

    [Fact]
    public void Years_apart_is_absolute()
    {
        Assert.Equal(12, Compare("1982", "1970").YearsApart);
    }
}
