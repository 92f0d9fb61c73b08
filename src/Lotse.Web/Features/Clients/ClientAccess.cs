using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

/// <summary>
/// Who may see and change which client, case and data category: the one place these rules live
/// (docs/access-rules.md is generated from <see cref="Rules"/>). Access is resource-based:
/// role × organisation × participation in the case (case-managing organisation, supervising Koordinierende Stelle,
/// receiving organisation of an active referral) × valid consent × data category.
/// Every client or case query starts from <see cref="ReadableClients"/> / <see cref="ReadableCases"/>,
/// so a handler cannot forget a check; what is not readable does not exist for the caller (404).
/// Revocation or expiry of a consent takes effect at once: the rules are evaluated at every request against the
/// consents as they are now, so nothing released earlier stays visible.
/// </summary>
public sealed class ClientAccess(LotseDbContext db, CurrentUser user, TimeProvider clock)
{
    public static readonly IReadOnlySet<DataCategory> AllCategories = Enum.GetValues<DataCategory>().ToHashSet();
    private static readonly IReadOnlySet<DataCategory> NoCategories = new HashSet<DataCategory>();

    /// <summary>Koordinierende Stelle supervises (reads) every case of the installation.</summary>
    public bool SupervisesAll => user.IsInRole(Roles.Coordinator);

    public bool IsCaseManager => user.IsInRole(Roles.CaseManager);

    /// <summary>Fachkraft einer Partnerorganisation: sees clients referred to the own organisation, within the consent.</summary>
    public bool IsPartner => user.IsInRole(Roles.PartnerCaseworker);

    /// <summary>Ausländer-/Einbürgerungsbehörde: sees clients who consented to share with the own authority.</summary>
    public bool IsImmigrationAuthority => user.IsInRole(Roles.ImmigrationCaseworker);

    public Guid OrganisationId => user.OrganisationId;

    /// <summary>
    /// Clients the current user may read at all (404 otherwise): case managers those their organisation registered
    /// or holds a case for; the Koordinierende Stelle all; a partner caseworker those with an active referral
    /// (sent/accepted/in progress) to the own organisation that shares a category a valid consent still releases
    /// to it; an ABH/EBH caseworker those with a valid consent naming the own authority.
    /// </summary>
    public IQueryable<Client> ReadableClients()
    {
        if (SupervisesAll) return db.Clients;
        var org = user.OrganisationId;
        var (today, health) = (LocalCalendar.Day(clock.GetUtcNow()), DataCategory.Health);
        return Where(
            IsCaseManager ? c => c.OwnerOrganisationId == org || db.Cases.Any(k => k.ClientId == c.Id && k.OrganisationId == org) : null,
            IsPartner ? c => db.Referrals.Any(r => r.ClientId == c.Id && r.ToOrganisationId == org
                    && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)
                    && db.Consents.Any(k => k.ClientId == c.Id && k.RecipientOrganisationIds.Contains(org)
                        && k.RevokedAt == null && k.GivenOn <= today && (k.ValidUntil == null || k.ValidUntil >= today)
                        && k.Categories.Any(cat => r.SharedCategories.Contains(cat) && (cat != health || k.HealthExplicit))))
                : null,
            IsImmigrationAuthority ? c => db.Consents.Any(k => k.ClientId == c.Id && k.RecipientOrganisationIds.Contains(org)
                    && k.RevokedAt == null && k.GivenOn <= today && (k.ValidUntil == null || k.ValidUntil >= today)
                    && k.Categories.Any(cat => cat != health || k.HealthExplicit))
                : null);
    }

    /// <summary>
    /// Clients of which the current user may see <paramref name="category"/> now (search and lists show names and
    /// birth dates, so they use <see cref="DataCategory.IdentityContact"/>).
    /// </summary>
    public IQueryable<Client> ClientsVisibleWith(DataCategory category)
    {
        if (SupervisesAll) return db.Clients;
        var org = user.OrganisationId;
        var today = LocalCalendar.Day(clock.GetUtcNow());
        var needsExplicit = category == DataCategory.Health;
        return Where(
            IsCaseManager ? c => c.OwnerOrganisationId == org || db.Cases.Any(k => k.ClientId == c.Id && k.OrganisationId == org) : null,
            IsPartner ? c => db.Referrals.Any(r => r.ClientId == c.Id && r.ToOrganisationId == org
                    && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)
                    && r.SharedCategories.Contains(category))
                && db.Consents.Any(k => k.ClientId == c.Id && k.RecipientOrganisationIds.Contains(org)
                    && k.RevokedAt == null && k.GivenOn <= today && (k.ValidUntil == null || k.ValidUntil >= today)
                    && k.Categories.Contains(category) && (!needsExplicit || k.HealthExplicit))
                : null,
            IsImmigrationAuthority ? c => db.Consents.Any(k => k.ClientId == c.Id && k.RecipientOrganisationIds.Contains(org)
                    && k.RevokedAt == null && k.GivenOn <= today && (k.ValidUntil == null || k.ValidUntil >= today)
                    && k.Categories.Contains(category) && (!needsExplicit || k.HealthExplicit))
                : null);
    }

    /// <summary>
    /// Clients matching any of the rules that apply to the user's roles (null = the role is not held). Only the rules
    /// that apply reach the SQL, so a case manager's query is exactly the one it always was.
    /// </summary>
    private IQueryable<Client> Where(params System.Linq.Expressions.Expression<Func<Client, bool>>?[] rules)
    {
        var applying = rules.OfType<System.Linq.Expressions.Expression<Func<Client, bool>>>().ToList();
        if (applying.Count == 0) return db.Clients.Where(_ => false);
        var parameter = applying[0].Parameters[0];
        var body = applying.Skip(1).Aggregate(applying[0].Body, (acc, rule) =>
            System.Linq.Expressions.Expression.OrElse(acc, new Rebind(rule.Parameters[0], parameter).Visit(rule.Body)));
        return db.Clients.Where(System.Linq.Expressions.Expression.Lambda<Func<Client, bool>>(body, parameter));
    }

    private sealed class Rebind(System.Linq.Expressions.ParameterExpression from, System.Linq.Expressions.ParameterExpression to) : System.Linq.Expressions.ExpressionVisitor
    {
        protected override System.Linq.Expressions.Expression VisitParameter(System.Linq.Expressions.ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>
    /// Clients whose whole file (every category, cases, consents) the current user reads: the case-managing
    /// organisation's case managers and the Koordinierende Stelle. The full client DTO is built only from these.
    /// </summary>
    public IQueryable<Client> FullyReadableClients()
    {
        if (SupervisesAll) return db.Clients;
        return IsCaseManager ? ClientsOfOwnOrganisation() : db.Clients.Where(_ => false);
    }

    /// <summary>Does the current user see everything of this client (case-managing organisation, Koordinierende Stelle)?</summary>
    public async Task<bool> HasFullAccessAsync(Guid clientId, CancellationToken ct = default)
    {
        if (!SupervisesAll && !IsCaseManager) return false;
        return await FullyReadableClients().AnyAsync(c => c.Id == clientId, ct);
    }

    /// <summary>
    /// The data categories the current user may see of this client right now: all for the case-managing
    /// organisation's case managers and the Koordinierende Stelle; for partners the categories an active referral
    /// to their organisation shares AND a valid consent releases to it; for ABH/EBH what a valid consent releases
    /// to their authority. Empty = the client is not visible (404).
    /// </summary>
    public async Task<IReadOnlySet<DataCategory>> VisibleCategoriesAsync(Guid clientId, CancellationToken ct = default)
    {
        if (await HasFullAccessAsync(clientId, ct)) return AllCategories;
        if (!IsPartner && !IsImmigrationAuthority) return NoCategories;
        var org = user.OrganisationId;
        var consented = await ConsentedCategoriesAsync(clientId, org, ct);
        if (consented.Count == 0) return NoCategories;
        var visible = new HashSet<DataCategory>();
        if (IsImmigrationAuthority) visible.UnionWith(consented);
        if (IsPartner)
        {
            var shared = await db.Referrals.AsNoTracking()
                .Where(r => r.ClientId == clientId && r.ToOrganisationId == org
                    && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress))
                .Select(r => r.SharedCategories).ToListAsync(ct);
            foreach (var categories in shared) visible.UnionWith(categories.Where(consented.Contains));
        }
        return visible;
    }

    /// <summary>Categories a valid consent of this client releases to this organisation now (used when sending a referral).</summary>
    public async Task<IReadOnlySet<DataCategory>> ConsentedCategoriesAsync(Guid clientId, Guid organisationId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var consents = await db.Consents.AsNoTracking()
            .Where(k => k.ClientId == clientId && k.RecipientOrganisationIds.Contains(organisationId) && k.RevokedAt == null)
            .ToListAsync(ct);
        return AllCategories.Where(cat => consents.Any(k => k.Covers(organisationId, cat, now))).ToHashSet();
    }

    /// <summary>
    /// Ids of clients whose whole file the caller reads (<see cref="FullyReadableClients"/>) that carry one of these
    /// phonetic name keys, best first (most keys in common), from the trigger-maintained ClientSearchKeys: a case
    /// manager's lookup is bounded by the organisation's index partition, so a key that a twentieth of the installation
    /// shares costs no more than a rare one. The ids only narrow the search; callers read the clients through
    /// <see cref="FullyReadableClients"/>, which checks each one again.
    /// </summary>
    public IQueryable<Guid> FullyReadableClientIdsWithNameKey(IReadOnlyCollection<string> keys) =>
        (KeyRowsOfFullReader(keys) ?? db.ClientSearchKeys.Where(_ => false))
            .GroupBy(k => k.ClientId)
            .OrderByDescending(g => g.Select(k => k.Key).Distinct().Count()).ThenBy(g => g.Key)
            .Select(g => g.Key);

    /// <summary>
    /// The ClientSearchKeys rows with one of these keys that belong to the caller's full reads: every row for the
    /// Koordinierende Stelle, the own organisation's rows for a case manager; null for everyone else.
    /// </summary>
    private IQueryable<ClientSearchKey>? KeyRowsOfFullReader(IReadOnlyCollection<string> keys)
    {
        if (SupervisesAll) return db.ClientSearchKeys.Where(k => keys.Contains(k.Key));
        if (!IsCaseManager) return null;
        var org = user.OrganisationId;
        return db.ClientSearchKeys.Where(k => k.OrganisationId == org && keys.Contains(k.Key));
    }

    /// <summary>
    /// "The client carries one of these phonetic name keys", answered from ClientSearchKeys, for callers whose visible
    /// clients are exactly those they read in full (case managers, Koordinierende Stelle): an index probe per client
    /// instead of a pattern match on every candidate's key text, and the database can start from the rarest word.
    /// Null for everyone else (partners and ABH/EBH see clients through referrals and consents, which the key table
    /// does not follow); they match <see cref="Client.PhoneticKey"/> instead.
    /// </summary>
    public System.Linq.Expressions.Expression<Func<Client, bool>>? HasNameKey(IReadOnlyCollection<string> keys)
    {
        if (!SupervisesAll && (IsPartner || IsImmigrationAuthority)) return null;
        var rows = KeyRowsOfFullReader(keys);
        return rows is null ? null : c => rows.Any(k => k.ClientId == c.Id);
    }

    /// <summary>Only case managers change client data, and only for clients of their organisation.</summary>
    public IQueryable<Client> EditableClients() => IsCaseManager ? ClientsOfOwnOrganisation() : db.Clients.Where(_ => false);

    /// <summary>Cases (with their notes) are read only by the holding organisation's case managers and the Koordinierende Stelle; partners never see case notes.</summary>
    public IQueryable<Case> ReadableCases()
    {
        if (SupervisesAll) return db.Cases;
        if (!IsCaseManager) return db.Cases.Where(_ => false);
        var org = user.OrganisationId;
        return db.Cases.Where(k => k.OrganisationId == org);
    }

    /// <summary>Case work is done by the case managers of the organisation that holds the case.</summary>
    public IQueryable<Case> EditableCases() => IsCaseManager ? db.Cases.Where(k => k.OrganisationId == user.OrganisationId) : db.Cases.Where(_ => false);

    public bool MayRegisterClients => IsCaseManager;

    /// <summary>Consents are recorded and revoked by the case managers of the client's organisation(s).</summary>
    public IQueryable<Client> ClientsWhoseConsentsMayBeManaged() => EditableClients();

    /// <summary>The consent list (who may see what, and why) is read by those with full access to the client.</summary>
    public async Task<bool> MayReadConsentsAsync(Guid clientId, CancellationToken ct = default) => await HasFullAccessAsync(clientId, ct);

    /// <summary>One organisation's current view of a client and the reasons for it ("Wer darf was sehen – und warum").</summary>
    public sealed record OrganisationAccess(Guid OrganisationId, string OrganisationName, IReadOnlySet<DataCategory> Categories, IReadOnlyList<string> Reasons);

    /// <summary>
    /// For every organisation that may see something of this client now, or holds a consent or an active referral
    /// for it: which categories its staff may see and why. The same rules as <see cref="VisibleCategoriesAsync"/>,
    /// evaluated per organisation and by the roles its staff hold.
    /// </summary>
    public async Task<IReadOnlyList<OrganisationAccess>> WhoMaySeeAsync(Guid clientId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var owner = await db.Clients.Where(c => c.Id == clientId).Select(c => (Guid?)c.OwnerOrganisationId).FirstOrDefaultAsync(ct);
        if (owner is null) return [];
        var caseOrgs = await db.Cases.Where(k => k.ClientId == clientId)
            .Select(k => new { k.OrganisationId, k.Phase }).ToListAsync(ct);
        var consents = (await db.Consents.AsNoTracking().Where(k => k.ClientId == clientId).ToListAsync(ct))
            .Where(k => k.IsValidAt(now)).OrderBy(k => k.GivenOn).ToList();
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.ClientId == clientId
                && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress))
            .Select(r => new { r.ToOrganisationId, r.Service, r.Status, r.SharedCategories, r.SentAt }).ToListAsync(ct);
        var rolesByOrg = (await (from u in db.Users
                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where u.IsActive
                                 select new { u.OrganisationId, r.Name }).Distinct().ToListAsync(ct))
            .GroupBy(x => x.OrganisationId).ToDictionary(g => g.Key, g => g.Select(x => x.Name!).ToHashSet());
        bool Has(Guid org, string role) => rolesByOrg.TryGetValue(org, out var roles) && roles.Contains(role);

        var result = new Dictionary<Guid, (HashSet<DataCategory> Categories, List<string> Reasons)>();
        void Grant(Guid org, IEnumerable<DataCategory> categories, string reason)
        {
            if (!result.TryGetValue(org, out var entry)) result[org] = entry = ([], []);
            entry.Categories.UnionWith(categories);
            entry.Reasons.Add(reason);
        }

        if (Has(owner.Value, Roles.CaseManager)) Grant(owner.Value, AllCategories, "Case Management: hat die Person angelegt");
        foreach (var k in caseOrgs.DistinctBy(k => k.OrganisationId).Where(k => Has(k.OrganisationId, Roles.CaseManager)))
            Grant(k.OrganisationId, AllCategories, k.Phase == CasePhase.Closed ? "Case Management: hat einen (abgeschlossenen) Fall geführt" : "Case Management: führt den Fall");
        foreach (var org in rolesByOrg.Where(x => x.Value.Contains(Roles.Coordinator)).Select(x => x.Key))
            Grant(org, AllCategories, "Koordinierende Stelle: Aufsicht über alle Fälle");

        static string Label(Consent k) => $"Einwilligung vom {k.GivenOn:dd.MM.yyyy}" + (k.ValidUntil is { } u ? $" (gültig bis {u:dd.MM.yyyy})" : "");
        var recipients = consents.SelectMany(k => k.RecipientOrganisationIds).Concat(referrals.Select(r => r.ToOrganisationId)).Distinct();
        foreach (var org in recipients)
        {
            var covering = consents.Where(k => k.RecipientOrganisationIds.Contains(org)).ToList();
            var consented = AllCategories.Where(cat => covering.Any(k => k.Covers(org, cat, now))).ToHashSet();
            if (Has(org, Roles.ImmigrationCaseworker))
                foreach (var k in covering)
                    Grant(org, AllCategories.Where(cat => k.Covers(org, cat, now)), $"{Label(k)} zugunsten der Ausländer-/Einbürgerungsbehörde");
            var toOrg = referrals.Where(r => r.ToOrganisationId == org).ToList();
            if (Has(org, Roles.PartnerCaseworker))
            {
                foreach (var r in toOrg)
                {
                    var shared = r.SharedCategories.Where(consented.Contains).ToList();
                    var under = covering.Where(k => r.SharedCategories.Any(cat => k.Covers(org, cat, now))).Select(Label).ToList();
                    Grant(org, shared, under.Count == 0
                        ? $"Aktive Verweisung „{r.Service}“ – aber keine gültige Einwilligung für die geteilten Daten: keine Einsicht"
                        : $"{string.Join(", ", under)} + aktive Verweisung „{r.Service}“");
                }
                if (toOrg.Count == 0 && covering.Count > 0)
                    Grant(org, [], $"{string.Join(", ", covering.Select(Label))} – noch keine aktive Verweisung: zurzeit keine Einsicht");
            }
            if (!result.ContainsKey(org))
                Grant(org, [], $"{string.Join(", ", covering.Select(Label).DefaultIfEmpty("Aktive Verweisung ohne gültige Einwilligung"))} – keine Fachkraft dieser Stelle hat eine Rolle mit Zugriff");
        }

        var names = await db.Organisations.AsNoTracking().Where(o => result.Keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return result
            .Select(x => new OrganisationAccess(x.Key, names.GetValueOrDefault(x.Key, "unbekannte Organisation"), x.Value.Categories, x.Value.Reasons))
            .OrderByDescending(x => x.Categories.Count).ThenBy(x => x.OrganisationName, StringComparer.Ordinal)
            .ToList();
    }

    private IQueryable<Client> ClientsOfOwnOrganisation()
    {
        var org = user.OrganisationId;
        return db.Clients.Where(c => c.OwnerOrganisationId == org || db.Cases.Any(k => k.ClientId == c.Id && k.OrganisationId == org));
    }

    /// <summary>One line of the generated rule table (docs/access-rules.md).</summary>
    public sealed record AccessRule(string Role, string Operation, string Condition);

    /// <summary>
    /// docs/access-rules.md: one table per rule source (this class; further policy classes such as the referrals'
    /// are added to <paramref name="sources"/>). Generated, never edited by hand: the unit test AccessRulesDocumentTests
    /// fails when the file differs and rewrites it when LOTSE_UPDATE_DOCS=1 is set.
    /// </summary>
    public static string RenderRulesMarkdown(params (string Title, string Source, IReadOnlyList<AccessRule> Rules)[] sources)
    {
        var md = new System.Text.StringBuilder();
        md.Append("# Zugriffsregeln\n\n");
        md.Append("<!-- Generiert aus dem Code (ClientAccess.Rules u. a.) durch tests/Lotse.UnitTests/Consents/AccessRulesDocumentTests.cs.\n");
        md.Append("     Nicht von Hand ändern: LOTSE_UPDATE_DOCS=1 dotnet test tests/Lotse.UnitTests --filter AccessRulesDocument -->\n\n");
        md.Append("Zugriff auf Personendaten ist ressourcenbasiert: Rolle × Organisation × Beteiligung am Fall (fallführende Organisation, ");
        md.Append("aufsichtführende Koordinierende Stelle, empfangende Organisation einer aktiven Verweisung) × gültige Einwilligung × Datenkategorie. ");
        md.Append("Alle Abfragen beginnen bei `ClientAccess.ReadableClients()`/`ReadableCases()`; was nicht lesbar ist, gibt es für die anfragende Person nicht (404).\n\n");
        md.Append("Datenkategorien: ").Append(string.Join(", ", Enum.GetValues<DataCategory>().Select(c => $"{DataCategoryNames.Of(c)} (`{c}`)"))).Append(".\n");
        foreach (var (title, source, rules) in sources)
        {
            md.Append($"\n## {title}\n\nQuelle: `{source}`\n\n");
            md.Append("| Rolle | Vorgang | Bedingung |\n|---|---|---|\n");
            foreach (var r in rules)
                md.Append($"| {(Roles.All.Contains(r.Role) ? $"{Roles.GermanName(r.Role)} (`{r.Role}`)" : r.Role)} | {Cell(r.Operation)} | {Cell(r.Condition)} |\n");
        }
        return md.ToString();
        static string Cell(string s) => s.Replace("|", "\\|");
    }

    /// <summary>
    /// The rules above in words, one per role and operation. Kept beside the code it describes; a unit test renders
    /// docs/access-rules.md from it and fails when the document is out of date.
    /// </summary>
    public static readonly IReadOnlyList<AccessRule> Rules =
    [
        new(Roles.CaseManager, "Personenakte lesen (alle Datenkategorien)", "Die eigene Organisation hat die Person angelegt oder führt einen Fall für sie."),
        new(Roles.CaseManager, "Personendaten ändern, Dubletten zusammenführen", "Wie Lesen: nur Personen der eigenen Organisation."),
        new(Roles.CaseManager, "Person anlegen, importieren, Fallliste exportieren", "Immer (die Fallliste enthält nur Fälle der eigenen Organisation)."),
        new(Roles.CaseManager, "Fall lesen (mit Notizen) und bearbeiten", "Der Fall wird von der eigenen Organisation geführt."),
        new(Roles.CaseManager, "Suche, Dublettenprüfung", "Nur Personen, deren Akte gelesen werden darf."),
        new(Roles.CaseManager, "Einwilligungen lesen, erfassen, widerrufen; „Wer darf was sehen“", "Die eigene Organisation hat die Person angelegt oder führt einen Fall für sie."),
        new(Roles.CaseManager, "Integrationsleistungen erfassen, berichtigen, entfernen (Baustein 3)", "Wie Personendaten ändern: nur Personen der eigenen Organisation; alle anderen Rollen nie (403 bzw. 404)."),
        new(Roles.Coordinator, "Personenakte und Fälle lesen (alle Datenkategorien)", "Immer (Aufsicht der Koordinierenden Stelle); kein Ändern."),
        new(Roles.Coordinator, "Einwilligungen lesen; „Wer darf was sehen“", "Immer; Erfassen und Widerruf nur durch das Case Management."),
        new(Roles.PartnerCaseworker, "Freigegebene Daten einer Person lesen", "Eine aktive Verweisung (versendet, angenommen, in Bearbeitung) an die eigene Organisation teilt die Kategorie UND eine gültige Einwilligung (erteilt, nicht abgelaufen, nicht widerrufen) gibt sie an die eigene Organisation frei; Gesundheitsdaten nur mit ausdrücklicher Einwilligung. Sonst 404."),
        new(Roles.PartnerCaseworker, "Suche", "Nur Personen, deren Personalien nach obiger Regel freigegeben sind."),
        new(Roles.PartnerCaseworker, "Fall, Fallnotizen, Fallliste, Export, Dublettenprüfung, Einwilligungen", "Nie (403 bzw. 404)."),
        new(Roles.ImmigrationCaseworker, "Freigegebene Daten einer Person lesen", "Eine gültige Einwilligung nennt die eigene Behörde als Empfängerin; nur deren Kategorien. Sonst 404."),
        new(Roles.ImmigrationCaseworker, "Suche", "Nur Personen, deren Personalien eine gültige Einwilligung an die eigene Behörde freigibt."),
        new(Roles.ImmigrationCaseworker, "Liste „Integrationsleistungen“ und Integrationsleistungen einer Person lesen (Baustein 3)", "Eine gültige Einwilligung gibt die Integrationsleistungen an die eigene Behörde frei; in der Liste und mit Namen nur, wenn sie auch die Personalien freigibt; den Aufenthaltsverlauf nur, wenn sie auch den Aufenthaltsstatus freigibt. Notizen, Assessment und Ziele nie. Sonst 404."),
        new(Roles.ImmigrationCaseworker, "Statusentscheidung zurückmelden (Baustein 3)", "Wie Lesen der Integrationsleistungen, mit der zuletzt gelesenen Version der Person (sonst 409); die Ausländerbehörde neue Aufenthaltstitel, die Einbürgerungsbehörde nur Einbürgerungen."),
        new(Roles.ImmigrationCaseworker, "Fall, Fallnotizen, Fallliste, Export, Dublettenprüfung, Einwilligungen", "Nie (403 bzw. 404)."),
        new(Roles.Administrator, "Personen, Fälle, Einwilligungen", "Nie (Verwaltung von Konten und Stammdaten ohne Zugriff auf Falldaten)."),
        new(Roles.SteeringGroupMember, "Personen, Fälle, Einwilligungen", "Nie (nur zusammengefasste Auswertungen)."),
        new(Roles.DataProtectionOfficer, "Personen, Fälle, Einwilligungen", "Nie über die Fachseiten; prüft das Zugriffsprotokoll."),
        new("alle", "Widerruf oder Ablauf einer Einwilligung", "Wirkt sofort: ab diesem Moment sieht die empfangende Stelle weder neue noch früher freigegebene Daten unter dieser Einwilligung."),
        new("alle", "Jede Verweigerung", "Antwort 403, oder 404 wo schon die Existenz nicht offenbart werden darf; jede Verweigerung wird protokolliert."),
    ];
}
