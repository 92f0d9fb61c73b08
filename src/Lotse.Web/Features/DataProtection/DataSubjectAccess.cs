using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.DataProtection;

/// <summary>
/// Who may act on a client's data-protection rights. Builds on <see cref="ClientAccess"/> (what a case manager may
/// read at all) and adds the two rules of this feature; the lead may move them into ClientAccess:
/// <list type="bullet">
/// <item>Auskunft: the data-protection officer for every client; a case manager for a client whose case they manage
/// (or, for a client without any case, one their organisation registered). Others: 403 for roles that never may,
/// 404 for a case manager who cannot see the client at all, 403 for a colleague who sees but does not manage them.</item>
/// <item>Löschanträge, Sperrvermerke, Aufbewahrung: the data-protection officer only (403 for everybody else).</item>
/// </list>
/// </summary>
public sealed class DataSubjectAccess(LotseDbContext db, CurrentUser user, ClientAccess clients)
{
    public bool IsDataProtectionOfficer => user.IsInRole(Roles.DataProtectionOfficer);

    public static Error NotDpo => new(ErrorKind.Forbidden, "Nur die/der Datenschutzbeauftragte bearbeitet Löschanträge, Sperrvermerke und Aufbewahrungsfristen.");

    /// <summary>The rules of this feature in words, rendered into docs/access-rules.md by the unit test AccessRulesDocumentTests.</summary>
    public static readonly IReadOnlyList<ClientAccess.AccessRule> Rules =
    [
        new(Roles.DataProtectionOfficer, "Auskunft (Art. 15 DSGVO, § 83 SGB X) als PDF und JSON", "Für jede Person; die Auskunft selbst wird protokolliert (Export)."),
        new(Roles.CaseManager, "Auskunft (Art. 15 DSGVO, § 83 SGB X) als PDF und JSON", "Nur für eine Person, deren Fall sie/er selbst führt (ohne Fall: von der eigenen Organisation angelegt). Kolleg:innen derselben Organisation 403, andere Organisationen 404."),
        new(Roles.DataProtectionOfficer, "Berichtigungsverlauf lesen", "Für jede Person."),
        new(Roles.CaseManager, "Berichtigungsverlauf lesen", "Wie Personenakte lesen (eigene Organisation); sonst 404."),
        new(Roles.Coordinator, "Berichtigungsverlauf lesen", "Immer (Aufsicht)."),
        new(Roles.DataProtectionOfficer, "Löschanträge erfassen und entscheiden, Sperrvermerke setzen und aufheben, Aufbewahrung (Probelauf und Lauf)", "Immer; alle anderen Rollen 403."),
        new("alle außer Datenschutz", "Auskunft, Löschanträge, Sperrvermerke, Aufbewahrung", "Nie, außer wie oben für das Case Management und die Koordinierende Stelle genannt (403, bzw. 404 wo die Person nicht lesbar ist)."),
    ];

    public async Task<Error?> MayDiscloseAsync(Guid clientId, CancellationToken ct)
    {
        if (IsDataProtectionOfficer)
            return await db.Clients.AnyAsync(c => c.Id == clientId, ct) ? null : Error.NotFound("Die Person");
        if (!user.IsInRole(Roles.CaseManager))
            return new Error(ErrorKind.Forbidden, "Auskunft erteilen die/der Datenschutzbeauftragte und die zuständige Case Manager:in.");
        if (!await clients.ReadableClients().AnyAsync(c => c.Id == clientId, ct)) return Error.NotFound("Die Person");
        var me = user.Id;
        var org = user.OrganisationId;
        var own = await db.Cases.AnyAsync(k => k.ClientId == clientId && k.CaseManagerId == me, ct)
                  || (!await db.Cases.AnyAsync(k => k.ClientId == clientId, ct)
                      && await db.Clients.AnyAsync(c => c.Id == clientId && c.OwnerOrganisationId == org, ct));
        return own ? null : new Error(ErrorKind.Forbidden, "Auskunft erteilt die zuständige Case Manager:in der Person oder die/der Datenschutzbeauftragte.");
    }

    /// <summary>The correction history: whoever may read the client file (case managers), and the DPO.</summary>
    public async Task<Error?> MayReadCorrectionsAsync(Guid clientId, CancellationToken ct)
    {
        if (IsDataProtectionOfficer)
            return await db.Clients.AnyAsync(c => c.Id == clientId, ct) ? null : Error.NotFound("Die Person");
        if (!user.IsInRole(Roles.CaseManager) && !user.IsInRole(Roles.Coordinator))
            return new Error(ErrorKind.Forbidden, "Ihre Rolle sieht keine Berichtigungen von Personendaten.");
        return await clients.ReadableClients().AnyAsync(c => c.Id == clientId, ct) ? null : Error.NotFound("Die Person");
    }

    public async Task<Error?> MayManageAsync(Guid clientId, CancellationToken ct)
    {
        if (!IsDataProtectionOfficer) return NotDpo;
        return await db.Clients.AnyAsync(c => c.Id == clientId, ct) ? null : Error.NotFound("Die Person");
    }
}
