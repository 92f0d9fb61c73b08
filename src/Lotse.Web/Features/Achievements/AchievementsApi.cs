using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Achievements;

public static class AchievementsApi
{
    public static RouteGroupBuilder MapAchievementsApi(this RouteGroupBuilder api)
    {
        var achievements = api.MapGroup("/clients/{id:guid}/achievements").WithTags("Integrationsleistungen");

        achievements.MapGet("/", async (Guid id, AchievementRecords records, CancellationToken ct) =>
                await records.ForClientAsync(id, ct) is { } list ? Results.Ok(list) : Error.NotFound("Die Person").ToProblem())
            .WithSummary("Integrationsleistungen der Person, neueste zuerst (Case Management und Koordinierende Stelle; jeder Zugriff wird protokolliert).");

        achievements.MapPost("/", async (Guid id, AchievementInput input, AchievementRecords records, CancellationToken ct) =>
                (await records.AddAsync(id, input, ct)).ToHttp(a =>
                    Results.Created($"/api/v1/clients/{id}/achievements/{a.Id}", AchievementDto.Of(a))))
            .WithSummary("Integrationsleistung erfassen (Case Management der betreuenden Organisation). „kind“ bestimmt die Pflichtfelder.");

        achievements.MapPut("/{achievementId:guid}", async (Guid id, Guid achievementId, AchievementInput input, AchievementRecords records, CancellationToken ct) =>
                (await records.UpdateAsync(id, achievementId, input, ct)).ToHttp(a => Results.Ok(AchievementDto.Of(a))))
            .WithSummary("Integrationsleistung berichtigen; „version“ ist die zuletzt gelesene Version (sonst 409).");

        achievements.MapDelete("/{achievementId:guid}", async (Guid id, Guid achievementId, int? version, AchievementRecords records, CancellationToken ct) =>
                (await records.RemoveAsync(id, achievementId, version, ct)).ToHttp(_ => Results.NoContent()))
            .WithSummary("Irrtümlich erfasste Integrationsleistung entfernen (?version=…, sonst 409).");

        var authority = api.MapGroup("/immigration/clients").WithTags("Ausländer-/Einbürgerungsbehörde");

        authority.MapPost("/search", async (ImmigrationSearchInput input, ImmigrationView view, CancellationToken ct) =>
                (await view.SearchAsync(input, ct)).ToHttp(Results.Ok))
            .WithSummary("Personen, die in die Weitergabe ihrer Integrationsleistungen an diese Behörde eingewilligt haben; Suche nach Name oder Aktenzeichen, seitenweise über „after“.");

        authority.MapGet("/{id:guid}", async (Guid id, ImmigrationView view, CancellationToken ct) =>
                await view.GetAsync(id, ct) is { } facts ? Results.Ok(facts) : Error.NotFound("Die Person").ToProblem())
            .WithSummary("Integrationsleistungen und (soweit eingewilligt) Aufenthaltsverlauf der Person — nichts sonst.");

        authority.MapPost("/{id:guid}/decisions", async (Guid id, ResidenceDecisionInput input, ImmigrationView view, CancellationToken ct) =>
                (await view.RecordDecisionAsync(id, input, ct)).ToHttp(s => Results.Created($"/api/v1/immigration/clients/{id}",
                    new Clients.ResidenceStatusDto(s.Id, s.Type, Clients.ClientNames.Of(s.Type), s.LegalBasis, s.IssuedOn, s.ValidUntil, s.Source))))
            .WithSummary("Statusentscheidung zurückmelden (neuer Aufenthaltstitel oder Einbürgerung); „version“ ist die Version der Person (sonst 409).");
        return api;
    }
}
