using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Import.Mapping;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Import;

/// <summary>
/// The commit: all rows to create go into Lotse in one transaction, or none. Each row is converted and checked again
/// (data may have changed since the dry run) and created through <see cref="ClientFile.AddAsync"/>, with its case
/// through <see cref="CaseCommands.NewCase"/>. Saved in batches inside the transaction so the page can show progress;
/// at the end the staged rows are deleted in the same transaction. Creating the clients is audited automatically.
/// On SQLite the transaction holds the database's only write lock until it ends (other writers wait up to busy_timeout,
/// 10 s): documented in the README (Import und Export); PostgreSQL locks only the rows written.
/// </summary>
public sealed class ImportCommit(LotseDbContext db, ClientFile clients, CaseCommands cases, AuditLog audit, ImportProgress progress, TimeProvider clock)
{
    private const int BatchSize = 200;

    public async Task RunAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.ImportSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.Status == ImportStatus.Committing, ct);
        if (session is null) return;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var mapping = ColumnMapping.FromJson(session.Mapping);
        var converter = new RowConverter(mapping, await ImportDryRun.MunicipalityKeysAsync(db, ct), today);

        var rows = await db.ImportRows.AsNoTracking().Where(r => r.SessionId == sessionId).OrderBy(r => r.RowNumber).ToListAsync(ct);
        if (rows.FirstOrDefault(r => !r.Excluded && r.Outcome is ImportRowOutcome.Invalid or null) is { } blocking)
        {
            await RefuseAsync(sessionId, $"Zeile {blocking.RowNumber} enthält Fehler. Es wurde nichts übernommen.", ct);
            return;
        }
        var toCreate = rows.Where(r => !r.Excluded && (r.Outcome == ImportRowOutcome.Valid || (r.Outcome == ImportRowOutcome.Duplicate && r.DuplicateConfirmed))).ToList();
        await progress.ReportAsync(sessionId, "Personen werden angelegt", 0, toCreate.Count);
        // SQLite: the transaction below holds the database's only write lock until the end; progress stays in memory.
        var durable = !db.Database.IsSqlite();

        int createdClients = 0, openedCases = 0;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            for (var start = 0; start < toCreate.Count; start += BatchSize)
            {
                foreach (var row in toCreate.Skip(start).Take(BatchSize))
                {
                    var (problems, converted) = await ImportDryRun.CheckRowAsync(row, converter, clients, session.Headers, mapping, ct);
                    var added = problems.Count == 0 ? await clients.AddAsync(converted.Client, ct) : default;
                    if (problems.Count == 0 && !added.IsSuccess) problems = RowMessages.FromError(row.RowNumber, added.Error!, session.Headers, mapping);
                    if (problems.Count > 0)
                    {
                        await tx.RollbackAsync(ct);
                        db.ChangeTracker.Clear();
                        await RefuseAsync(sessionId, $"{problems[0]} Die Daten haben sich seit dem Probelauf geändert. Es wurde nichts übernommen; " +
                                                     "bitte führen Sie den Probelauf erneut durch.", ct);
                        return;
                    }
                    createdClients++;
                    if (converted.Case is { } seed)
                    {
                        var @case = cases.NewCase(added.Value!.Id, seed.OpenedOn);
                        if (seed.FirstConcerns is { } concerns && @case.RecordIntake(new Intake
                            {
                                FirstContactOn = seed.OpenedOn, Route = seed.Route, FirstConcerns = concerns, Decision = IntakeDecision.CaseManagementIndicated
                            }, today) is { } refused)
                        {
                            await tx.RollbackAsync(ct);
                            db.ChangeTracker.Clear();
                            await RefuseAsync(sessionId, $"{RowMessages.Format(row.RowNumber, ImportField.FirstConcerns, refused.Message, session.Headers, mapping)} Es wurde nichts übernommen.", ct);
                            return;
                        }
                        db.Cases.Add(@case);
                        openedCases++;
                    }
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear(); // keeps change detection fast; the transaction still holds everything
                await progress.ReportAsync(sessionId, "Personen werden angelegt", Math.Min(start + BatchSize, toCreate.Count), toCreate.Count, durable);
            }

            await db.ImportRows.Where(r => r.SessionId == sessionId).ExecuteDeleteAsync(ct);
            var skipped = rows.Count - toCreate.Count;
            var message = $"{Count(createdClients, "Person", "Personen")} angelegt, {Count(openedCases, "Fall", "Fälle")} eröffnet" +
                          (skipped > 0 ? $", {Count(skipped, "Zeile", "Zeilen")} nicht übernommen (ausgeschlossen oder unbestätigte Dubletten)." : ".") +
                          " Die Zwischenspeicherung der Datei wurde gelöscht.";
            var changed = await db.ImportSessions.Where(s => s.Id == sessionId && s.Status == ImportStatus.Committing)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ImportStatus.Committed)
                    .SetProperty(s => s.CreatedClients, createdClients).SetProperty(s => s.OpenedCases, openedCases)
                    .SetProperty(s => s.SkippedRows, skipped).SetProperty(s => s.Message, message)
                    .SetProperty(s => s.Version, s => s.Version + 1), ct);
            if (changed != 1)
            {
                await tx.RollbackAsync(ct);
                return;
            }
            audit.Add(AuditOperation.Delete, ImportSessions.AuditEntityType, sessionId.ToString(), "Import übernommen: Zwischenspeicher gelöscht");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
    }

    private async Task RefuseAsync(Guid sessionId, string message, CancellationToken ct) =>
        await db.ImportSessions.Where(s => s.Id == sessionId && s.Status == ImportStatus.Committing)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ImportStatus.Checked)
                .SetProperty(s => s.Message, message.Length > 2000 ? message[..2000] : message)
                .SetProperty(s => s.Version, s => s.Version + 1), ct);

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))} {many}";
}
