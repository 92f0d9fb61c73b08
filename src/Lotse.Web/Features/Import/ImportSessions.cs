using System.Security.Claims;
using Lotse.Web.Data;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Import.Mapping;
using Lotse.Web.Features.Import.Parsing;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Import;

/// <summary>
/// The steps of an import before and around the jobs: upload, mapping, decisions per row, start of dry run and
/// commit, discard. An import belongs to the case manager who uploaded it; for anyone else it does not exist.
/// Shared by the pages and the API.
/// </summary>
public sealed class ImportSessions(
    LotseDbContext db, ClientAccess access, CurrentUser user, AuditLog audit, AuditActor actor, ImportJobs jobs, ImportProgress progress, TimeProvider clock)
{
    public const string AuditEntityType = "ImportSession";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private const int MaxPageSize = 500;

    private static Error NotFound => Error.NotFound("Der Import");

    public async Task<Result<ImportSession>> UploadAsync(byte[] content, string? fileName, string? sheetName, CancellationToken ct)
    {
        if (!access.MayRegisterClients) return new Error(ErrorKind.Forbidden, "Nur Case Manager:innen importieren Personen.");
        var read = ImportFileReader.Read(content, sheetName);
        if (!read.IsSuccess) return read.Error!;
        var file = read.Value!;
        if (file.Rows.Count == 0) return Error.Invalid("file", "Die Datei enthält nur eine Überschriftenzeile und keine Daten.");

        var now = clock.GetUtcNow();
        var session = new ImportSession
        {
            OwnerUserId = user.Id,
            OrganisationId = user.OrganisationId,
            FileName = CleanFileName(fileName),
            Format = file.Format,
            SourceDescription = file.Description,
            Headers = file.Headers.ToList(),
            RowCount = file.Rows.Count,
            EmptyRowsSkipped = file.EmptyRowsSkipped,
            Mapping = ColumnSuggestions.Suggest(file.Headers).ToJson(),
            Status = ImportStatus.Uploaded,
            CreatedAt = now,
            ExpiresAt = now + Lifetime
        };
        db.ImportSessions.Add(session);
        db.ImportRows.AddRange(file.Rows.Select(r => new ImportRow { SessionId = session.Id, RowNumber = r.Number, Cells = r.Cells.ToList() }));
        audit.Add(AuditOperation.Create, AuditEntityType, session.Id.ToString(), "Import: Datei hochgeladen");
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task<IReadOnlyList<ImportListItem>> ListMineAsync(CancellationToken ct)
    {
        var me = user.Id;
        var sessions = await db.ImportSessions.AsNoTracking().Where(s => s.OwnerUserId == me).ToListAsync(ct);
        return sessions.OrderByDescending(s => s.CreatedAt)
            .Select(s => new ImportListItem(s.Id, s.FileName, s.Status, ImportNames.Of(s.Status), s.RowCount, s.CreatedAt, s.ExpiresAt)).ToList();
    }

    public async Task<ImportSessionDto?> GetAsync(Guid id, CancellationToken ct)
    {
        var session = await Mine(id).AsNoTracking().FirstOrDefaultAsync(ct);
        if (session is null) return null;
        var counts = await db.ImportRows.Where(r => r.SessionId == id)
            .GroupBy(r => 1)
            .Select(g => new
            {
                Excluded = g.Count(r => r.Excluded),
                ToCreate = g.Count(r => !r.Excluded && (r.Outcome == ImportRowOutcome.Valid || (r.Outcome == ImportRowOutcome.Duplicate && r.DuplicateConfirmed))),
                Blocking = g.Count(r => !r.Excluded && (r.Outcome == ImportRowOutcome.Invalid || r.Outcome == null))
            }).FirstOrDefaultAsync(ct);
        var mapping = ColumnMapping.FromJson(session.Mapping);
        var columns = session.Headers.Select((h, i) => new ImportColumn(i, TabularBuilder.ColumnLetters(i), h)).ToList();
        var fields = ImportFields.All.Select(f => new ImportFieldDto(f.Field, f.Label, f.Hint, f.Required, mapping.ColumnOf(f.Field))).ToList();
        var canCommit = session.Status == ImportStatus.Checked && counts is { Blocking: 0, ToCreate: > 0 };
        var running = session.Status is ImportStatus.Checking or ImportStatus.Committing;
        return new ImportSessionDto(session.Id, session.FileName, session.SourceDescription, session.Status, ImportNames.Of(session.Status),
            columns, fields, session.RowCount, session.EmptyRowsSkipped, session.ValidRows, session.InvalidRows, session.DuplicateRows,
            counts?.Excluded ?? 0, counts?.ToCreate ?? 0, session.CreatedClients, session.OpenedCases, session.SkippedRows, session.Message,
            running ? progress.Of(id, session) ?? new ImportProgressDto("läuft", 0, 0, 0) : null, canCommit, session.CreatedAt, session.ExpiresAt);
    }

    /// <summary>The first rows as the file has them, for the mapping step. Reading staged rows is audited.</summary>
    public async Task<List<List<string>>?> PreviewAsync(Guid id, int count, CancellationToken ct)
    {
        if (!await Mine(id).AnyAsync(ct)) return null;
        return await audit.ReadAsync(AuditEntityType,
            token => db.ImportRows.AsNoTracking().Where(r => r.SessionId == id).OrderBy(r => r.RowNumber).Take(count).Select(r => r.Cells).ToListAsync(token),
            _ => [id.ToString()], ct, "Import: Vorschau der Datei");
    }

    /// <summary>The dry-run result, page by page. Reading staged rows is audited.</summary>
    public async Task<Result<ImportRowPage>> RowsAsync(Guid id, ImportRowFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var session = await Mine(id).AsNoTracking().Select(s => new { s.Mapping }).FirstOrDefaultAsync(ct);
        if (session is null) return NotFound;
        if (pageSize is < 1 or > MaxPageSize) return Error.Invalid("pageSize", $"Die Seitengröße liegt zwischen 1 und {MaxPageSize}.");
        if (page < 1) return Error.Invalid("page", "Die Seite beginnt bei 1.");
        var mapping = ColumnMapping.FromJson(session.Mapping);

        var rows = db.ImportRows.AsNoTracking().Where(r => r.SessionId == id);
        rows = filter switch
        {
            ImportRowFilter.Problems => rows.Where(r => !r.Excluded && (r.Outcome == ImportRowOutcome.Invalid || (r.Outcome == ImportRowOutcome.Duplicate && !r.DuplicateConfirmed))),
            ImportRowFilter.Invalid => rows.Where(r => r.Outcome == ImportRowOutcome.Invalid),
            ImportRowFilter.Duplicates => rows.Where(r => r.Outcome == ImportRowOutcome.Duplicate),
            ImportRowFilter.Excluded => rows.Where(r => r.Excluded),
            _ => rows
        };
        return await audit.ReadAsync(AuditEntityType, async token =>
        {
            var total = await rows.CountAsync(token);
            var items = await rows.OrderBy(r => r.RowNumber).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(token);
            return new ImportRowPage(items.Select(r => ToDto(r, mapping)).ToList(), total, page, pageSize);
        }, _ => [id.ToString()], ct, "Import: Ergebnis des Probelaufs");
    }

    /// <summary>Saves the mapping and starts the dry run (again). Refused while a job runs or after the commit.</summary>
    public async Task<Result<ImportSession>> MapAndCheckAsync(Guid id, ImportMappingInput input, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        var session = await Mine(id).FirstOrDefaultAsync(ct);
        if (session is null) return NotFound;
        if (Busy(session) is { } busy) return busy;

        var columns = new Dictionary<ImportField, int>();
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, column) in input.Columns!)
        {
            if (!Enum.TryParse<ImportField>(name, ignoreCase: true, out var field) || !Enum.IsDefined(field))
                errors[$"columns.{name}"] = [$"Das Lotse-Feld „{ImportValues.Shorten(name)}“ gibt es nicht."];
            else if (column is { } c && (c < 0 || c >= session.Headers.Count))
                errors[$"columns.{field}"] = [$"Die Datei hat keine Spalte {c} (Spalten 0 bis {session.Headers.Count - 1})."];
            else if (column is { } c2) columns[field] = c2;
        }
        foreach (var required in ImportFields.All.Where(f => f.Required && !columns.ContainsKey(f.Field)))
            errors.TryAdd($"columns.{required.Field}", [$"Bitte ordnen Sie dem Feld „{required.Label}“ eine Spalte zu."]);
        if (errors.Count > 0) return Error.Invalid(errors);

        session.Mapping = new ColumnMapping { Columns = columns }.ToJson();
        session.Message = null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Error(ErrorKind.Conflict, "Der Import wird gerade verarbeitet. Bitte warten Sie, bis die Verarbeitung abgeschlossen ist.");
        }
        return await StartAsync(session, ImportJobKind.DryRun, [ImportStatus.Uploaded, ImportStatus.Checked], ct);
    }

    /// <summary>Excludes rows or confirms duplicates. Only between the jobs.</summary>
    public async Task<Result<int>> DecideAsync(Guid id, ImportDecisionInput input, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        var session = await Mine(id).AsNoTracking().FirstOrDefaultAsync(ct);
        if (session is null) return NotFound;
        if (Busy(session) is { } busy) return busy;
        var wanted = input.Rows!.GroupBy(r => r.Row).ToDictionary(g => g.Key, g => g.Last());
        var numbers = wanted.Keys.ToList();
        var rows = await db.ImportRows.Where(r => r.SessionId == id && numbers.Contains(r.RowNumber)).ToListAsync(ct);
        if (rows.Count != numbers.Count)
        {
            var missing = numbers.Except(rows.Select(r => r.RowNumber)).Order().Take(5);
            return Error.Invalid("rows", $"Diese Zeilen gibt es in der Datei nicht: {string.Join(", ", missing)}.");
        }
        foreach (var row in rows)
        {
            row.Excluded = wanted[row.RowNumber].Excluded;
            row.DuplicateConfirmed = row.Outcome == ImportRowOutcome.Duplicate && wanted[row.RowNumber].ConfirmDuplicate;
        }
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// Starts the commit. Refused while any row that is not excluded has errors (or was not checked), when nothing would
    /// be created, and when the import is already being committed or was committed (the status change is atomic).
    /// </summary>
    public async Task<Result<ImportSession>> CommitAsync(Guid id, CancellationToken ct)
    {
        var session = await Mine(id).FirstOrDefaultAsync(ct);
        if (session is null) return NotFound;
        if (session.Status == ImportStatus.Committing)
            return new Error(ErrorKind.Conflict, "Dieser Import wird bereits übernommen.");
        if (session.Status == ImportStatus.Committed)
            return new Error(ErrorKind.Conflict, "Dieser Import wurde bereits übernommen.");
        if (session.Status != ImportStatus.Checked)
            return new Error(ErrorKind.Conflict, "Bitte führen Sie zuerst den Probelauf durch.");
        var blocking = await db.ImportRows.Where(r => r.SessionId == id && !r.Excluded && (r.Outcome == ImportRowOutcome.Invalid || r.Outcome == null))
            .OrderBy(r => r.RowNumber).Select(r => r.RowNumber).Take(11).ToListAsync(ct);
        if (blocking.Count > 0)
            return Error.Invalid("rows", $"{(blocking.Count == 1 ? "Zeile" : "Die Zeilen")} {string.Join(", ", blocking.Take(10))}{(blocking.Count > 10 ? " und weitere" : "")} " +
                                         $"{(blocking.Count == 1 ? "enthält" : "enthalten")} Fehler. Es wird nur übernommen, wenn alle Zeilen fehlerfrei sind: " +
                                         "Bitte schließen Sie die fehlerhaften Zeilen aus oder korrigieren Sie die Datei und laden Sie sie erneut hoch.");
        if (!await db.ImportRows.AnyAsync(r => r.SessionId == id && !r.Excluded
                && (r.Outcome == ImportRowOutcome.Valid || (r.Outcome == ImportRowOutcome.Duplicate && r.DuplicateConfirmed)), ct))
            return Error.Invalid("rows", "Es gibt keine Zeile, die angelegt würde (alle ausgeschlossen oder Dubletten ohne Bestätigung).");
        return await StartAsync(session, ImportJobKind.Commit, [ImportStatus.Checked], ct);
    }

    public async Task<Result<bool>> DiscardAsync(Guid id, CancellationToken ct)
    {
        var session = await Mine(id).AsNoTracking().FirstOrDefaultAsync(ct);
        if (session is null) return NotFound;
        if (session.Status is ImportStatus.Checking or ImportStatus.Committing)
            return new Error(ErrorKind.Conflict, "Der Import wird gerade verarbeitet und kann erst danach verworfen werden.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.ImportRows.Where(r => r.SessionId == id).ExecuteDeleteAsync(ct);
        var deleted = await db.ImportSessions.Where(s => s.Id == id && s.Status != ImportStatus.Checking && s.Status != ImportStatus.Committing).ExecuteDeleteAsync(ct);
        if (deleted == 0) return new Error(ErrorKind.Conflict, "Der Import wird gerade verarbeitet und kann erst danach verworfen werden.");
        audit.Add(AuditOperation.Delete, AuditEntityType, id.ToString(), "Import verworfen");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The running job of this import, for the API to wait for the dry run.</summary>
    internal Task? RunningJob { get; private set; }

    private async Task<Result<ImportSession>> StartAsync(ImportSession session, ImportJobKind kind, ImportStatus[] from, CancellationToken ct)
    {
        var to = kind == ImportJobKind.DryRun ? ImportStatus.Checking : ImportStatus.Committing;
        var now = clock.GetUtcNow();
        var id = session.Id;
        var (first, second) = (from[0], from[^1]);
        var changed = await db.ImportSessions.Where(s => s.Id == id && (s.Status == first || s.Status == second))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, to).SetProperty(s => s.JobStartedAt, now)
                .SetProperty(s => s.Message, (string?)null).SetProperty(s => s.Version, s => s.Version + 1), ct);
        if (changed == 0)
            return new Error(ErrorKind.Conflict, kind == ImportJobKind.Commit
                ? "Dieser Import wird bereits übernommen oder wurde schon übernommen."
                : "Der Import wird gerade verarbeitet. Bitte warten Sie, bis die Verarbeitung abgeschlossen ist.");
        RunningJob = jobs.Start(id, kind, actor.Principal ?? new ClaimsPrincipal(), actor.Channel);
        await db.Entry(session).ReloadAsync(ct);
        return session;
    }

    private Error? Busy(ImportSession session) => session.Status switch
    {
        ImportStatus.Checking or ImportStatus.Committing => new Error(ErrorKind.Conflict, "Der Import wird gerade verarbeitet. Bitte warten Sie, bis die Verarbeitung abgeschlossen ist."),
        ImportStatus.Committed => new Error(ErrorKind.Conflict, "Dieser Import wurde bereits übernommen."),
        _ => null
    };

    private IQueryable<ImportSession> Mine(Guid id)
    {
        var me = user.Id;
        return db.ImportSessions.Where(s => s.Id == id && s.OwnerUserId == me);
    }

    internal static ImportRowDto ToDto(ImportRow r, ColumnMapping mapping)
    {
        string Cell(ImportField f) => mapping.ColumnOf(f) is { } c && c < r.Cells.Count ? r.Cells[c].Trim() : "";
        var name = $"{Cell(ImportField.FirstName)} {Cell(ImportField.LastName)}".Trim();
        var willBeCreated = !r.Excluded && (r.Outcome == ImportRowOutcome.Valid || (r.Outcome == ImportRowOutcome.Duplicate && r.DuplicateConfirmed));
        var outcomeName = r.Outcome == ImportRowOutcome.Duplicate && r.DuplicateConfirmed && !r.Excluded
            ? "mögliche Dublette – wird trotzdem angelegt" : ImportNames.Of(r.Outcome, r.Excluded);
        return new ImportRowDto(r.RowNumber, r.Excluded ? "Excluded" : r.Outcome?.ToString() ?? "Unchecked", outcomeName,
            ImportValues.Shorten(name), r.Problems, r.DuplicateOf, r.Excluded, r.DuplicateConfirmed, willBeCreated);
    }

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0) name = "Import";
        return name.Length > 200 ? name[..200] : name;
    }
}
