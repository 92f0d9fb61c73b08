using Lotse.Web.Data;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients.Matching;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

/// <summary>How the pages show a client's data in German.</summary>
public static class ClientDisplay
{
    /// <summary>Age from a possibly partial birth date: exact when the day is known, otherwise "35 oder 36 Jahre".</summary>
    public static string? Age(string? birthIso, DateOnly today)
    {
        if (birthIso is null || !PartialDate.TryParse(birthIso, today, out var birth, out _)) return null;
        var month = birth.KnownMonth;
        var day = birth.KnownDay;
        var age = today.Year - birth.Year;
        if (month is { } m && day is { } d)
        {
            if (today.Month < m || (today.Month == m && today.Day < d)) age--;
            return Years(age);
        }
        if (month is { } knownMonth)
        {
            if (today.Month < knownMonth) age--;
            else if (today.Month == knownMonth) return $"{age - 1} oder {Years(age)}";
            return Years(age);
        }
        return $"{age - 1} oder {Years(age)}";
    }

    /// <summary>"1990-05-20" → "20.05.1990", "1990-05" → "05.1990".</summary>
    public static string BirthDate(string? birthIso) =>
        birthIso is not null && PartialDate.TryParse(birthIso, DateOnly.MaxValue, out var d, out _) ? d.ToGermanString() : "unbekannt";

    private static string Years(int n) => n == 1 ? "1 Jahr" : $"{n} Jahre";

    /// <summary>"SYR (Syrien)"; codes without a German name here are shown as they are.</summary>
    public static string Nationality(string code) =>
        CountryNames.TryGetValue(code, out var name) ? $"{code} ({name})" : code;

    /// <summary>German names of the nationalities KIM case managers meet most, and the ICAO special codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> CountryNames = new Dictionary<string, string>
    {
        ["AFG"] = "Afghanistan", ["ALB"] = "Albanien", ["ARM"] = "Armenien", ["AZE"] = "Aserbaidschan",
        ["BGR"] = "Bulgarien", ["BIH"] = "Bosnien und Herzegowina", ["BLR"] = "Belarus", ["CMR"] = "Kamerun",
        ["COD"] = "Demokratische Republik Kongo", ["DEU"] = "Deutschland", ["DZA"] = "Algerien", ["EGY"] = "Ägypten",
        ["ERI"] = "Eritrea", ["ETH"] = "Äthiopien", ["GEO"] = "Georgien", ["GHA"] = "Ghana", ["GIN"] = "Guinea",
        ["GRC"] = "Griechenland", ["HRV"] = "Kroatien", ["HUN"] = "Ungarn", ["IND"] = "Indien", ["IRN"] = "Iran",
        ["IRQ"] = "Irak", ["ITA"] = "Italien", ["JOR"] = "Jordanien", ["KAZ"] = "Kasachstan", ["LBN"] = "Libanon",
        ["LBY"] = "Libyen", ["MAR"] = "Marokko", ["MDA"] = "Moldau", ["MKD"] = "Nordmazedonien", ["NGA"] = "Nigeria",
        ["PAK"] = "Pakistan", ["POL"] = "Polen", ["PSE"] = "Palästinensische Gebiete", ["ROU"] = "Rumänien",
        ["RUS"] = "Russland", ["SDN"] = "Sudan", ["SOM"] = "Somalia", ["SRB"] = "Serbien", ["SYR"] = "Syrien",
        ["TUN"] = "Tunesien", ["TUR"] = "Türkei", ["UKR"] = "Ukraine", ["VNM"] = "Vietnam", ["XKX"] = "Kosovo",
        ["XXA"] = "staatenlos", ["XXB"] = "Flüchtling nach GFK", ["XXC"] = "Flüchtling (sonstige)", ["XXX"] = "ungeklärt",
        ["YEM"] = "Jemen",
    };
}

/// <summary>The select lists of the client form.</summary>
public sealed record ClientFormOptions(IReadOnlyList<SelectListItem> Municipalities, IReadOnlyList<SelectListItem> Organisations)
{
    public const string ViewDataKey = nameof(ClientFormOptions);

    public static IEnumerable<SelectListItem> Sexes => Enum.GetValues<Sex>().Select(s => new SelectListItem(ClientNames.Of(s), s.ToString()));
    public static IEnumerable<SelectListItem> ResidenceTypes => Enum.GetValues<ResidenceStatusType>().Select(t => new SelectListItem(ClientNames.Of(t), t.ToString()));
    public static IEnumerable<SelectListItem> BenefitKinds => Enum.GetValues<BenefitKind>().Select(k => new SelectListItem(ClientNames.Of(k), k.ToString()));

    /// <summary>Kommunen grouped by Regionalbereich; organisations by name (inactive ones marked, as older entries may name them).</summary>
    public static async Task<ClientFormOptions> LoadAsync(LotseDbContext db, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking()
            .Select(m => new { m.Id, m.Name, Region = m.Region == null ? null : m.Region.Name }).ToListAsync(ct);
        var groups = municipalities.Select(m => m.Region ?? "ohne Regionalbereich").Distinct()
            .ToDictionary(r => r, r => new SelectListGroup { Name = r });
        var municipalityItems = municipalities
            .OrderBy(m => m.Region ?? "\uffff", StringComparer.Create(German.Culture, false)).ThenBy(m => m.Name, StringComparer.Create(German.Culture, false))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString()) { Group = groups[m.Region ?? "ohne Regionalbereich"] })
            .ToList();
        var organisations = await OrganisationItemsAsync(db, ct);
        return new ClientFormOptions(municipalityItems, organisations);
    }

    public static async Task<List<SelectListItem>> OrganisationItemsAsync(LotseDbContext db, CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.IsActive }).ToListAsync(ct))
            .OrderBy(o => o.Name, StringComparer.Create(German.Culture, false))
            .Select(o => new SelectListItem(o.IsActive ? o.Name : $"{o.Name} (inaktiv)", o.Id.ToString())).ToList();
}
