using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Referrals;
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

    /// <summary>Records a refused access (403/404) to a referral at once (<see cref="AuditOperation.Denied"/>) and returns the error.</summary>
    public async Task<Error> DenyAsync(Error error, Guid? referralId, string operation, CancellationToken ct)
    {
        await audit.DeniedAsync("Referral", referralId?.ToString() ?? "-",
            $"Zugriff verweigert ({(error.Kind == ErrorKind.NotFound ? "404" : "403")}): {operation}", ct);
        return error;
    }
}
