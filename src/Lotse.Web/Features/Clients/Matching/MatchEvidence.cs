namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// The evidence weights of <see cref="DuplicateMatcher"/>, in the manner of Fellegi–Sunter record linkage:
/// each field adds a log-odds weight (positive = speaks for the same person), the sum goes through the
/// logistic function. Weights are set by hand for the population of a municipal integration office (many
/// shared names such as Mohammed, Ali, Ahmad; few nationalities; birth dates that are often partial,
/// estimated or converted from the Persian or Ethiopian calendar).
/// </summary>
internal static class MatchEvidence
{
    /// <summary>Prior log-odds before any field is looked at: most candidates from the search are other people.</summary>
    public const double Prior = -2.0;

    /// <summary>Name score (0..1) → weight. Identical names alone (+4.5 - 2.0 = 2.5 → 0.92) are a likely
    /// duplicate only while no birth date contradicts them.</summary>
    public static readonly Piecewise Name = new((0, -6), (0.4, -5), (0.6, -2), (0.75, 0.5), (0.85, 2.5), (0.95, 4.0), (1, 4.5));

    public const double ExactDay = 3.0;
    public const double DayMonthSwapped = 1.5;
    public const double CompatibleToMonth = 1.5;
    public const double CompatibleToYear = 1.0;
    public const double SameMonthOtherDay = -0.5;
    public const double SameYearOtherMonth = -2.0;

    /// <summary>Same day and month, year off by one: a typing error in the year.</summary>
    public const double AdjacentYearSameDay = 1.0;

    /// <summary>Year off by one and month or day known on both sides but different: conflicting dates.</summary>
    public const double AdjacentYearOtherDay = -2.5;

    /// <summary>Year off by one where at least one side is partial: estimated ages and calendar conversion.</summary>
    public const double AdjacentYearPartial = -0.5;

    /// <summary>Years apart → weight; a decade apart outweighs even an identical name.</summary>
    public static readonly Piecewise YearsApart = new((2, -2.5), (3, -3.5), (5, -5.0));

    /// <summary>A shared nationality says little (most clients come from a few countries); a conflict
    /// lowers only slightly because of dual nationality and differing records.</summary>
    public const double NationalityShared = 0.5;
    public const double NationalityConflict = -1.0;

    public static double ForBirthDate(BirthDateComparison c) => c.Agreement switch
    {
        BirthDateAgreement.ExactDay => ExactDay,
        BirthDateAgreement.DayMonthSwapped => DayMonthSwapped,
        BirthDateAgreement.Compatible => c.SharedPrecision == DatePrecision.YearMonth ? CompatibleToMonth : CompatibleToYear,
        BirthDateAgreement.SameMonth => SameMonthOtherDay,
        BirthDateAgreement.SameYear => SameYearOtherMonth,
        BirthDateAgreement.AdjacentYear when !c.MonthAndDayAgree => AdjacentYearOtherDay,
        BirthDateAgreement.AdjacentYear when c.SharedPrecision == DatePrecision.Day => AdjacentYearSameDay,
        BirthDateAgreement.AdjacentYear => AdjacentYearPartial,
        _ => YearsApart.At(c.YearsApart)
    };

    public static double Logistic(double logOdds) => 1 / (1 + Math.Exp(-logOdds));
}
