using Lotse.Web.Features.Clients.Matching;

namespace Lotse.UnitTests.Clients.Matching;

public class PartialDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("1990", 1990, null, null, DatePrecision.Year)]
    [InlineData("1990-05", 1990, 5, null, DatePrecision.YearMonth)]
    [InlineData("1990-05-20", 1990, 5, 20, DatePrecision.Day)]
    [InlineData("20.05.1990", 1990, 5, 20, DatePrecision.Day)]
    [InlineData("1.5.1990", 1990, 5, 1, DatePrecision.Day)]
    [InlineData("05.1990", 1990, 5, null, DatePrecision.YearMonth)]
    [InlineData("5.1990", 1990, 5, null, DatePrecision.YearMonth)]
    [InlineData(" 1990 ", 1990, null, null, DatePrecision.Year)]
    [InlineData("00.00.1990", 1990, null, null, DatePrecision.Year)]
    [InlineData("00.05.1990", 1990, 5, null, DatePrecision.YearMonth)]
    [InlineData("29.02.2000", 2000, 2, 29, DatePrecision.Day)]
    [InlineData("25.11.2026", 2026, 11, 25, DatePrecision.Day)]
    public void Parses_API_and_German_forms(string text, int year, int? month, int? day, DatePrecision precision)
    {
        var date = PartialDate.Parse(text, Today);

        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("01.01.1990")]
    [InlineData("1990-01-01")]
    public void First_of_January_is_the_year_only_placeholder(string text)
    {
        var date = PartialDate.Parse(text, Today);

        Assert.True(date.IsConventionalPlaceholder);
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(DatePrecision.Year, date.EffectivePrecision);
        Assert.Null(date.KnownMonth);
        Assert.Null(date.KnownDay);
        Assert.Equal("1990-01-01", date.ToIsoString());
        Assert.Equal("01.01.1990", date.ToGermanString());
    }

    [Fact]
    public void Other_dates_are_not_placeholders()
    {
        Assert.False(PartialDate.Parse("02.01.1990", Today).IsConventionalPlaceholder);
        Assert.False(PartialDate.Parse("01.1990", Today).IsConventionalPlaceholder);
        Assert.Equal(1, PartialDate.Parse("01.1990", Today).KnownMonth);
    }

    [Theory]
    [InlineData("31.02.1990", "Den 31.02.1990 gibt es nicht (Februar 1990 hat 28 Tage).")]
    [InlineData("29.02.1900", "Den 29.02.1900 gibt es nicht (Februar 1900 hat 28 Tage).")]
    [InlineData("31.04.1985", "Den 31.04.1985 gibt es nicht (April 1985 hat 30 Tage).")]
    [InlineData("1990-13", "Den Monat 13 gibt es nicht.")]
    [InlineData("2031", "Das Geburtsdatum 2031 liegt in der Zukunft.")]
    [InlineData("12.2026", "Das Geburtsdatum 12.2026 liegt in der Zukunft.")]
    [InlineData("26.11.2026", "Das Geburtsdatum 26.11.2026 liegt in der Zukunft.")]
    [InlineData("1899", "Das Geburtsjahr 1899 liegt vor 1900 – bitte prüfen.")]
    [InlineData("20.05.90", "„20.05.90“: Bitte das Jahr vierstellig angeben (z. B. 20.05.1990).")]
    [InlineData("05.00.1990", "„05.00.1990“: Ein Tag ohne Monat ist nicht möglich.")]
    [InlineData("Mai 1990", "„Mai 1990“ ist kein gültiges Geburtsdatum. Erlaubt sind TT.MM.JJJJ, MM.JJJJ oder JJJJ (bzw. JJJJ-MM-TT, JJJJ-MM).")]
    [InlineData("", "Bitte ein Geburtsdatum angeben (TT.MM.JJJJ, MM.JJJJ oder JJJJ).")]
    public void Impossible_input_is_rejected_with_a_German_message(string text, string message)
    {
        Assert.False(PartialDate.TryParse(text, Today, out var date, out var error));
        Assert.Null(date);
        Assert.Equal(message, error);
        Assert.Equal(message, Assert.Throws<FormatException>(() => PartialDate.Parse(text, Today)).Message);
    }

    [Fact]
    public void Factories_validate_like_parsing()
    {
        Assert.Equal("2001-03", PartialDate.OfYearMonth(2001, 3, Today).ToIsoString());
        Assert.Equal("07.09.1993", PartialDate.OfDay(1993, 9, 7, Today).ToGermanString());
        Assert.Equal("1968", PartialDate.OfYear(1968, Today).ToString());
        Assert.Throws<ArgumentException>(() => PartialDate.OfDay(1990, 2, 30, Today));
        Assert.Throws<ArgumentException>(() => PartialDate.OfYear(2030, Today));
    }

    [Theory]
    [InlineData("1990")]
    [InlineData("1990-05")]
    [InlineData("1990-05-20")]
    public void Iso_form_round_trips_and_equality_is_by_value(string iso)
    {
        var date = PartialDate.Parse(iso, Today);

        Assert.Equal(iso, date.ToIsoString());
        Assert.Equal(date, PartialDate.Parse(date.ToGermanString(), Today));
    }
}
