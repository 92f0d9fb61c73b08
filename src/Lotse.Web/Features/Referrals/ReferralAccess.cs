using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// Who may see and act on which referral — part of the access rules (docs/access-rules.md):
/// <list type="bullet">
/// <item>Case managers of the organisation that holds the case: see and act on (create, send, cancel, feedback) its referrals.</item>
/// <item>Koordinierende Stelle: reads every referral, changes none.</item>
/// <item>Caseworkers of the receiving organisation (PartnerCaseworker, ImmigrationCaseworker): see referrals addressed to
/// their organisation once sent (never drafts) and act on them (accept, reject, first appointment, feedback, complete).</item>
/// <item>Everybody else: nothing. A referral the caller may not see does not exist for them (404).</item>
/// </list>
/// Every query starts from <see cref="Readable"/>; what it does not return is 404. Denials are audited.
/// </summary>
public sealed class ReferralAccess(LotseDbContext db, CurrentUser user, AuditLog audit)
{
    public bool IsCoordinator => user.IsInRole(Roles.Coordinator);
    public bool IsCaseManager => user.IsInRole(Roles.CaseManager);
    public bool IsReceiverRole => user.IsInRole(Roles.PartnerCaseworker) || user.IsInRole(Roles.ImmigrationCaseworker);
    public Guid OrganisationId => user.OrganisationId;
    public Guid UserId => user.Id;

    /// <summary>Referrals the caller may read.</summary>
    public IQueryable<Referral> Readable()
    {
        if (IsCoordinator) return db.Referrals;
        var org = user.OrganisationId;
        var asSender = IsCaseManager;
        var asReceiver = IsReceiverRole;
        if (!asSender && !asReceiver) return db.Referrals.Where(_ => false);
        return db.Referrals.Where(r =>
            (asSender && db.Cases.Any(c => c.Id == r.CaseId && c.OrganisationId == org))
            || (asReceiver && r.ToOrganisationId == org && r.Status != ReferralStatus.Draft));
    }

    /// <summary>Referrals addressed to the caller's organisation (the inbox); empty for other roles.</summary>
    public IQueryable<Referral> Inbox()
    {
        if (!IsReceiverRole) return db.Referrals.Where(_ => false);
        var org = user.OrganisationId;
        return db.Referrals.Where(r => r.ToOrganisationId == org && r.Status != ReferralStatus.Draft);
    }

    /// <summary>Referrals of the cases of the caller's organisation (case managers); empty for other roles.</summary>
    public IQueryable<Referral> Sent()
    {
        if (!IsCaseManager) return db.Referrals.Where(_ => false);
        var org = user.OrganisationId;
        return db.Referrals.Where(r => db.Cases.Any(c => c.Id == r.CaseId && c.OrganisationId == org));
    }

    /// <summary>The sending side: a case manager of the organisation that holds the case (checked by the caller's query).</summary>
    public bool MayActAsSender(Referral r, Guid caseOrganisationId) => IsCaseManager && caseOrganisationId == user.OrganisationId;

    /// <summary>The receiving side: a caseworker of the receiving organisation, on a referral that was sent.</summary>
    public bool MayActAsReceiver(Referral r) =>
        IsReceiverRole && r.ToOrganisationId == user.OrganisationId && r.Status != ReferralStatus.Draft;

    /// <summary>
    /// The rules above in words (role × operation × condition), rendered into docs/access-rules.md by the unit test
    /// AccessRulesDocumentTests. Keep in step with <see cref="Readable"/>, <see cref="MayActAsSender"/> and <see cref="MayActAsReceiver"/>.
    /// </summary>
    public static readonly IReadOnlyList<ClientAccess.AccessRule> Rules =
    [
        new(Roles.CaseManager, "Verweisung anlegen (Entwurf)", "Der Fall wird von der eigenen Organisation geführt und ist in der Phase Linking, Monitoring oder Evaluation."),
        new(Roles.CaseManager, "Verweisung versenden", "Wie Anlegen; jede weitergegebene Datenkategorie muss durch eine gültige Einwilligung an die empfangende Organisation gedeckt sein (sonst 400 mit den fehlenden Kategorien); Gesundheitsdaten nur mit ausdrücklicher Einwilligung."),
        new(Roles.CaseManager, "Verweisungen lesen, stornieren, Rückmeldung schreiben, Ergebnis als gesehen markieren", "Der Fall der Verweisung wird von der eigenen Organisation geführt; alle Datenkategorien."),
        new(Roles.Coordinator, "Verweisungen lesen", "Immer (Aufsicht der Koordinierenden Stelle); kein Anlegen, Versenden oder Bearbeiten (403)."),
        new(Roles.PartnerCaseworker, "Posteingang, Verweisung lesen", "Die Verweisung ist an die eigene Organisation gerichtet und versendet (nie Entwürfe); von der Person nur die geteilten Kategorien, die eine gültige Einwilligung an die eigene Organisation freigibt, und nur solange die Verweisung aktiv ist. Sonst 404."),
        new(Roles.PartnerCaseworker, "Annehmen, ablehnen, Ersttermin erfassen, Rückmeldung schreiben, abschließen", "Wie Lesen: versendete Verweisung an die eigene Organisation; Zustandswechsel nur in der vorgesehenen Reihenfolge (sonst 409)."),
        new(Roles.ImmigrationCaseworker, "Posteingang, Verweisung lesen und bearbeiten", "Wie Fachkraft Partnerorganisation: nur versendete Verweisungen an die eigene Behörde, nur freigegebene Kategorien."),
        new(Roles.Administrator, "Verweisungen", "Nie (404 bzw. 403)."),
        new(Roles.SteeringGroupMember, "Verweisungen", "Nie; nur Durchlaufzeiten."),
        new(Roles.DataProtectionOfficer, "Verweisungen", "Nie über die Fachseiten; in der Auskunft der Person enthalten."),
        new("alle", "Durchlaufzeiten je Organisation und Leistung", "Ohne Personenbezug; außerhalb der Koordinierenden Stelle werden Gruppen mit weniger als 5 Verweisungen nur als „< 5“ gezeigt."),
        new("alle", "Verweigerter Zugriff auf eine Verweisung", "403 oder 404 (wo die Existenz nicht offenbart werden darf); jede Verweigerung wird protokolliert."),
    ];

    /// <summary>Records a refused access (403/404) to a referral at once (<see cref="AuditOperation.Denied"/>) and returns the error.</summary>
    public async Task<Error> DenyAsync(Error error, Guid? referralId, string operation, CancellationToken ct)
    {
        await audit.DeniedAsync("Referral", referralId?.ToString() ?? "-",
            $"Zugriff verweigert ({(error.Kind == ErrorKind.NotFound ? "404" : "403")}): {operation}", ct);
        return error;
    }
}
