using System.Security.Claims;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Identity;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Lotse.Web.Features.Account;

public sealed record TokenRequest(string? UserName, string? Password, string? Totp);
public sealed record TokenResponse(string AccessToken, int ExpiresIn, string TokenType = "Bearer");
public sealed record MeResponse(Guid Id, string UserName, string DisplayName, Guid OrganisationId, IReadOnlyList<string> Roles);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Anmeldung");

        group.MapPost("/token", IssueTokenAsync).AllowAnonymous()
            .WithSummary("Zugriffstoken mit Benutzername, Passwort und ggf. TOTP-Code anfordern.");

        group.MapDelete("/sessions", async (ClaimsPrincipal user, SessionService sessions, AuditLog audit, Data.LotseDbContext db, CancellationToken ct) =>
            {
                var id = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
                audit.Add(AuditOperation.SignOut, nameof(LotseUser), id.ToString());
                await db.SaveChangesAsync(ct);
                await sessions.EndAllAsync(id, ct);
                return Results.NoContent();
            })
            .WithSummary("Abmelden: beendet alle Sitzungen und Tokens der angemeldeten Person.");

        api.MapGet("/me", (ClaimsPrincipal user) => new MeResponse(
                Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), user.Identity!.Name!,
                user.FindFirstValue(LotseClaims.DisplayName) ?? "", Guid.Parse(user.FindFirstValue(LotseClaims.Organisation)!),
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()))
            .WithTags("Anmeldung").WithSummary("Die angemeldete Person.");
        return api;
    }

    private static async Task<IResult> IssueTokenAsync(TokenRequest request, UserManager<LotseUser> users,
        SignInManager<LotseUser> signIn, TwoFactorPolicy twoFactor, SessionService sessions, AuditLog audit,
        Infrastructure.Auditing.AuditActor actor, Data.LotseDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            return Error.Invalid(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) ? ["Bitte geben Sie den Benutzernamen an."] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["Bitte geben Sie das Passwort an."] : []
            }.Where(kv => kv.Value.Length > 0).ToDictionary()).ToProblem();

        var user = await users.FindByNameAsync(request.UserName.Trim());
        if (user is null) return Unauthorized();

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut) return Failed(user, LockedOut());
        if (!check.Succeeded) return Failed(user, Unauthorized());

        if (user.TwoFactorEnabled)
        {
            var code = request.Totp?.Replace(" ", "") ?? "";
            if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
            {
                await users.AccessFailedAsync(user);
                return Failed(user, Results.Problem(statusCode: 401, title: "Zwei-Faktor-Code erforderlich",
                    detail: "Für dieses Konto ist ein gültiger TOTP-Code aus der Authenticator-App nötig (Feld „totp“).",
                    type: ProblemTypes.TwoFactorRequired));
            }
        }
        else if (await twoFactor.IsRequiredForAsync(user.Id, ct))
        {
            return Results.Problem(statusCode: 403, title: "Zwei-Faktor-Authentifizierung erforderlich",
                detail: "Für Ihr Konto ist die Zwei-Faktor-Authentifizierung vorgeschrieben. Richten Sie sie zuerst in der Weboberfläche ein.",
                type: ProblemTypes.TwoFactorRequired);
        }

        var (token, lifetime) = await sessions.IssueApiTokenAsync(user.Id, ct);
        audit.Add(AuditOperation.SignIn, nameof(LotseUser), user.Id.ToString(), userId: user.Id, userName: user.UserName, organisationId: user.OrganisationId);
        await db.SaveChangesAsync(ct);
        return Results.Ok(new TokenResponse(token, (int)lifetime.TotalSeconds));

        IResult Failed(LotseUser u, IResult result)
        {
            audit.Add(AuditOperation.SignInFailed, nameof(LotseUser), u.Id.ToString(), userId: u.Id, userName: u.UserName, organisationId: u.OrganisationId);
            db.SaveChanges();
            return result;
        }
    }

    private static IResult Unauthorized() => Results.Problem(statusCode: 401, title: "Anmeldung fehlgeschlagen",
        detail: "Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert.", type: ProblemTypes.Unauthenticated);

    private static IResult LockedOut() => Results.Problem(statusCode: 401, title: "Konto vorübergehend gesperrt",
        detail: "Nach zu vielen Fehlversuchen ist das Konto vorübergehend gesperrt. Bitte versuchen Sie es später erneut.",
        type: ProblemTypes.LockedOut);
}
