using System.Security.Claims;
using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Lotse.Web.Infrastructure.Sessions;

/// <summary>
/// What one request learns about its user from the session lookup (one query: the session row, the user's
/// active flag, concurrency stamp and 2FA state, and the version of the security settings). Kept in
/// <see cref="HttpContext.Items"/> so the 2FA check of the same request needs no query of its own.
/// </summary>
public sealed record SignedInUserState(Guid UserId, bool IsActive, string? ConcurrencyStamp, bool TwoFactorEnabled, int SettingsVersion)
{
    private static readonly object Key = new();

    public static SignedInUserState? Of(HttpContext? context) =>
        context?.Items.TryGetValue(Key, out var value) == true ? value as SignedInUserState : null;

    public void Remember(HttpContext? context)
    {
        if (context is not null) context.Items[Key] = this;
    }
}

/// <summary>
/// In-memory cache (per app instance) of what is derived from a user's account, roles and the security settings:
/// the claims of an API principal and whether 2FA is required. The key contains the user's concurrency stamp
/// (Identity renews it on every change of the account: roles, name, organisation, activation, 2FA) and the version
/// of the security settings (raised with every change of the 2FA switches), both read with the session on every
/// request; a change therefore misses the cache at once on every instance, and nothing cached can be stale.
/// Sign-out, ending sessions and deactivation are checked against the database on every request (see docs/adr/0002).
/// </summary>
public sealed class SignedInUserCache : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public void Dispose() => cache.Dispose();

    /// <summary>Unused entries leave after this long; a changed account or setting never hits an old entry anyway.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private sealed record Entry(IReadOnlyList<(string Type, string Value)> Claims, bool? TwoFactorRequired);

    private static string KeyOf(SignedInUserState s) => $"lotse-user:{s.UserId:N}:{s.ConcurrencyStamp}:{s.SettingsVersion}";

    /// <summary>The claims of the user's principal (without the session claim), built by <paramref name="create"/> once per account state.</summary>
    public async Task<IReadOnlyList<(string Type, string Value)>> ClaimsAsync(SignedInUserState state, Func<Task<ClaimsPrincipal>> create)
    {
        var key = KeyOf(state) + ":claims";
        if (cache.TryGetValue(key, out IReadOnlyList<(string, string)>? claims) && claims is not null) return claims;
        var principal = await create();
        claims = principal.Claims.Select(c => (c.Type, c.Value)).ToList();
        cache.Set(key, claims, new MemoryCacheEntryOptions { SlidingExpiration = Lifetime, Size = 1 });
        return claims;
    }

    /// <summary>Whether the user must use 2FA, computed by <paramref name="compute"/> once per account and settings state.</summary>
    public async Task<bool> TwoFactorRequiredAsync(SignedInUserState state, Func<Task<bool>> compute)
    {
        var key = KeyOf(state) + ":2fa";
        if (cache.TryGetValue(key, out bool required)) return required;
        required = await compute();
        cache.Set(key, required, new MemoryCacheEntryOptions { SlidingExpiration = Lifetime, Size = 1 });
        return required;
    }

    /// <summary>The state of a user without a session lookup (browser requests whose ticket store did not record it).</summary>
    public static async Task<SignedInUserState?> LoadAsync(LotseDbContext db, Guid userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new SignedInUserState(u.Id, u.IsActive, u.ConcurrencyStamp, u.TwoFactorEnabled,
                db.SecuritySettings.Select(s => s.Version).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
}
