using System.Globalization;
using Lotse.Web.Features.Import.Parsing;
using Lotse.Web.Features.Network;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.StaffPlanning;

public static class StaffPlanningApi
{
    public static RouteGroupBuilder MapStaffPlanningApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/staff-planning").WithTags("Stellenplanung")
            .RequireAuthorization(new AuthorizeAttribute { Roles = NetworkRoles.Coordination });

        group.MapGet("/", async (StaffPlans plans, CancellationToken ct) =>
                await plans.CurrentAsync(ct) is { } plan ? Results.Ok(plan) : Error.NotFound("Eine Stellenplanung").ToProblem())
            .WithSummary("Die aktuelle Stellenplanung: VZÄ je Regionalbereich und Vergleich mit den aktiven Fällen.");

        group.MapPost("/import", async (HttpRequest request, StaffPlans plans, CancellationToken ct) =>
            {
                var (content, name, error) = await Uploads.ReadFileAsync(request, ImportLimits.MaxFileBytes, ImportLimits.MaxFileText, ct);
                if (error is not null) return error.ToProblem();
                var form = await request.ReadFormAsync(ct);
                var parameters = new StaffPlanParameters
                {
                    TargetRatio = int.TryParse(form["targetRatio"], NumberStyles.None, CultureInfo.InvariantCulture, out var ratio) ? ratio
                        : string.IsNullOrEmpty(form["targetRatio"]) ? 100 : -1,
                    AvailableFte = decimal.TryParse(form["availableFte"].ToString().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fte) ? fte : null,
                };
                return (await plans.ImportAsync(name, content!, parameters, ct)).ToHttp(p => Results.Created("/api/v1/staff-planning", p));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Uploads.RequestLimit(ImportLimits.MaxFileBytes)))
            .WithSummary("Zuwanderungszahlen je Kommune importieren (multipart: „file“ CSV/XLSX mit Spalte „Kommune“ und je Kategorie einer Spalte, „targetRatio“ (Standard 100), „availableFte“).")
            .WithDescription("Alles oder nichts: unbekannte Kommunen oder ungültige Zahlen werden mit Zeile und Grund gemeldet, dann wird nichts gespeichert.");

        group.MapPut("/parameters", async (StaffPlanParameters parameters, StaffPlans plans, CancellationToken ct) =>
                (await plans.UpdateParametersAsync(parameters, ct)).ToHttp(Results.Ok))
            .WithSummary("Betreuungsschlüssel und verfügbare VZÄ der aktuellen Planung ändern; „version“ ist die zuletzt gelesene Version.");
        return api;
    }
}
