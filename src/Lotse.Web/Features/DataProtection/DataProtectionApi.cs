using Lotse.Web.Features.DataProtection.Corrections;
using Lotse.Web.Features.DataProtection.Disclosure;
using Lotse.Web.Features.DataProtection.Erasure;
using Lotse.Web.Features.DataProtection.Retention;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Features.DataProtection;

public sealed record DisclosureRequest(string? Format);
public sealed record FileNumberLookup(string? FileNumber);

/// <summary>
/// /api/v1/data-protection: Auskunft, Berichtigungsverlauf, Löschanträge, Sperrvermerke, Aufbewahrung.
/// Client ids appear only as opaque Guids in routes; downloads are POSTs.
/// </summary>
public static class DataProtectionApi
{
    public static RouteGroupBuilder MapDataProtectionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/data-protection").WithTags("Datenschutz");

        g.MapPost("/clients/{id:guid}/disclosure", async (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DisclosureRequest? request,
                Disclosures disclosures, HttpContext http, CancellationToken ct) =>
            {
                var format = (request?.Format ?? "pdf").Trim().ToLowerInvariant();
                if (format is not ("pdf" or "json"))
                    return Error.Invalid("format", "Das Format ist „pdf“ (für die Person) oder „json“ (maschinenlesbar).").ToProblem();
                var result = await disclosures.BuildAsync(id, ct);
                if (!result.IsSuccess) return result.Error!.ToProblem();
                return File(http, result.Value!, format);
            })
            .WithSummary("Auskunft nach Art. 15 DSGVO / § 83 SGB X als PDF oder JSON („lotse-auskunft/1“); Datenschutzbeauftragte:r oder zuständige Case Manager:in. Wird protokolliert.")
            .Produces(200, contentType: "application/pdf");

        g.MapGet("/clients/{id:guid}/corrections", async (Guid id, CorrectionHistory history, CancellationToken ct) =>
                (await history.ForClientAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Berichtigungsverlauf der Personendaten: jedes geänderte Feld mit altem und neuem Wert.");

        g.MapPost("/clients/lookup", async (FileNumberLookup input, ErasureRequests erasure, CancellationToken ct) =>
                (await erasure.LookupAsync(input.FileNumber, ct)).ToHttp(id => Results.Ok(new { id })))
            .WithSummary("Person über das Aktenzeichen finden (Datenschutzbeauftragte:r).");

        g.MapGet("/clients/{id:guid}", async (Guid id, ErasureRequests erasure, CancellationToken ct) =>
                (await erasure.FileAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Löschanträge und Sperrvermerke einer Person (Datenschutzbeauftragte:r).");

        g.MapPost("/clients/{id:guid}/erasure-requests", async (Guid id, ErasureRequestInput input, ErasureRequests erasure, CancellationToken ct) =>
                (await erasure.RecordAsync(id, input, ct)).ToHttp(r => Results.Created($"/api/v1/data-protection/erasure-requests/{r.Id}", r)))
            .WithSummary("Löschantrag erfassen: Eingang und Umfang.");

        g.MapPost("/erasure-requests/{id:guid}/decision", async (Guid id, ErasureDecisionInput input, ErasureRequests erasure, CancellationToken ct) =>
                (await erasure.DecideAsync(id, input, ct)).ToHttp(Results.Ok))
            .WithSummary("Über einen Löschantrag entscheiden (Granted, PartlyGranted, Refused) mit rechtlicher Prüfung; stattgegeben wird sofort anonymisiert.");

        g.MapPost("/clients/{id:guid}/legal-holds", async (Guid id, LegalHoldInput input, ErasureRequests erasure, CancellationToken ct) =>
                (await erasure.SetHoldAsync(id, input, ct)).ToHttp(h => Results.Created($"/api/v1/data-protection/legal-holds/{h.Id}", h)))
            .WithSummary("Sperrvermerk setzen: solange er besteht, wird nichts der Person anonymisiert oder gelöscht.");

        g.MapPost("/legal-holds/{id:guid}/lift", async (Guid id, ErasureRequests erasure, CancellationToken ct) =>
                (await erasure.LiftHoldAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Sperrvermerk aufheben.");

        g.MapPost("/retention/dry-run", async (DataSubjectAccess access, RetentionJob job, CancellationToken ct) =>
                access.IsDataProtectionOfficer ? Results.Ok(await job.PlanAsync(ct)) : DataSubjectAccess.NotDpo.ToProblem())
            .WithSummary("Probelauf der Aufbewahrungsfristen: was anonymisiert würde und warum, Anzahl je Art; ändert nichts.");

        g.MapPost("/retention/run", async (DataSubjectAccess access, RetentionJob job, CancellationToken ct) =>
                access.IsDataProtectionOfficer ? Results.Ok(await job.RunAsync(ct)) : DataSubjectAccess.NotDpo.ToProblem())
            .WithSummary("Aufbewahrungsfristen jetzt anwenden (sonst täglich automatisch).");

        return api;
    }

    internal static IResult File(HttpContext http, DisclosureDocument document, string format)
    {
        http.Response.Headers.CacheControl = "no-store";
        return format == "json"
            ? Results.File(Disclosures.ToJson(document), "application/json", Disclosures.FileName(document, "json"))
            : Results.File(DisclosurePdf.Render(document), "application/pdf", Disclosures.FileName(document, "pdf"));
    }

    public static IServiceCollection AddDataProtectionFeature(this IServiceCollection services)
    {
        services.AddScoped<DataSubjectAccess>();
        services.AddScoped<Disclosures>();
        services.AddScoped<CorrectionHistory>();
        services.AddScoped<ErasureRequests>();
        services.AddScoped<RetentionJob>();
        // The Auskunft's sections, in their Order; consents and referrals are added the same way.
        services.AddScoped<IDisclosureSection, PersonSection>();
        services.AddScoped<IDisclosureSection, HouseholdSection>();
        services.AddScoped<IDisclosureSection, BenefitsSection>();
        services.AddScoped<IDisclosureSection, ResidenceSection>();
        services.AddScoped<IDisclosureSection, ContactsSection>();
        services.AddScoped<IDisclosureSection, CasesSection>();
        services.AddScoped<IDisclosureSection, CorrectionsSection>();
        services.AddScoped<IDisclosureSection, ErasureSection>();
        services.AddScoped<IDisclosureSection, ConsentsSection>();
        services.AddScoped<IDisclosureSection, ReferralsSection>();
        services.AddScoped<IDisclosureSection, AchievementsDisclosureSection>();
        services.AddScoped<IDisclosureSection, AccessLogSection>();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
