using System.Security.Claims;
using Lotse.Web.Infrastructure;

namespace Lotse.Web.Features.Users;

/// <summary>User accounts and security settings: administrators only. Names never travel in URLs.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Benutzerkonten").RequireAuthorization(Policies.Administration);

        group.MapGet("/", async (int? page, int? pageSize, Guid? organisationId, Guid? after, Guid? before, ReadUsers read, CancellationToken ct) =>
                (await read.ListAsync(new UserQuery
                {
                    Page = page ?? 1, PageSize = pageSize ?? UserQuery.DefaultPageSize, OrganisationId = organisationId, After = after, Before = before
                }, ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Benutzerkonten seitenweise, optional nach Organisation gefiltert (Administration). Jedes gelieferte Konto wird im Zugriffsprotokoll vermerkt.")
            .WithDescription("Seitenweise per Cursor: „nextCursor“ der Antwort als „after“ senden, „previousCursor“ als „before“ („page“ ist nur die angezeigte Seitennummer, von der der Cursor stammt).");

        group.MapPost("/search", async (UserQuery query, ReadUsers read, CancellationToken ct) =>
                (await read.ListAsync(query, ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Benutzerkonten suchen (Administration): „text“ im Benutzernamen oder Namen, optional „organisationId“, „pageSize“, Cursor „after“/„before“ (mit „page“ der Seite, von der er stammt). Der Suchbegriff steht im Rumpf, damit keine Namen in URLs gelangen.");

        group.MapGet("/{id:guid}", async (Guid id, ReadUsers read, CancellationToken ct) =>
                (await read.GetAsync(id, ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Ein Benutzerkonto mit Zahl der aktiven Sitzungen (Administration). Der Zugriff wird protokolliert.");

        group.MapPost("/", async (UserInput input, SaveUser save, CancellationToken ct) =>
                (await save.CreateAsync(input, ct)).ToHttp(u => Results.Created($"/api/v1/users/{u.Id}", u)))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Benutzerkonto anlegen (Administration); „password“ ist das Anfangspasswort und muss der Passwortrichtlinie genügen.");

        group.MapPut("/{id:guid}", async (Guid id, UserInput input, ClaimsPrincipal user, SaveUser save, CancellationToken ct) =>
                (await save.UpdateAsync(id, input, ActingUserId(user), ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Benutzerkonto ändern (Administration); „version“ ist der zuletzt gelesene Stand. Deaktivieren beendet sofort alle Sitzungen und Tokens des Kontos.");

        group.MapDelete("/{id:guid}/sessions", async (Guid id, UserAccess access, CancellationToken ct) =>
                (await access.EndSessionsAsync(id, ct)).ToHttp(_ => Results.NoContent()))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Alle Sitzungen und API-Tokens eines Kontos beenden (Administration).");

        group.MapPost("/{id:guid}/password", async (Guid id, PasswordInput input, UserAccess access, CancellationToken ct) =>
                (await access.ResetPasswordAsync(id, input, ct)).ToHttp(_ => Results.NoContent()))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Neues Passwort für ein Konto setzen (Administration); beendet alle Sitzungen und Tokens des Kontos.");

        group.MapPost("/{id:guid}/unlock", async (Guid id, UserAccess access, CancellationToken ct) =>
                (await access.UnlockAsync(id, ct)).ToHttp(_ => Results.NoContent()))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Sperre nach zu vielen Fehlversuchen aufheben (Administration).");

        return api;
    }

    public static RouteGroupBuilder MapSecuritySettingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/security-settings").WithTags("Sicherheitseinstellungen");

        group.MapGet("/", async (SaveSecuritySettings settings, CancellationToken ct) => await settings.GetAsync(ct))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Zwei-Faktor-Pflicht für alle und je Rolle (Administration).");

        group.MapPut("/", async (SecuritySettingsInput input, SaveSecuritySettings settings, CancellationToken ct) =>
                (await settings.UpdateAsync(input, ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Administration)
            .WithSummary("Zwei-Faktor-Pflicht ändern (Administration): „requireTwoFactorForAll“, „rolesRequiringTwoFactor“ (Rollennamen) und „version“ (zuletzt gelesene Version).");

        return api;
    }

    internal static Guid ActingUserId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
