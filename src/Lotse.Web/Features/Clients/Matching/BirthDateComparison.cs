namespace Lotse.Web.Features.Clients.Matching;

/// <summary>How two (possibly partial) birth dates relate, from strongest agreement to clear conflict.</summary>
public enum BirthDateAgreement
{
    /// <summary>Both full dates, identical.</summary>
    ExactDay,

    /// <summary>Both full dates in the same year with day and month swapped (05.03. vs 03.05.) – a frequent transcription error.</summary>
    DayMonthSwapped,

    /// <summary>Every part known on both sides agrees, but at least one side is partial (year only, month only, or 01.01. placeholder).</summary>
    Compatible,

    /// <summary>Same year and month, different day.</summary>
    SameMonth,

    /// <summary>Same year, different month.</summary>
    SameYear,

    /// <summary>Years differ by one: age estimates, calendar conversion (Persian, Ethiopian) and typos.</summary>
    AdjacentYear,

    /// <summary>Years differ by two or more: normally different people.</summary>
    FarApart
}

/// <summary>Result of comparing two birth dates for duplicate detection.</summary>
/// <param name="Agreement">Category, see <see cref="BirthDateAgreement"/>.</param>
/// <param name="YearsApart">Absolute difference of the years.</param>
/// <param name="SharedPrecision">The precision both dates really have (placeholder 01.01. counts as year only).</param>
/// <param name="MonthAndDayAgree">True when the month and day, as far as both sides really know them, agree
/// (so with years one apart, only the year conflicts).</param>
/// <param name="PlaceholderInvolved">True when one side is 01.01.YYYY and was therefore compared as year only.</param>
public sealed record BirthDateComparison(
    BirthDateAgreement Agreement,
    int YearsApart,
    DatePrecision SharedPrecision,
    bool MonthAndDayAgree,
    bool PlaceholderInvolved)
{
    public static BirthDateComparison Of(PartialDate a, PartialDate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        var yearsApart = Math.Abs(a.Year - b.Year);
        var shared = (DatePrecision)Math.Min((int)a.EffectivePrecision, (int)b.EffectivePrecision);
        var placeholder = a.IsConventionalPlaceholder || b.IsConventionalPlaceholder;
        var monthAndDayAgree = shared switch
        {
            DatePrecision.Day => a.Month == b.Month && a.Day == b.Day,
            DatePrecision.YearMonth => a.KnownMonth == b.KnownMonth,
            _ => true
        };

        var agreement = yearsApart switch
        {
            >= 2 => BirthDateAgreement.FarApart,
            1 => BirthDateAgreement.AdjacentYear,
            _ => CompareWithinYear(a, b, shared)
        };
        return new BirthDateComparison(agreement, yearsApart, shared, monthAndDayAgree, placeholder);
    }

    private static BirthDateAgreement CompareWithinYear(PartialDate a, PartialDate b, DatePrecision shared)
    {
        if (shared == DatePrecision.Year)
            return BirthDateAgreement.Compatible;
        if (a.KnownMonth != b.KnownMonth)
        {
            var swapped = shared == DatePrecision.Day && a.Day == b.Month && a.Month == b.Day;
            return swapped ? BirthDateAgreement.DayMonthSwapped : BirthDateAgreement.SameYear;
        }
        if (shared == DatePrecision.YearMonth)
            return BirthDateAgreement.Compatible;
        return a.Day == b.Day ? BirthDateAgreement.ExactDay : BirthDateAgreement.SameMonth;
    }
}
