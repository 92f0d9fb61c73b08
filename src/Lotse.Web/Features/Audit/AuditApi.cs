using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lotse.Web.Features.Audit;

/// <summary>The audit trail for the data-protection officer. Every other role gets 403. Filters go in the body, never in the URL.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Zugriffsprotokoll")
            .RequireAuthorization(Policies.AuditTrail)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/search", async (
                    [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] AuditSearchRequest? request,
                    SearchAuditTrail search, CancellationToken ct) =>
                (await search.SearchAsync(request ?? new AuditSearchRequest(), ct)).ToHttp(Results.Ok))
            .Produces<AuditSearchResult>()
            .ProducesValidationProblem()
            .WithSummary("Zugriffsprotokoll durchsuchen (Datenschutzbeauftragte:r).")
            .WithDescription("Neueste Einträge zuerst, seitenweise: „pageSize“ 1 bis 200 (Standard 50). Für ältere Einträge " +
                             "„nextCursor“ der Antwort als „afterId“ senden, für neuere „previousCursor“ als „beforeId“. " +
                             "Zeitraum „from“/„to“ als Kalendertage (JJJJ-MM-TT, deutsche Zeit, beide einschließlich). " +
                             "Die Suche wird selbst protokolliert (Lesen, „AuditTrail“/„search“).");

        group.MapPost("/export", async (
                    [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] AuditFilter? filter,
                    ExportAuditTrail export, CancellationToken ct) =>
                (await export.PrepareAsync(filter ?? new AuditFilter(), ct)).ToHttp(e => e.ToResult(ct)))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .WithSummary("Zugriffsprotokoll als CSV herunterladen (Datenschutzbeauftragte:r).")
            .WithDescription("Gleiche Filter wie die Suche. UTF-8 mit BOM, Trennzeichen „;“, Zeitpunkte TT.MM.JJJJ HH:mm:ss in deutscher Zeit; " +
                             "Zellen, die wie eine Formel beginnen, erhalten ein vorangestelltes Apostroph. " +
                             "Der Export wird vor der Übertragung protokolliert (Export, „AuditTrail“/„export“).");

        group.MapPost("/verify", async (VerifyAuditTrail verify, CancellationToken ct) => Results.Ok(await verify.VerifyAsync(ct)))
            .Produces<AuditVerification>()
            .WithSummary("Protokollkette versiegeln und prüfen (Datenschutzbeauftragte:r).")
            .WithDescription("Versiegelt zuerst alle noch offenen Einträge und prüft dann die ganze Hash-Kette. " +
                             "Bei einer Beschädigung nennen „firstBrokenEntryId“ und „firstBrokenSequence“ den ersten betroffenen Eintrag.");

        return api;
    }
}
