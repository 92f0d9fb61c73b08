using System.Globalization;

namespace Lotse.Web.Features;

/// <summary>German display of dates and numbers on the pages, and the ISO form that date inputs need.</summary>
public static class German
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    public static string Date(DateOnly? date, string none = "–") => date?.ToString("dd.MM.yyyy", Culture) ?? none;

    /// <summary>The value of an &lt;input type="date"&gt;.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "ja" : "nein";

    /// <summary>"1 Schritt", "3 Schritte".</summary>
    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";

    public static string Percent(double ratio) => ratio.ToString("P0", Culture);
}
