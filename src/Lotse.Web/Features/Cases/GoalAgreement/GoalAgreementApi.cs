using System.Text.RegularExpressions;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Cases.GoalAgreement;

public static partial class GoalAgreementApi
{
    /// <summary>GET /api/v1/cases/{id}/goal-agreement.pdf?lang=de[&amp;interpreter=true|false]</summary>
    public static RouteGroupBuilder MapGoalAgreementApi(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/goal-agreement.pdf", async (Guid id, string? lang, bool? interpreter, GoalAgreements agreements,
                HttpContext http, CancellationToken ct) =>
            {
                if (GoalAgreementTexts.For(lang) is not { } texts)
                    return Error.Invalid("lang", $"Die Sprache „{Shorten(lang!)}“ ist nicht verfügbar. Verfügbar: {string.Join(", ", GoalAgreementTexts.AvailableLanguages)}.").ToProblem();
                if (!GoalAgreementPdf.CanRender(texts))
                    return Error.Invalid("lang", "In dieser Sprache (Schrift von rechts nach links) gibt es die Zielvereinbarung nur als Druckansicht, nicht als PDF.").ToProblem();
                var document = await agreements.BuildAsync(id, texts, interpreter, ct);
                if (document is null) return Error.NotFound("Der Fall").ToProblem();

                var pdf = GoalAgreementPdf.Render(document);
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(document.FileNumber)}\"";
                return Results.File(pdf, "application/pdf");
            })
            .WithSummary("Zielvereinbarung (Integrationsplan) als PDF zum Unterschreiben; lang = Sprache der festen Texte (de, en, ...).")
            .Produces(200, contentType: "application/pdf");
        return cases;
    }

    internal static string Shorten(string value) => value.Length > 12 ? value[..12] + "…" : value;

    /// <summary>"Zielvereinbarung-&lt;Aktenzeichen&gt;.pdf": the file number is not a name; anything but letters, digits and dashes is replaced.</summary>
    public static string FileName(string fileNumber) => $"Zielvereinbarung-{Unsafe().Replace(fileNumber, "_")}.pdf";

    [GeneratedRegex("[^A-Za-z0-9-]")]
    private static partial Regex Unsafe();
}
