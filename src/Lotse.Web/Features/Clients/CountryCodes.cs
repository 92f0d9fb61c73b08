using System.Globalization;

namespace Lotse.Web.Features.Clients;

/// <summary>ISO 3166-1 alpha-3 codes as used for nationalities, plus the ICAO codes for special cases.</summary>
public static class CountryCodes
{
    /// <summary>Stateless (XXA), refugee (XXB), unknown (XXX), Kosovo (XKX).</summary>
    private static readonly string[] Special = ["XXA", "XXB", "XXC", "XXX", "XKX"];

    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ThreeLetterISORegionName; } catch (ArgumentException) { return null; } })
        .Where(code => code is { Length: 3 })
        .Select(code => code!.ToUpperInvariant())
        .Concat(Special)
        .ToHashSet();

    public static bool IsKnown(string code) => Known.Contains(code.Trim().ToUpperInvariant());
}
