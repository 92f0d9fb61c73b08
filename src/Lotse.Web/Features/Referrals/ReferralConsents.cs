using Lotse.Web.Data;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// Which categories a valid consent of a client releases to an organisation right now (<see cref="Consent.Covers"/>),
/// and so which shared categories of a referral the receiver may still see. Revocation or expiry takes effect at the
/// next request: nothing is cached.
/// </summary>
public sealed class ReferralConsents(LotseDbContext db, ClientAccess access, TimeProvider clock)
{
    /// <summary>The access rules' own answer (<see cref="ClientAccess.ConsentedCategoriesAsync"/>).</summary>
    public Task<IReadOnlySet<DataCategory>> ConsentedCategoriesAsync(Guid clientId, Guid organisationId, CancellationToken ct) =>
        access.ConsentedCategoriesAsync(clientId, organisationId, ct);

    /// <summary>
    /// What the caller, on the receiving side, may see of the client of this referral: the access rules' visible
    /// categories (partners: shared by an active referral ∩ consented) limited to what THIS referral shares.
    /// </summary>
    public async Task<IReadOnlySet<DataCategory>> VisibleForReceiverAsync(Domain.Referrals.Referral r, CancellationToken ct) =>
        Visible(r.SharedCategories, await access.VisibleCategoriesAsync(r.ClientId, ct));

    /// <summary>For a page of referrals: consented categories per client for one receiving organisation (same rule as <see cref="ClientAccess.ConsentedCategoriesAsync"/>, one query).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlySet<DataCategory>>> ConsentedCategoriesAsync(
        IReadOnlyCollection<Guid> clientIds, Guid organisationId, CancellationToken ct)
    {
        var ids = clientIds.Distinct().ToList();
        var consents = await db.Consents.AsNoTracking().Where(c => ids.Contains(c.ClientId) && c.RevokedAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return ids.ToDictionary(id => id, IReadOnlySet<DataCategory> (id) => Enum.GetValues<DataCategory>()
            .Where(cat => consents.Any(c => c.ClientId == id && c.Covers(organisationId, cat, now)))
            .ToHashSet());
    }

    /// <summary>The shared categories the receiver may see now: shared ∩ consent-covered.</summary>
    public static IReadOnlySet<DataCategory> Visible(IEnumerable<DataCategory> shared, IReadOnlySet<DataCategory> consented) =>
        shared.Where(consented.Contains).ToHashSet();
}
