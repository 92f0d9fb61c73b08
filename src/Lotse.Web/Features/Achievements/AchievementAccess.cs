using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Achievements;

/// <summary>
/// Baustein 3's questions to the access rules of <see cref="ClientAccess"/> (the one place they live): which clients an
/// Ausländer- or Einbürgerungsbehörde sees in its list, and which categories of a client the current user sees.
/// </summary>
public sealed class AchievementAccess(LotseDbContext db, ClientAccess access, CurrentUser user, TimeProvider clock)
{
    public bool IsImmigrationCaseworker => access.IsImmigrationAuthority;

    /// <summary>The caseworker belongs to the Einbürgerungsbehörde (records naturalisations), not the Ausländerbehörde.</summary>
    public Task<bool> IsNaturalisationAuthorityAsync(CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.Type == OrganisationType.NaturalisationAuthority, ct);

    /// <summary>
    /// Clients in the ABH/EBH list: a consent valid now names the user's authority and releases the
    /// Integrationsleistungen. Empty for every other role (they read achievements on the client page).
    /// </summary>
    public IQueryable<Client> ImmigrationClients() => IsImmigrationCaseworker
        ? access.ClientsVisibleWith(DataCategory.IntegrationAchievements)
        : db.Clients.Where(_ => false);

    /// <summary>
    /// The list and its search show names and birth dates, so they hold only clients whose consent releases the
    /// Personalien to the authority as well (as every search in Lotse does).
    /// </summary>
    public IQueryable<Client> ListedImmigrationClients()
    {
        if (!IsImmigrationCaseworker) return db.Clients.Where(_ => false);
        var identified = access.ClientsVisibleWith(DataCategory.IdentityContact);
        return ImmigrationClients().Where(c => identified.Any(i => i.Id == c.Id));
    }

    /// <summary>The data categories of the client the current user may see right now; empty = not visible (404).</summary>
    public Task<IReadOnlySet<DataCategory>> VisibleCategoriesAsync(Guid clientId, CancellationToken ct) =>
        access.VisibleCategoriesAsync(clientId, ct);

    /// <summary>The end of the consent that releases the achievements to the user's organisation (null = open-ended).</summary>
    public async Task<DateOnly?> ConsentValidUntilAsync(Guid clientId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var org = user.OrganisationId;
        var consents = await db.Consents.AsNoTracking().Where(k => k.ClientId == clientId && k.RecipientOrganisationIds.Contains(org)).ToListAsync(ct);
        var covering = consents.Where(k => k.Covers(org, DataCategory.IntegrationAchievements, now)).ToList();
        return covering.Count == 0 || covering.Any(k => k.ValidUntil is null) ? null : covering.Max(k => k.ValidUntil);
    }
}
