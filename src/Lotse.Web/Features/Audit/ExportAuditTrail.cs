using CsvHelper;
using Lotse.Web.Data;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Audit;

/// <summary>
/// Exports the audit trail for a filter as CSV for German Excel: UTF-8 with BOM, ";" separated, German local time,
/// and every text cell that starts like a formula (= + - @, tab, CR) prefixed with an apostrophe.
/// Streams in keyset batches, so the size of the trail never matters for memory. Shared by page and API.
/// </summary>
public sealed class ExportAuditTrail(LotseDbContext db, AuditQuery query, AuditLog audit, AuditActor actor, TimeProvider clock)
{
    public const string ExportEntityId = "export";
    public const string ContentType = "text/csv; charset=utf-8";
    private const int BatchSize = 1000;

    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape
    };

    private static readonly string[] Header =
    [
        "Nr.", "Zeitpunkt (deutsche Zeit)", "Benutzer", "Benutzerkonto", "Organisation", "Vorgang", "Datensatzart",
        "Datensatzkennung", "Geänderte Felder", "Zugriffsweg", "Zweck", "Versiegelt", "Sequenz", "Hash"
    ];

    /// <summary>
    /// Validates the filter and records the export as an access to personal data: one Export entry (channel Export,
    /// the filter summary without names as purpose), committed before a single row is sent. If it cannot be written,
    /// nothing is exported. The rows exported are fixed at that moment: everything up to the last entry that existed.
    /// </summary>
    public async Task<Result<AuditCsvExport>> PrepareAsync(AuditFilter filter, CancellationToken ct)
    {
        if (Validation.Validate(filter) is { } invalid) return invalid;
        var resolved = await query.ResolveAsync(filter, ct);
        var purpose = AuditQuery.Purpose("CSV-Export des Zugriffsprotokolls", resolved);
        actor.Use(AuditChannel.Export, purpose);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var lastId = await db.AuditEntries.MaxAsync(e => (long?)e.Id, ct);
        audit.Add(AuditOperation.Export, AuditQuery.AuditTrailEntityType, ExportEntityId, purpose);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), AuditDisplay.GermanTime);
        return new AuditCsvExport($"Zugriffsprotokoll-{stamp:yyyy-MM-dd-HHmmss}.csv",
            (body, token) => WriteAsync(body, resolved, lastId, token));
    }

    private async Task WriteAsync(Stream body, ResolvedAuditFilter filter, long? lastId, CancellationToken ct)
    {
        var organisations = await query.AllOrganisationNamesAsync(ct);
        await using var csv = CsvWriter.Create(body, CsvOptions, leaveOpen: true);
        await csv.WriteRecordAsync(Header, ct);
        if (lastId is not { } upTo) return;

        var fields = new string?[Header.Length];
        var order = AuditQuery.OrderFor(filter);
        AuditPosition? position = order == AuditOrder.ById ? new AuditPosition(upTo + 1, default) : null;
        while (true)
        {
            var batch = await query.OlderThan(filter, order, position).Take(BatchSize).ToListAsync(ct);
            foreach (var e in batch)
            {
                // Entries written after the export was recorded are not part of it (only possible in time order).
                if (e.Id > upTo) continue;
                fields[0] = e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields[1] = AuditDisplay.LocalTime(e.OccurredAt);
                fields[2] = e.UserName;
                fields[3] = e.UserId?.ToString();
                fields[4] = e.OrganisationId is { } org && organisations.TryGetValue(org, out var name) ? name : e.OrganisationId?.ToString();
                fields[5] = AuditDisplay.Of(e.Operation);
                fields[6] = e.EntityType;
                fields[7] = e.EntityId;
                fields[8] = e.Fields;
                fields[9] = AuditDisplay.Of(e.Channel);
                fields[10] = e.Purpose;
                fields[11] = e.Sequence is null ? "nein" : "ja";
                fields[12] = e.Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields[13] = e.Hash;
                await csv.WriteRecordAsync(fields, ct);
            }
            await csv.FlushAsync(ct);
            if (batch.Count < BatchSize) break;
            position = AuditPosition.Of(batch[^1]);
        }
    }
}

/// <summary>A prepared export: the access is already recorded; <see cref="WriteAsync"/> streams the rows.</summary>
public sealed class AuditCsvExport(string fileName, Func<Stream, CancellationToken, Task> write)
{
    public string FileName { get; } = fileName;

    public Task WriteAsync(Stream body, CancellationToken ct) => write(body, ct);

    /// <summary>The download, for the API and (through <see cref="HttpResultAction"/>) for the page.</summary>
    public IResult ToResult(CancellationToken ct) =>
        Results.Stream(body => WriteAsync(body, ct), ExportAuditTrail.ContentType, FileName);
}
