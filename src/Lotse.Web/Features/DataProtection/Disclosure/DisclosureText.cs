using System.Globalization;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>German formatting for the Auskunft (PDF) and a small builder for label/value lines.</summary>
internal static class DisclosureText
{
    private static readonly TimeZoneInfo Berlin = FindBerlin();

    public static string Date(DateOnly? d) => German.Date(d, "–");

    public static string Time(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.GetCultureInfo("de-DE"));

    public static string Or(string? s) => string.IsNullOrWhiteSpace(s) ? "–" : s;

    public static string BirthDate(int? year, int? month, int? day) => (year, month, day) switch
    {
        ({ } y, { } m, { } d) => $"{d:00}.{m:00}.{y}",
        ({ } y, { } m, null) => $"{m:00}.{y}",
        ({ } y, _, _) => y.ToString(CultureInfo.InvariantCulture),
        _ => "unbekannt"
    };

    public static string? IsoBirthDate(int? year, int? month, int? day) => (year, month, day) switch
    {
        ({ } y, { } m, { } d) => $"{y:0000}-{m:00}-{d:00}",
        ({ } y, { } m, null) => $"{y:0000}-{m:00}",
        ({ } y, _, _) => $"{y:0000}",
        _ => null
    };

    private static TimeZoneInfo FindBerlin()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}

internal sealed class Lines
{
    private readonly List<DisclosureLine> _lines = [];
    public Lines Add(string label, string? value)
    {
        _lines.Add(new DisclosureLine(label, DisclosureText.Or(value)));
        return this;
    }
    public IReadOnlyList<DisclosureLine> ToList() => _lines;
}
