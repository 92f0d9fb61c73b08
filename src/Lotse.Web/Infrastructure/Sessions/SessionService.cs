using System.Security.Cryptography;
using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Infrastructure.Sessions;

/// <summary>Issues API tokens and ends sessions.</summary>
public sealed class SessionService(LotseDbContext db, IOptions<LotseSessionOptions> options, TimeProvider clock)
{
    public async Task<(string Token, TimeSpan Lifetime)> IssueApiTokenAsync(Guid userId, CancellationToken ct)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var lifetime = options.Value.ApiTokenLifetime;
        db.UserSessions.Add(new UserSession
        {
            Id = HashToken(token),
            UserId = userId,
            Kind = SessionKind.ApiToken,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + lifetime
        });
        await db.SaveChangesAsync(ct);
        return (token, lifetime);
    }

    /// <summary>Ends every browser session and API token of the user, on all instances.</summary>
    public Task<int> EndAllAsync(Guid userId, CancellationToken ct) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    public Task<int> CountActiveAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.UserSessions.CountAsync(s => s.UserId == userId && s.ExpiresAt > now, ct);
    }

    /// <summary>Removes expired rows; called by the housekeeping job.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.UserSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
