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
        foreach (var c in await access.FullyReadableClients().AsNoTracking().ToListAsync(ct))
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

    /// <summary>
    /// Reading problems first, then the client rules of <see cref="ClientFile.CheckAsync"/>. Those stop at the first
    /// kind of problem; so a field already found wrong is set aside (a neutral valid value, or left empty) and the rules
    /// run again, until no new problem appears. The user sees every problem of the row at once.
    /// </summary>
    internal static async Task<(List<string> Problems, RowConversion Conversion)> CheckRowAsync(ImportRow row, RowConverter converter, ClientFile clients,
        IReadOnlyList<string> headers, ColumnMapping mapping, CancellationToken ct)
    {
        var converted = converter.Convert(row.Cells);
        var problems = converted.Problems.Select(p => RowMessages.Format(row.RowNumber, p.Field, p.Message, headers, mapping)).ToList();
        var reported = converted.Problems.Select(p => p.Field).OfType<ImportField>().ToHashSet();
        var input = converted.Client;
        if (reported.Count > 0) input = SetAside(input, reported);
        for (var round = 0; round < 10; round++)
        {
            var error = await clients.CheckAsync(input, ct);
            if (error is null) break;
            if (error.Kind != ErrorKind.Validation) throw new InvalidOperationException("Import check refused: " + error.Kind);
            var fresh = new HashSet<ImportField>();
            var unplaced = false;
            foreach (var (key, messages) in error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] })
            {
                var field = RowConverter.FieldOf(key);
                if (field is { } f && reported.Contains(f)) continue;
                problems.AddRange(messages.Select(m => RowMessages.Format(row.RowNumber, field, m, headers, mapping)));
                if (field is { } g) fresh.Add(g); else unplaced = true;
            }
            if (fresh.Count == 0 || unplaced) break;
            reported.UnionWith(fresh);
            input = SetAside(input, reported);
        }
        return (problems.Distinct().ToList(), converted);
    }

    /// <summary>A copy of the input with the given fields replaced by neutral valid values (required) or left empty (optional).</summary>
    private static ClientInput SetAside(ClientInput input, IReadOnlySet<ImportField> fields)
    {
        bool Has(params ImportField[] any) => any.Any(fields.Contains);
        return new ClientInput
        {
            FirstName = Has(ImportField.FirstName) ? "X" : input.FirstName,
            LastName = Has(ImportField.LastName) ? "X" : input.LastName,
            BirthDate = Has(ImportField.BirthDate) ? PartialDate.MinimumYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : input.BirthDate,
            NameVariants = Has(ImportField.NameVariant) ? null : input.NameVariants,
            Sex = Has(ImportField.Sex) ? null : input.Sex,
            Nationalities = Has(ImportField.Nationalities) ? null : input.Nationalities,
            Languages = Has(ImportField.Languages) ? null : input.Languages,
            InterpreterNeeded = input.InterpreterNeeded,
            InterpreterLanguage = Has(ImportField.InterpreterNeeded) ? null : input.InterpreterLanguage,
            Street = Has(ImportField.Street) ? null : input.Street,
            PostalCode = Has(ImportField.PostalCode) ? null : input.PostalCode,
            MunicipalityId = Has(ImportField.Municipality) ? null : input.MunicipalityId,
            EntryDate = Has(ImportField.EntryDate) ? null : input.EntryDate,
            ResidenceStatuses = Has(ImportField.ResidenceStatus, ImportField.ResidenceIssuedOn, ImportField.ResidenceValidUntil) ? null : input.ResidenceStatuses,
            Benefits = Has(ImportField.Benefits, ImportField.BenefitsSince) ? null : input.Benefits
        };
    }

    private static string Describe(string what, MatchResult result)
    {
        var text = $"{what} (Übereinstimmung {result.Score * 100:0}\u00a0%: {string.Join("; ", result.Reasons.Take(3))})";
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
