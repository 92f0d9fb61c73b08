using Lotse.Web.Data;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Features.Import.Mapping;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Import;

/// <summary>
/// The dry run: every row is converted and checked by the same rules as a client entered by hand
/// (<see cref="ClientFile.CheckAsync"/>), then compared with the clients the case manager may see and with the
/// rows above it. The outcome is stored on the staged row; no client or case is written.
/// </summary>
public sealed class ImportDryRun(LotseDbContext db, ClientFile clients, ClientAccess access, AuditLog audit, ImportProgress progress, TimeProvider clock)
{
    private const int BatchSize = 250;

    public async Task RunAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.ImportSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.Status == ImportStatus.Checking, ct);
        if (session is null) return;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var mapping = ColumnMapping.FromJson(session.Mapping);
        var converter = new RowConverter(mapping, await MunicipalityKeysAsync(db, ct), today);

        progress.Report(sessionId, "Vorhandene Personen werden geladen", 0, session.RowCount);
        var existing = new DuplicateIndex<(Guid Id, string FileNumber)>();
        foreach (var c in await access.ReadableClients().AsNoTracking().ToListAsync(ct))
            existing.Add((c.Id, c.FileNumber), ClientMatching.CandidateOf(c), c.PhoneticKey);
        var inFile = new DuplicateIndex<int>();
        var matchedClients = new HashSet<Guid>();

        int done = 0, valid = 0, invalid = 0, duplicates = 0, lastRow = 0;
        while (true)
        {
            var batch = await db.ImportRows.Where(r => r.SessionId == sessionId && r.RowNumber > lastRow)
                .OrderBy(r => r.RowNumber).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var row in batch)
            {
                var (problems, conversion) = await CheckRowAsync(row, converter, clients, session.Headers, mapping, ct);
                row.Problems = problems;
                row.DuplicateOf = null;
                if (problems.Count > 0)
                {
                    row.Outcome = ImportRowOutcome.Invalid;
                    invalid++;
                }
                else
                {
                    var input = conversion.Client;
                    var candidate = MatchCandidate.Of(input.FirstName, input.LastName, PartialDate.Parse(input.BirthDate!, today),
                        input.Nationalities ?? [], [.. (input.NameVariants ?? []).Select(v => $"{v.FirstName} {v.LastName}".Trim())]);
                    var probe = new DuplicateProbe(candidate);
                    if (existing.Best(probe) is { } known)
                    {
                        row.DuplicateOf = Describe($"Bereits erfasst: Aktenzeichen {known.Key.FileNumber}", known.Result);
                        matchedClients.Add(known.Key.Id);
                    }
                    else if (inFile.Best(probe) is { } earlier)
                        row.DuplicateOf = Describe($"Gleiche Person wie Zeile {earlier.Key} dieser Datei", earlier.Result);
                    inFile.Add(row.RowNumber, probe);
                    row.Outcome = row.DuplicateOf is null ? ImportRowOutcome.Valid : ImportRowOutcome.Duplicate;
                    if (row.DuplicateOf is null) valid++; else duplicates++;
                }
                if (row.Outcome != ImportRowOutcome.Duplicate) row.DuplicateConfirmed = false;
                lastRow = row.RowNumber;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += batch.Count;
            progress.Report(sessionId, "Zeilen werden geprüft", done, session.RowCount);
        }

        // Existing clients named as duplicates were shown to the case manager: audited like the form's duplicate check.
        foreach (var id in matchedClients) audit.Add(AuditOperation.Read, "Client", id.ToString(), "Import: Dublettenprüfung");
        audit.Add(AuditOperation.Read, ImportSessions.AuditEntityType, sessionId.ToString(), "Import: Probelauf");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.ImportSessions.Where(s => s.Id == sessionId && s.Status == ImportStatus.Checking)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ImportStatus.Checked)
                .SetProperty(s => s.CheckedAt, clock.GetUtcNow())
                .SetProperty(s => s.ValidRows, valid).SetProperty(s => s.InvalidRows, invalid).SetProperty(s => s.DuplicateRows, duplicates)
                .SetProperty(s => s.Version, s => s.Version + 1), ct);
        if (changed != 1) return;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Reading problems first, then the client rules for every field that could be read.</summary>
    internal static async Task<(List<string> Problems, RowConversion Conversion)> CheckRowAsync(ImportRow row, RowConverter converter, ClientFile clients,
        IReadOnlyList<string> headers, ColumnMapping mapping, CancellationToken ct)
    {
        var converted = converter.Convert(row.Cells);
        var problems = converted.Problems.Select(p => RowMessages.Format(row.RowNumber, p.Field, p.Message, headers, mapping)).ToList();
        var unreadable = converted.Problems.Select(p => p.Field).ToHashSet();
        if (await clients.CheckAsync(converted.Client, ct) is { } error)
        {
            if (error.Kind != ErrorKind.Validation) throw new InvalidOperationException("Import check refused: " + error.Kind);
            foreach (var (key, messages) in error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] })
            {
                var field = RowConverter.FieldOf(key);
                if (field is not null && unreadable.Contains(field)) continue;
                problems.AddRange(messages.Select(m => RowMessages.Format(row.RowNumber, field, m, headers, mapping)));
            }
        }
        return (problems.Distinct().ToList(), converted);
    }

    private static string Describe(string what, MatchResult result)
    {
        var text = $"{what} (Übereinstimmung {result.Score * 100:0} %: {string.Join("; ", result.Reasons.Take(3))})";
        return text.Length > 500 ? text[..499] + "…" : text;
    }

    internal static async Task<Dictionary<string, Guid>> MunicipalityKeysAsync(LotseDbContext db, CancellationToken ct)
    {
        var keys = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var m in await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            keys.TryAdd(ImportValues.MunicipalityKey(m.Name), m.Id);
        return keys;
    }
}

/// <summary>"Zeile 17, Spalte Geb.-Datum: Den 31.02.1990 gibt es nicht …" — the file's own column name, so it can be found.</summary>
public static class RowMessages
{
    public static string Format(int row, ImportField? field, string message, IReadOnlyList<string> headers, ColumnMapping mapping)
    {
        if (field is { } f && mapping.ColumnOf(f) is { } c && c < headers.Count)
            return $"Zeile {row}, Spalte {headers[c]}: {message}";
        return field is { } g ? $"Zeile {row}, {ImportFields.Label(g)}: {message}" : $"Zeile {row}: {message}";
    }

    public static List<string> FromError(int row, Error error, IReadOnlyList<string> headers, ColumnMapping mapping) =>
        error.Fields is { Count: > 0 } fields
            ? fields.SelectMany(kv => kv.Value.Select(m => Format(row, RowConverter.FieldOf(kv.Key), m, headers, mapping))).Distinct().ToList()
            : [Format(row, null, error.Message, headers, mapping)];
}
