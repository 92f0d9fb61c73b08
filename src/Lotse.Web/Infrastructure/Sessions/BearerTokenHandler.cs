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
    LotseDbContext db, IUserClaimsPrincipalFactory<LotseUser> principals, TimeProvider clock)
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
        var session = await db.UserSessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == hash && s.Kind == SessionKind.ApiToken);
        if (session is null || session.ExpiresAt <= now) return AuthenticateResult.Fail("invalid or expired token");

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == session.UserId);
        if (user is null || !user.IsActive) return AuthenticateResult.Fail("inactive user");

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(LotseClaims.Session, hash));
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
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
