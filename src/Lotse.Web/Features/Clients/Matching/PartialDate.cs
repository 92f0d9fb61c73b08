using System.Globalization;
using System.Text.RegularExpressions;

namespace Lotse.Web.Features.Clients.Matching;

/// <summary>How much of a birth date is actually known.</summary>
public enum DatePrecision
{
    Year,
    YearMonth,
    Day
}

/// <summary>
/// A birth date that may be known only to the year or month, as is common for people whose
/// documents were issued abroad or lost. Immutable value object.
/// </summary>
/// <remarks>
/// The conventional "01.01.YYYY" (and the official notation "00.00.YYYY") that registration
/// offices enter when only the year is known is kept as written but flagged:
/// <see cref="IsConventionalPlaceholder"/> is true and <see cref="EffectivePrecision"/> is
/// <see cref="DatePrecision.Year"/>, so matching never treats "1 January" as real information.
/// </remarks>
public sealed partial record PartialDate
{
    /// <summary>Earliest accepted birth year; anything before is almost certainly a typing error.</summary>
    public const int MinimumYear = 1900;

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Precision as written.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.YearMonth
        : DatePrecision.Year;

    /// <summary>True for 01.01.YYYY: by convention this means "only the year is known".</summary>
    public bool IsConventionalPlaceholder => Month == 1 && Day == 1;

    /// <summary>Precision that comparisons may rely on (the 01.01. placeholder counts as year only).</summary>
    public DatePrecision EffectivePrecision => IsConventionalPlaceholder ? DatePrecision.Year : Precision;

    /// <summary>Month, unless it is only part of the 01.01. placeholder.</summary>
    public int? KnownMonth => EffectivePrecision == DatePrecision.Year ? null : Month;

    /// <summary>Day, unless it is only part of the 01.01. placeholder.</summary>
    public int? KnownDay => EffectivePrecision == DatePrecision.Day ? Day : null;

    public static PartialDate OfYear(int year, DateOnly today) => Create(year, null, null, today);

    public static PartialDate OfYearMonth(int year, int month, DateOnly today) => Create(year, month, null, today);

    public static PartialDate OfDay(int year, int month, int day, DateOnly today) => Create(year, month, day, today);

    /// <summary>
    /// Parses API form ("1990", "1990-05", "1990-05-20") or German form ("20.05.1990", "05.1990",
    /// "1990"; "00.00.1990" and "00.05.1990" mark unknown parts as registration offices write them).
    /// </summary>
    /// <exception cref="FormatException">With a German message fit to show the user.</exception>
    public static PartialDate Parse(string text, DateOnly today) =>
        TryParse(text, today, out var date, out var error) ? date : throw new FormatException(error);

    /// <inheritdoc cref="Parse(string, DateOnly)"/>
    public static PartialDate Parse(string text) => Parse(text, DateOnly.FromDateTime(DateTime.Today));

    /// <summary>Like <see cref="Parse(string, DateOnly)"/>, but returns a German error text instead of throwing.</summary>
    public static bool TryParse(string? text, DateOnly today, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? date,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        date = null;
        var input = text?.Trim() ?? "";
        if (input.Length == 0)
        {
            error = "Bitte ein Geburtsdatum angeben (TT.MM.JJJJ, MM.JJJJ oder JJJJ).";
            return false;
        }

        if (!TrySplit(input, out var year, out var month, out var day, out error))
            return false;

        error = Validate(year, month, day, today);
        if (error is not null)
            return false;

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TrySplit(string input, out int year, out int? month, out int? day,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        year = 0;
        month = null;
        day = null;
        error = null;

        var iso = IsoPattern().Match(input);
        var german = GermanPattern().Match(input);
        Match m;
        if (iso.Success) m = iso;
        else if (german.Success) m = german;
        else
        {
            error = TwoDigitYearPattern().IsMatch(input)
                ? $"„{input}“: Bitte das Jahr vierstellig angeben (z. B. 20.05.1990)."
                : $"„{input}“ ist kein gültiges Geburtsdatum. Erlaubt sind TT.MM.JJJJ, MM.JJJJ oder JJJJ (bzw. JJJJ-MM-TT, JJJJ-MM).";
            return false;
        }

        year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var monthPart = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var dayPart = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : (int?)null;

        // German registers write unknown parts as zeros: 00.00.1990 = year only, 00.05.1990 = May 1990.
        if (monthPart == 0)
        {
            if (dayPart is > 0)
            {
                error = $"„{input}“: Ein Tag ohne Monat ist nicht möglich.";
                return false;
            }
            monthPart = null;
            dayPart = null;
        }
        if (dayPart == 0)
            dayPart = null;

        month = monthPart;
        day = dayPart;
        return true;
    }

    private static PartialDate Create(int year, int? month, int? day, DateOnly today)
    {
        var error = Validate(year, month, day, today);
        return error is null ? new PartialDate(year, month, day) : throw new ArgumentException(error);
    }

    private static string? Validate(int year, int? month, int? day, DateOnly today)
    {
        if (year < MinimumYear)
            return $"Das Geburtsjahr {year} liegt vor {MinimumYear} – bitte prüfen.";
        if (month is < 1 or > 12)
            return $"Den Monat {month} gibt es nicht.";
        if (day is not null && month is null)
            return "Ein Tag ohne Monat ist nicht möglich.";
        if (day is not null)
        {
            var daysInMonth = DateTime.DaysInMonth(year, month!.Value);
            if (day < 1 || day > daysInMonth)
                return $"Den {day:00}.{month:00}.{year} gibt es nicht ({GermanMonth(month.Value)} {year} hat {daysInMonth} Tage).";
        }

        var isFuture = year > today.Year
            || (month is not null && year == today.Year && month > today.Month)
            || (day is not null && new DateOnly(year, month!.Value, day.Value) > today);
        if (isFuture)
            return $"Das Geburtsdatum {Format(year, month, day)} liegt in der Zukunft.";
        return null;
    }

    /// <summary>ISO form as the API uses it: "1990", "1990-05" or "1990-05-20" (placeholder kept as written).</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => $"{Year:0000}-{Month:00}-{Day:00}",
        DatePrecision.YearMonth => $"{Year:0000}-{Month:00}",
        _ => $"{Year:0000}"
    };

    /// <summary>German display form: "20.05.1990", "05.1990" or "1990".</summary>
    public string ToGermanString() => Format(Year, Month, Day);

    public override string ToString() => ToGermanString();

    private static string Format(int year, int? month, int? day) =>
        day is not null ? $"{day:00}.{month:00}.{year:0000}"
        : month is not null ? $"{month:00}.{year:0000}"
        : $"{year:0000}";

    private static string GermanMonth(int month) =>
        CultureInfo.GetCultureInfo("de-DE").DateTimeFormat.GetMonthName(month);

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{1,2})(-(?<d>\d{1,2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})\.(?<m>\d{1,2})\.|(?<m>\d{1,2})\.)?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex GermanPattern();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigitYearPattern();
}
