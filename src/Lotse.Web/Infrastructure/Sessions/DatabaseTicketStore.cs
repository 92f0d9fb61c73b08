using System.Security.Cryptography;
using Lotse.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Infrastructure.Sessions;

/// <summary>
/// Keeps browser sessions in the database: the cookie holds only a random key. Every app instance
/// sees the same rows, so ending a user's sessions takes effect everywhere on the next request.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IOptions<LotseSessionOptions> options, TimeProvider clock, IHttpContextAccessor http) : ITicketStore
{
    private static readonly TicketSerializer Serializer = TicketSerializer.Default;

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Id = key,
            UserId = UserIdOf(ticket),
            Kind = SessionKind.Browser,
            Ticket = Serializer.Serialize(ticket),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.AbsoluteLifetime
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var session = await db.UserSessions.FindAsync(key);
        if (session is null) return; // ended meanwhile: stays ended
        session.Ticket = Serializer.Serialize(ticket);
        session.LastSeenAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        // Like an API token, a browser session dies with the deactivation of its user.
        var found = await db.UserSessions
            .Where(s => s.Id == key && s.Kind == SessionKind.Browser)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new
            {
                Session = s,
                // With the user's state and the settings version the 2FA check of this request needs no query of its own.
                User = new SignedInUserState(u.Id, u.IsActive, u.ConcurrencyStamp, u.TwoFactorEnabled,
                    db.SecuritySettings.Select(x => x.Version).FirstOrDefault())
            })
            .FirstOrDefaultAsync();
        var session = found?.Session;
        if (session?.Ticket is null) return null;

        var now = clock.GetUtcNow();
        if (found!.User is not { IsActive: true } || now >= session.ExpiresAt || now - session.LastSeenAt >= options.Value.IdleTimeout)
        {
            db.UserSessions.Remove(session);
            await db.SaveChangesAsync();
            return null;
        }
        // Record activity at most once a minute, not on every request.
        if (now - session.LastSeenAt > TimeSpan.FromMinutes(1))
        {
            session.LastSeenAt = now;
            await db.SaveChangesAsync();
        }
        found.User.Remember(http.HttpContext);
        return Serializer.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private static Guid UserIdOf(AuthenticationTicket ticket) =>
        Guid.Parse(ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);
}

/// <summary>Hands the ticket store to the Identity application cookie.</summary>
public sealed class UseDatabaseTicketStore(DatabaseTicketStore store, IOptions<LotseSessionOptions> sessions)
    : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme) return;
        options.SessionStore = store;
        options.ExpireTimeSpan = sessions.Value.IdleTimeout;
        options.SlidingExpiration = true;
    }
}
