using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Achievements;

/// <summary>
/// Baustein 3's view on the access rules of <see cref="ClientAccess"/>: which clients an Ausländer- or
/// Einbürgerungsbehörde sees (a currently valid consent naming its organisation with the category
/// Integrationsleistungen) and which categories of a client the current user sees.
/// </summary>
public sealed class AchievementAccess(LotseDbContext db, ClientAccess access, CurrentUser user, TimeProvider clock)
{
    public bool IsImmigrationCaseworker => user.IsInRole(Roles.ImmigrationCaseworker);

    /// <summary>The caseworker belongs to the Einbürgerungsbehörde (records naturalisations), not the Ausländerbehörde.</summary>
    public Task<bool> IsNaturalisationAuthorityAsync(CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.Type == OrganisationType.NaturalisationAuthority, ct);

    /// <summary>
    /// Clients the current ABH/EBH user sees in the Baustein-3 list: a consent valid today names the user's organisation
    /// and releases the Integrationsleistungen. Empty for every other role.
    /// </summary>
    public IQueryable<Client> ImmigrationClients()
    {
        if (!IsImmigrationCaseworker) return db.Clients.Where(_ => false);
        var org = user.OrganisationId;
        var category = DataCategory.IntegrationAchievements;
        var now = clock.GetUtcNow();
        var today = LocalCalendar.Day(now);
        // Same rule as Consent.Covers, in SQL: given, not expired, not revoked (a revocation takes effect at once).
        return db.Clients.Where(c => db.Consents.Any(k => k.ClientId == c.Id && k.RecipientOrganisationIds.Contains(org)
            && k.Categories.Contains(category) && k.GivenOn <= today && (k.ValidUntil == null || k.ValidUntil >= today)
            && (k.RevokedAt == null || k.RevokedAt > now)));
    }

    /// <summary>
    /// The data categories of the client the current user may see right now; empty = not visible (404).
    /// Case team (case-managing organisation, Koordinierende Stelle): everything; ABH/EBH: what a valid consent covers.
    /// </summary>
    public async Task<IReadOnlySet<DataCategory>> VisibleCategoriesAsync(Guid clientId, CancellationToken ct)
    {
        if (IsImmigrationCaseworker)
        {
            var now = clock.GetUtcNow();
            var org = user.OrganisationId;
            var consents = await db.Consents.AsNoTracking().Where(k => k.ClientId == clientId).ToListAsync(ct);
            return Enum.GetValues<DataCategory>().Where(cat => consents.Any(k => k.Covers(org, cat, now))).ToHashSet();
        }
        return await access.ReadableClients().AnyAsync(c => c.Id == clientId, ct)
            ? Enum.GetValues<DataCategory>().ToHashSet()
            : new HashSet<DataCategory>();
    }

    /// <summary>The end of the consent that releases the achievements to the user's organisation (null = open-ended).</summary>
    public async Task<DateOnly?> ConsentValidUntilAsync(Guid clientId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var org = user.OrganisationId;
        var consents = await db.Consents.AsNoTracking().Where(k => k.ClientId == clientId).ToListAsync(ct);
        var covering = consents.Where(k => k.Covers(org, DataCategory.IntegrationAchievements, now)).ToList();
        return covering.Count == 0 || covering.Any(k => k.ValidUntil is null) ? null : covering.Max(k => k.ValidUntil);
    }
}
