using System.Security.Claims;
using Lotse.Web.Domain;

namespace Lotse.Web.Features.Shared;

/// <summary>One destination of the main navigation, who sees it, and the hub it belongs to (if any).</summary>
public sealed record NavigationEntry(string Title, string Href, string Description, string? Hub, params string[] Roles)
{
    public bool IsFor(ClaimsPrincipal user) => Roles.Any(user.IsInRole);
}

/// <summary>A hub page that gathers the entries of one area (Steuerung, Netzwerk) behind one link.</summary>
public sealed record NavigationHub(string Title, string Href, string Description);

/// <summary>
/// The main navigation in one place: which links each role gets, in which order. An area of which a user sees
/// <see cref="CollapseFrom"/> or more links (the Koordinierende Stelle sees nine steering and network pages) is shown as
/// one link to its hub page, so the navigation stays short enough to scan; a user with fewer gets the links directly.
/// The pages check access themselves; this only decides what is offered.
/// </summary>
public static class Navigation
{
    public const int CollapseFrom = 4;

    public static readonly NavigationHub Steering = new("Steuerung", "/Steuerung",
        "Hemmnisse, Arbeitsgruppen, Lenkungsgruppe, Fallrekonstruktionen und Stellenplanung.");

    public static readonly NavigationHub Network = new("Netzwerk", "/Netzwerk",
        "Angebote, Versorgungslücken, Kooperationsvereinbarungen und Dienstleistungsketten.");

    private const string Coordinator = Roles.Coordinator, CaseManager = Roles.CaseManager, Partner = Roles.PartnerCaseworker,
        Immigration = Roles.ImmigrationCaseworker, SteeringGroup = Roles.SteeringGroupMember, Admin = Roles.Administrator,
        Dpo = Roles.DataProtectionOfficer;

    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new("Personen", "/Personen", "Personen suchen und anlegen.", null, CaseManager, Coordinator),
        new("Fallzahlen", "/Fallzahlen", "Fallzahlen je Case Manager:in und Regionalbereich (1:100).", null, Coordinator),
        new("Organisationen", "/Organisationen", "Behörden, Träger und Initiativen.", null, Roles.All.ToArray()),
        new("Fallrekonstruktionen", "/Fallrekonstruktionen", "Anonymisierte Verläufe typischer Fälle mit Wartezeiten.", Steering.Title,
            Coordinator, CaseManager, Partner, Immigration, SteeringGroup),
        new("Regelwerke", "/Regelwerke", "Regeln zu Zuständigkeiten und Perspektiven mit Rechtsquellen.", null, Admin, Coordinator),
        new("Hemmnisse", "/Steuerung/Hemmnisse", "Strukturelle Hemmnisse aus den Fällen, nach Kategorie, Organisation und Monat.", Steering.Title,
            Coordinator, SteeringGroup),
        new("Lenkungsgruppe", "/Steuerung/Lenkungsgruppe", "Sitzungen, Beschlüsse und Maßnahmen der Lenkungsgruppe.", Steering.Title,
            Coordinator, SteeringGroup),
        new("Arbeitsgruppen", "/Steuerung/Arbeitsgruppen", "Arbeitsgruppen, ihre Themen, Sitzungen und Vorlagen.", Steering.Title,
            Coordinator, CaseManager, Partner),
        new("Angebote", "/Netzwerk/Angebote", "Angebotslandkarte: wer bietet was wo an.", Network.Title, Coordinator, CaseManager, Partner, Immigration),
        new("Versorgungslücken", "/Netzwerk/Versorgung", "Doppelte Angebote und Lücken je Kommune.", Network.Title, Coordinator, SteeringGroup),
        new("Vereinbarungen", "/Netzwerk/Vereinbarungen", "Kooperationsvereinbarungen und Servicestandards.", Network.Title, Coordinator),
        new("Dienstleistungsketten", "/Netzwerk/Ketten", "Laufzeiten der Dienstleistungsketten und wo sie reißen.", Network.Title, Coordinator),
        new("Stellenplanung", "/Stellenplanung", "Stellenbedarf aus den Neuzugängen je Kommune.", Steering.Title, Coordinator),
        new("Kommunen", "/Verwaltung/Kommunen", "Kommunen des Kreises.", null, Admin),
        new("Regionalbereiche", "/Verwaltung/Regionalbereiche", "Regionalbereiche und ihre Kommunen.", null, Admin),
        new("Benutzer", "/Verwaltung/Benutzer", "Benutzerkonten und Rollen.", null, Admin),
        new("Sicherheit", "/Verwaltung/Sicherheit", "Anmeldung und Zwei-Faktor-Pflicht.", null, Admin),
        new("Import", "/Import", "Personen und Fälle aus Tabellen übernehmen.", null, CaseManager),
        new("Export", "/Fallliste/Export", "Die eigene Fallliste als CSV oder Excel.", null, CaseManager),
        new("Integrationsleistungen", "/Integrationsleistungen", "Integrationsleistungen mit Einwilligung der Person.", null, Immigration),
        new("Datenschutz", "/Datenschutz", "Auskunft, Berichtigung, Löschung, Aufbewahrung.", null, Dpo),
        new("Zugriffsprotokoll", "/Datenschutz/Protokoll", "Wer hat wann was gelesen oder geändert.", null, Dpo),
    ];

    /// <summary>The links of the main navigation for this user (after "Startseite"), hubs in place of crowded areas.</summary>
    public static IReadOnlyList<(string Title, string Href)> MainLinks(ClaimsPrincipal user)
    {
        var mine = Entries.Where(e => e.IsFor(user)).ToList();
        var collapsed = mine.Where(e => e.Hub is not null).GroupBy(e => e.Hub!)
            .Where(g => g.Count() >= CollapseFrom).Select(g => g.Key).ToHashSet();
        var links = new List<(string, string)>();
        var placed = new HashSet<string>();
        foreach (var entry in mine)
        {
            if (entry.Hub is { } hub && collapsed.Contains(hub))
            {
                if (placed.Add(hub)) links.Add((hub, HubNamed(hub).Href));
                continue;
            }
            links.Add((entry.Title, entry.Href));
        }
        return links;
    }

    /// <summary>The entries of one hub this user may open.</summary>
    public static IReadOnlyList<NavigationEntry> OfHub(NavigationHub hub, ClaimsPrincipal user) =>
        Entries.Where(e => e.Hub == hub.Title && e.IsFor(user)).ToList();

    private static NavigationHub HubNamed(string title) => title == Steering.Title ? Steering : Network;
}
