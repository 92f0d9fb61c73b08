using Lotse.Web.Features.Network.Agreements;
using Lotse.Web.Features.Network.Offers;
using Lotse.Web.Features.Network.ServiceChains;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.Network;

public static class NetworkApi
{
    public static RouteGroupBuilder MapNetworkApi(this RouteGroupBuilder api)
    {
        var offers = api.MapGroup("/offers").WithTags("Angebotslandkarte")
            .RequireAuthorization(new AuthorizeAttribute { Roles = NetworkRoles.OfferReaders });
        offers.MapPost("/search", async (OfferSearch search, OfferDirectory directory, CancellationToken ct) =>
                (await directory.SearchAsync(search, ct)).ToHttp(Results.Ok))
            .WithSummary("Angebote suchen (Lebenslage, Kommune, Sprache, Alter, Aufenthaltsstatus, Freitext); seitenweise: „after“ = „next“ der vorigen Seite.")
            .WithDescription("POST, damit Alter und Aufenthaltsstatus einer Person nicht in einer URL stehen.");
        offers.MapGet("/{id:guid}", async (Guid id, OfferDirectory directory, CancellationToken ct) =>
                (await directory.GetAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Ein Angebot.");
        offers.MapPost("/", async (OfferInput input, OfferDirectory directory, CancellationToken ct) =>
                (await directory.CreateAsync(input, ct)).ToHttp(o => Results.Created($"/api/v1/offers/{o.Id}", o)))
            .WithSummary("Angebot anlegen: Koordinierende Stelle für alle, Fachkräfte für ihre eigene Organisation.");
        offers.MapPut("/{id:guid}", async (Guid id, OfferInput input, OfferDirectory directory, CancellationToken ct) =>
                (await directory.UpdateAsync(id, input, ct)).ToHttp(Results.Ok))
            .WithSummary("Angebot ändern (eigene Organisation oder Koordinierende Stelle); „version“ ist die zuletzt gelesene Version.");

        var coverage = api.MapGroup("/network").WithTags("Angebotslandkarte")
            .RequireAuthorization(new AuthorizeAttribute { Roles = NetworkRoles.Strategic });
        coverage.MapGet("/overlaps", async (OfferCoverage c, CancellationToken ct) => Results.Ok(await c.OverlapsAsync(ct)))
            .WithSummary("Parallele Angebote: gleiche Lebenslage, gemeinsame Kommune und Zielgruppe.");
        coverage.MapGet("/gaps", async (OfferCoverage c, CancellationToken ct) => Results.Ok(await c.GapMapAsync(ct)))
            .WithSummary("Versorgungslücken je Kommune und Lebenslage (nur Fallzahlen; unter 5 als „< 5“).");

        var agreements = api.MapGroup("/agreements").WithTags("Kooperationsvereinbarungen")
            .RequireAuthorization(new AuthorizeAttribute { Roles = NetworkRoles.Coordination });
        agreements.MapGet("/", async (Agreements.Agreements a, CancellationToken ct) => Results.Ok(await a.ListAsync(ct)))
            .WithSummary("Alle Kooperationsvereinbarungen.");
        agreements.MapGet("/{id:guid}", async (Guid id, Agreements.Agreements a, CancellationToken ct) => (await a.GetAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Eine Kooperationsvereinbarung mit Servicestandards und gemessenen Laufzeiten.");
        agreements.MapPost("/", async (AgreementInput input, Agreements.Agreements a, CancellationToken ct) =>
                (await a.CreateAsync(input, ct)).ToHttp(x => Results.Created($"/api/v1/agreements/{x.Id}", x)))
            .WithSummary("Kooperationsvereinbarung anlegen.");
        agreements.MapPut("/{id:guid}", async (Guid id, AgreementInput input, Agreements.Agreements a, CancellationToken ct) =>
                (await a.UpdateAsync(id, input, ct)).ToHttp(Results.Ok))
            .WithSummary("Kooperationsvereinbarung ändern; „version“ ist die zuletzt gelesene Version.");
        agreements.MapPost("/{id:guid}/document", async (Guid id, HttpRequest request, Agreements.Agreements a, CancellationToken ct) =>
            {
                var (content, name, error) = await Uploads.ReadFileAsync(request, AgreementDocumentRules.MaxBytes, AgreementDocumentRules.MaxText, ct);
                if (error is not null) return error.ToProblem();
                return (await a.UploadDocumentAsync(id, name, content!, ct)).ToHttp(Results.Ok);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Uploads.RequestLimit(AgreementDocumentRules.MaxBytes)))
            .WithSummary("Unterschriebene Vereinbarung hochladen (multipart, Feld „file“; PDF, höchstens 10 MB).");
        agreements.MapGet("/{id:guid}/document", async (Guid id, Agreements.Agreements a, CancellationToken ct) =>
                await a.DocumentAsync(id, ct) is { } d
                    ? Results.File(d.Content, d.ContentType, d.FileName)
                    : Error.NotFound("Das Dokument").ToProblem())
            .WithSummary("Das Dokument der Vereinbarung (PDF).");

        var chains = api.MapGroup("/service-chains").WithTags("Dienstleistungsketten")
            .RequireAuthorization(new AuthorizeAttribute { Roles = NetworkRoles.Coordination });
        chains.MapGet("/", async (ServiceChains.ServiceChains c, CancellationToken ct) => Results.Ok(await c.ListAsync(ct)))
            .WithSummary("Alle Dienstleistungsketten.");
        chains.MapGet("/{id:guid}", async (Guid id, ServiceChains.ServiceChains c, CancellationToken ct) => (await c.GetAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Eine Dienstleistungskette mit Laufzeiten je Schritt (Median, 80. Perzentil, Anteil in der Zieldauer; je Organisation und Monat) und der Bruchstelle.");
        chains.MapPost("/", async (ChainInput input, ServiceChains.ServiceChains c, CancellationToken ct) =>
                (await c.CreateAsync(input, ct)).ToHttp(x => Results.Created($"/api/v1/service-chains/{x.Id}", x)))
            .WithSummary("Dienstleistungskette anlegen.");
        chains.MapPut("/{id:guid}", async (Guid id, ChainInput input, ServiceChains.ServiceChains c, CancellationToken ct) =>
                (await c.UpdateAsync(id, input, ct)).ToHttp(Results.Ok))
            .WithSummary("Dienstleistungskette ändern; „version“ ist die zuletzt gelesene Version.");
        return api;
    }
}

/// <summary>Reads the "file" field of a multipart upload with a size limit; German errors.</summary>
public static class Uploads
{
    public static long RequestLimit(long maxFileBytes) => maxFileBytes + 1024 * 1024;

    public static async Task<(byte[]? Content, string? FileName, Error? Error)> ReadFileAsync(HttpRequest request, long maxBytes, string maxText, CancellationToken ct)
    {
        if (!request.HasFormContentType) return (null, null, Error.Invalid("file", "Bitte senden Sie die Datei als multipart/form-data im Feld „file“."));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return (null, null, Error.Invalid("file", $"Die Datei ist zu groß (höchstens {maxText}) oder die Übertragung ist fehlgeschlagen."));
        }
        return await FromFormFileAsync(form.Files.GetFile("file"), maxBytes, maxText, ct);
    }

    public static async Task<(byte[]? Content, string? FileName, Error? Error)> FromFormFileAsync(IFormFile? file, long maxBytes, string maxText, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, null, Error.Invalid("file", "Bitte wählen Sie eine Datei aus."));
        if (file.Length > maxBytes) return (null, null, Error.Invalid("file", $"Die Datei ist größer als {maxText}."));
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (buffer.ToArray(), file.FileName, null);
    }
}
