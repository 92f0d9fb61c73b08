using System.Security.Claims;
using System.Text.Encodings.Web;
using Lotse.Web.Data;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Infrastructure.Sessions;

/// <summary>
/// Authenticates API requests by an opaque bearer token looked up in the session table, so a token
/// dies the moment its row is deleted (sign-out, deactivation, an administrator ending sessions).
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    LotseDbContext db, IUserClaimsPrincipalFactory<LotseUser> principals, SignedInUserCache cache, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length == 0) return AuthenticateResult.Fail("empty token");

        var hash = SessionService.HashToken(token);
        var now = clock.GetUtcNow();
        // One query per request: the session, its user's state and the settings version. What is derived from them
        // (claims, 2FA requirement) comes from SignedInUserCache, keyed by that state, so a change is seen at once.
        var found = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == hash && s.Kind == SessionKind.ApiToken)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new
            {
                s.ExpiresAt,
                User = new SignedInUserState(u.Id, u.IsActive, u.ConcurrencyStamp, u.TwoFactorEnabled,
                    db.SecuritySettings.Select(x => x.Version).FirstOrDefault())
            })
            .FirstOrDefaultAsync();
        if (found is null || found.ExpiresAt <= now) return AuthenticateResult.Fail("invalid or expired token");
        if (found.User is not { IsActive: true } state) return AuthenticateResult.Fail("inactive user");
        state.Remember(Context);

        var claims = await cache.ClaimsAsync(state, async () =>
        {
            var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == state.UserId);
            return await principals.CreateAsync(user);
        });
        var identity = new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(LotseClaims.Session, hash));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Http.ProblemResponses.WriteAuthProblem(Context, 401);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Http.ProblemResponses.WriteAuthProblem(Context, 403);
}
