using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Infrastructure;

namespace Lotse.Web.Features.Clients;

/// <summary>
/// Who may see and change which client and case: the one place these rules live (docs/access-rules.md).
/// Every client or case query starts from <see cref="ReadableClients"/> / <see cref="ReadableCases"/>,
/// so a handler cannot forget a check; what is not readable does not exist for the caller (404).
/// </summary>
public sealed class ClientAccess(LotseDbContext db, CurrentUser user)
{
    /// <summary>Koordinierende Stelle supervises (reads) every case of the installation.</summary>
    public bool SupervisesAll => user.IsInRole(Roles.Coordinator);

    public bool IsCaseManager => user.IsInRole(Roles.CaseManager);

    /// <summary>Case managers read clients their organisation registered or has a case for.</summary>
    public IQueryable<Client> ReadableClients()
    {
        if (SupervisesAll) return db.Clients;
        if (!IsCaseManager) return db.Clients.Where(_ => false);
        var org = user.OrganisationId;
        return db.Clients.Where(c => c.OwnerOrganisationId == org || db.Cases.Any(k => k.ClientId == c.Id && k.OrganisationId == org));
    }

    /// <summary>
    /// The same clients as <see cref="ReadableClients"/>, written so the database starts from the caller's organisation
    /// (owner index ∪ the organisation's cases) and only then looks at each client: for queries whose other condition
    /// matches a large part of the installation (a common name key), the organisation is the selective part. The
    /// Koordinierende Stelle reads everything, so for it this is <see cref="ReadableClients"/>.
    /// </summary>
    public IQueryable<Client> ReadableClientsFromOrganisation()
    {
        if (SupervisesAll || !IsCaseManager) return ReadableClients();
        var org = user.OrganisationId;
        var ids = db.Clients.Where(c => c.OwnerOrganisationId == org).Select(c => c.Id)
            .Union(db.Cases.Where(k => k.OrganisationId == org).Select(k => k.ClientId));
        return db.Clients.Where(c => ids.Contains(c.Id));
    }

    /// <summary>Only case managers change client data, and only for clients of their organisation.</summary>
    public IQueryable<Client> EditableClients() => IsCaseManager ? ReadableClientsOfOwnOrganisation() : db.Clients.Where(_ => false);

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

    private IQueryable<Client> ReadableClientsOfOwnOrganisation()
    {
        var org = user.OrganisationId;
        return db.Clients.Where(c => c.OwnerOrganisationId == org || db.Cases.Any(k => k.ClientId == c.Id && k.OrganisationId == org));
    }
}
