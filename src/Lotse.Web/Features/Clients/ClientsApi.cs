using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Clients;

public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Klient:innen");

        clients.MapPost("/", async (ClientInput input, ClientFile file, CancellationToken ct) =>
                (await file.RegisterAsync(input, ct)).ToHttp(c => Results.Created($"/api/v1/clients/{c.Id}", new { id = c.Id, fileNumber = c.FileNumber, version = c.Version })))
            .WithSummary("Person anlegen (Case Management). Mindestens firstName, lastName, birthDate (JJJJ, JJJJ-MM oder JJJJ-MM-TT).");

        clients.MapGet("/{id:guid}", async (Guid id, ClientQueries queries, Consents.SharedClientView shared, CancellationToken ct) =>
                await queries.GetAsync(id, ct) is { } dto ? Results.Ok(dto)
                : await shared.GetAsync(id, ct) is { } view ? Results.Ok(view)
                : Error.NotFound("Die Person").ToProblem())
            .WithSummary("Personendaten (nur für Berechtigte; jeder Zugriff wird protokolliert). Partnerorganisationen und ABH/EBH erhalten nur die freigegebenen Datenkategorien (visibleCategories; nicht freigegebene Teile sind null).");

        clients.MapPut("/{id:guid}", async (Guid id, ClientInput input, ClientFile file, ClientQueries queries, CancellationToken ct) =>
                (await file.UpdateAsync(id, input, ct)).ToHttp(c => Results.Ok(new { id = c.Id, version = c.Version })))
            .WithSummary("Personendaten ändern; „version“ ist die zuletzt gelesene Version (sonst 409).");

        clients.MapPost("/search", async (ClientSearchInput input, ClientQueries queries, CancellationToken ct) =>
                (await queries.SearchAsync(input, ct)).ToHttp(Results.Ok))
            .WithSummary("Suche nach Name (auch andere Schreibweisen), Geburtsdatum, Aktenzeichen; seitenweise über „after“. POST, damit keine Namen in URLs stehen.");

        clients.MapPost("/duplicate-check", async (DuplicateCheckInput input, DuplicateCheck check, CancellationToken ct) =>
                (await check.FindAsync(input, ct)).ToHttp(Results.Ok))
            .WithSummary("Mögliche Dubletten vor dem Anlegen, beste zuerst: [{clientId, score, reasons}].");
        clients.MapPost("/{id:guid}/merge", async (Guid id, MergeInput input, MergeClients merge, CancellationToken ct) =>
                (await merge.MergeAsync(id, input, ct)).ToHttp(c => Results.Ok(new { id = c.Id, version = c.Version })))
            .WithSummary("Dublette zusammenführen: der angegebene Datensatz (duplicateId) geht vollständig in diesen über und wird entfernt.");
        return api;
    }
}
