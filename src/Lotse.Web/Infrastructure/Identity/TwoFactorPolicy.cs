using Lotse.Web.Data;
using Lotse.Web.Domain;
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

    public async Task InvokeAsync(HttpContext context, TwoFactorPolicy policy, LotseDbContext db)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p))
            && Guid.TryParse(user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var userId)
            && await policy.IsRequiredForAsync(userId, context.RequestAborted)
            && !await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, context.RequestAborted))
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
}
