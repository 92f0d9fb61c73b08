using Lotse.Web.Features.Import.Parsing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.Import;

public static class ImportApi
{
    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Import");

        imports.MapPost("/", async (HttpRequest request, ImportSessions sessions, CancellationToken ct) =>
            {
                var upload = await ImportUpload.ReadAsync(request, ct);
                if (!upload.IsSuccess) return upload.Error!.ToProblem(upload.Status);
                var (content, fileName, sheet) = upload.Value!;
                var result = await sessions.UploadAsync(content, fileName, sheet, ct);
                if (!result.IsSuccess) return result.Error!.ToProblem();
                return Results.Created($"/api/v1/imports/{result.Value!.Id}", await sessions.GetAsync(result.Value.Id, ct));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportUpload.MaxRequestBytes))
            .WithSummary("CSV- oder XLSX-Datei hochladen (multipart, Feld „file“, optional „sheet“ = Tabellenblatt; höchstens 10 MB).")
            .WithDescription("Die Zeilen werden 24 Stunden zwischengespeichert. Die Antwort enthält die Spalten der Datei und die vorgeschlagene Zuordnung („fields“).");

        imports.MapGet("/", async (ImportSessions sessions, CancellationToken ct) => Results.Ok(await sessions.ListMineAsync(ct)))
            .WithSummary("Eigene Importe.");

        imports.MapGet("/{id:guid}", async (Guid id, ImportSessions sessions, CancellationToken ct) =>
                await sessions.GetAsync(id, ct) is { } dto ? Results.Ok(dto) : Error.NotFound("Der Import").ToProblem())
            .WithSummary("Stand des Imports mit Zuordnung, Zählern des Probelaufs und Fortschritt.");

        imports.MapPut("/{id:guid}/mapping", async (Guid id, ImportMappingInput input, ImportSessions sessions, CancellationToken ct) =>
            {
                var result = await sessions.MapAndCheckAsync(id, input, ct);
                if (!result.IsSuccess) return result.Error!.ToProblem();
                // The API waits for the dry run; the page shows its progress instead.
                if (sessions.RunningJob is { } job) await job;
                return Results.Ok(await sessions.GetAsync(id, ct));
            })
            .WithSummary("Spalten zuordnen und Probelauf ausführen: {\"columns\": {\"FirstName\": 0, \"LastName\": 1, \"BirthDate\": 2, …}}.")
            .WithDescription("Schreibt keine Personen. Das Ergebnis je Zeile liefert GET /imports/{id}/rows.");

        imports.MapGet("/{id:guid}/rows", async (Guid id, ImportSessions sessions, CancellationToken ct,
                    ImportRowFilter filter = ImportRowFilter.All, int page = 1, int pageSize = 100) =>
                (await sessions.RowsAsync(id, filter, page, pageSize, ct)).ToHttp(Results.Ok))
            .WithSummary("Ergebnis des Probelaufs je Zeile: „wird angelegt“, Fehler mit Zeile und Spalte, mögliche Dubletten. Filter: All, Problems, Invalid, Duplicates, Excluded.");

        imports.MapPost("/{id:guid}/decisions", async (Guid id, ImportDecisionInput input, ImportSessions sessions, CancellationToken ct) =>
                (await sessions.DecideAsync(id, input, ct)).ToHttp(n => Results.Ok(new { updated = n })))
            .WithSummary("Zeilen ausschließen oder Dubletten trotzdem anlegen: {\"rows\": [{\"row\": 17, \"excluded\": true, \"confirmDuplicate\": false}]}.");

        imports.MapPost("/{id:guid}/commit", async (Guid id, ImportSessions sessions, CancellationToken ct) =>
                (await sessions.CommitAsync(id, ct)).ToHttp(s => Results.Accepted($"/api/v1/imports/{s.Id}", new { id = s.Id, status = s.Status })))
            .WithSummary("Übernehmen: alles oder nichts in einer Transaktion. Abgelehnt, solange eine nicht ausgeschlossene Zeile Fehler hat.")
            .WithDescription("Antwortet 202; Fortschritt und Ergebnis unter GET /imports/{id}. Ein zweites Übernehmen desselben Imports wird mit 409 abgelehnt.");

        imports.MapDelete("/{id:guid}", async (Guid id, ImportSessions sessions, CancellationToken ct) =>
                (await sessions.DiscardAsync(id, ct)).ToHttp(_ => Results.NoContent()))
            .WithSummary("Import verwerfen: die zwischengespeicherten Zeilen werden gelöscht.");
        return api;
    }
}

/// <summary>Reads the multipart upload with German answers for a missing, oversized or unreadable file.</summary>
public static class ImportUpload
{
    /// <summary>Room for the multipart framing around a file of the maximum size.</summary>
    public const long MaxRequestBytes = ImportLimits.MaxFileBytes + 1024 * 1024;

    public static readonly Error TooLarge = new(ErrorKind.Validation,
        $"Die Datei ist größer als {ImportLimits.MaxFileText}. Bitte teilen Sie sie auf mehrere Dateien auf.",
        new Dictionary<string, string[]> { ["file"] = [$"Die Datei ist größer als {ImportLimits.MaxFileText}. Bitte teilen Sie sie auf mehrere Dateien auf."] });

    public sealed record Upload(byte[] Content, string? FileName, string? Sheet);

    public sealed record Outcome(Upload? Value, Error? Error, int Status = 400)
    {
        public bool IsSuccess => Error is null;
    }

    public static async Task<Outcome> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxRequestBytes) return new(null, TooLarge, 413);
        if (!request.HasFormContentType)
            return new(null, Error.Invalid("file", "Bitte senden Sie die Datei als multipart/form-data im Feld „file“."));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return e is BadHttpRequestException { StatusCode: 413 } || e is InvalidDataException
                ? new(null, TooLarge, 413)
                : new(null, Error.Invalid("file", "Die Übertragung der Datei ist fehlgeschlagen. Bitte versuchen Sie es erneut."));
        }
        return await FromFormAsync(form.Files.GetFile("file"), form["sheet"].ToString(), ct);
    }

    public static async Task<Outcome> FromFormAsync(IFormFile? file, string? sheet, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return new(null, Error.Invalid("file", "Bitte wählen Sie eine Datei aus (CSV oder XLSX)."));
        if (file.Length > ImportLimits.MaxFileBytes) return new(null, TooLarge, 413);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new(new Upload(buffer.ToArray(), file.FileName, string.IsNullOrWhiteSpace(sheet) ? null : sheet.Trim()), null);
    }

    public static IResult ToProblem(this Error error, int status) => status == 413
        ? Results.Problem(statusCode: 413, title: "Datei zu groß", detail: error.Message, type: ProblemTypes.Validation)
        : error.ToProblem();
}
