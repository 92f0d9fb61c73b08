using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Infrastructure.Identity;

/// <summary>Decides whether a user must use two-factor authentication (for all, or by role).</summary>
public sealed class TwoFactorPolicy(LotseDbContext db)
{
    public async Task<bool> IsRequiredForAsync(Guid userId, CancellationToken ct = default)
    {
        if (await db.SecuritySettings.AnyAsync(s => s.RequireTwoFactorForAll, ct)) return true;
        return await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r)
            .AnyAsync(r => r.RequiresTwoFactor, ct);
    }
}

/// <summary>
/// Sends a signed-in browser user who must use two-factor authentication but has not set it up to
/// the set-up page; nothing else is reachable until it is done. API requests get 403 instead.
/// </summary>
public sealed class RequireTwoFactorSetupMiddleware(RequestDelegate next)
{
    private static readonly string[] Allowed = ["/Konto/Zwei-Faktor", "/Abmelden", "/health", "/css", "/js", "/lib", "/favicon"];

    public async Task InvokeAsync(HttpContext context, TwoFactorPolicy policy, LotseDbContext db, SignedInUserCache cache)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p))
            && Guid.TryParse(user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var userId)
            && await MustSetUpAsync(context, userId, policy, db, cache))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(statusCode: 403, title: "Zwei-Faktor-Authentifizierung erforderlich",
                    detail: "Für Ihr Konto ist die Zwei-Faktor-Authentifizierung vorgeschrieben. Richten Sie sie zuerst in der Weboberfläche ein.",
                    type: Http.ProblemTypes.TwoFactorRequired).ExecuteAsync(context);
                return;
            }
            context.Response.Redirect("/Konto/Zwei-Faktor");
            return;
        }
        await next(context);
    }

    /// <summary>
    /// Required but not enabled. The user's state comes from the session lookup of this request (or one query), the
    /// requirement from <see cref="SignedInUserCache"/>, keyed by that state: no further query on most requests.
    /// </summary>
    private static async Task<bool> MustSetUpAsync(HttpContext context, Guid userId, TwoFactorPolicy policy, LotseDbContext db, SignedInUserCache cache)
    {
        var state = SignedInUserState.Of(context) is { } known && known.UserId == userId
            ? known
            : await SignedInUserCache.LoadAsync(db, userId, context.RequestAborted);
        if (state is null || state.TwoFactorEnabled) return false;
        return await cache.TwoFactorRequiredAsync(state, () => policy.IsRequiredForAsync(userId, context.RequestAborted));
    }
}
