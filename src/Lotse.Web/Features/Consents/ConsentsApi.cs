using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Consents;

public static class ConsentsApi
{
    public static RouteGroupBuilder MapConsentsApi(this RouteGroupBuilder api)
    {
        var perClient = api.MapGroup("/clients/{id:guid}").WithTags("Einwilligungen");
        perClient.MapGet("/consents", async (Guid id, ConsentQueries queries, CancellationToken ct) =>
                (await queries.ListAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Einwilligungen einer Person mit Status (gültig, abgelaufen, widerrufen, noch nicht gültig); Case Management und Koordinierende Stelle.");
        perClient.MapPost("/consents", async (Guid id, ConsentInput input, ConsentCommands commands, ConsentQueries queries, CancellationToken ct) =>
                (await commands.RecordAsync(id, input, ct)).ToHttp(k => Results.Created($"/api/v1/consents/{k.Id}", new { id = k.Id, version = k.Version })))
            .WithSummary("Einwilligung erfassen: recipientOrganisationIds, categories, purpose, givenOn, form (SignedPaper|Electronic), validUntil, healthExplicit (Pflicht bei Health), guardianName (Pflicht unter 15 Jahren).");
        perClient.MapGet("/access", async (Guid id, ConsentQueries queries, CancellationToken ct) =>
                (await queries.WhoMaySeeAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Wer darf was sehen – und warum: je Organisation die zurzeit sichtbaren Datenkategorien und die Gründe.");

        var consents = api.MapGroup("/consents").WithTags("Einwilligungen");
        consents.MapGet("/{id:guid}", async (Guid id, ConsentQueries queries, CancellationToken ct) =>
                (await queries.GetAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Eine Einwilligung mit Status und, nach einem Widerruf, den bis dahin übermittelten Verweisungen.");
        consents.MapPost("/{id:guid}/revocation", async (Guid id, RevocationInput input, ConsentCommands commands, ConsentQueries queries, CancellationToken ct) =>
            {
                var revoked = await commands.RevokeAsync(id, input, ct);
                if (!revoked.IsSuccess) return revoked.Error!.ToProblem();
                return (await queries.GetAsync(id, ct)).ToHttp(Results.Ok);
            })
            .WithSummary("Widerruf mit sofortiger Wirkung; „version“ ist die zuletzt gelesene Version (sonst 409). Die Antwort nennt, was bis dahin übermittelt war.");
        consents.MapGet("/{id:guid}/form.pdf", async (Guid id, string? lang, ConsentForms forms, HttpContext http, CancellationToken ct) =>
            {
                if (ConsentFormTexts.For(lang) is not { } texts)
                    return Error.Invalid("lang", $"Diese Sprache ist nicht verfügbar. Verfügbar: {string.Join(", ", ConsentFormTexts.AvailableLanguages)}.").ToProblem();
                if (!ConsentFormPdf.CanRender(texts))
                    return Error.Invalid("lang", "In dieser Sprache (Schrift von rechts nach links) gibt es das Formular nur als Druckansicht, nicht als PDF.").ToProblem();
                var document = await forms.BuildAsync(id, texts, ct);
                if (!document.IsSuccess) return document.Error!.ToProblem();
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"Einwilligung-{FileName(document.Value!.FileNumber)}.pdf\"";
                return Results.File(ConsentFormPdf.Render(document.Value), "application/pdf");
            })
            .WithSummary("Einwilligungsformular als PDF zum Unterschreiben; lang = Sprache (de, en).")
            .Produces(200, contentType: "application/pdf");
        return api;
    }

    private static string FileName(string fileNumber) => new(fileNumber.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());
}
