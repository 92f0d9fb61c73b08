using System.Collections.Concurrent;
using System.Security.Claims;
using Lotse.Web.Data;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Import;

public enum ImportJobKind { DryRun, Commit }

/// <summary>
/// Progress of the running import jobs, for the status page. Kept in the import's row (ProgressPhase/Done/Total), so
/// every app instance shows it, and in memory for this instance's own jobs (IsRunning: is the job alive here).
/// SQLite has one writer: while an import's commit transaction holds it, progress is only kept in memory
/// (<c>durable: false</c>) and written once the transaction has ended; on PostgreSQL it is written at once.
/// </summary>
public sealed class ImportProgress(IServiceScopeFactory scopes, ILogger<ImportProgress> log)
{
    private readonly ConcurrentDictionary<Guid, ImportProgressDto> _jobs = new();

    public async Task ReportAsync(Guid sessionId, string phase, int done, int total, bool durable = true)
    {
        var dto = new ImportProgressDto(phase, done, total, total == 0 ? 100 : (int)Math.Min(100, done * 100L / total));
        _jobs[sessionId] = dto;
        if (durable) await SaveAsync(sessionId, dto);
    }

    /// <summary>Written from a scope of its own (outside the job's transaction), without touching the import's version.</summary>
    private async Task SaveAsync(Guid sessionId, ImportProgressDto? dto)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            await db.ImportSessions.Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ProgressPhase, dto == null ? null : dto.Phase)
                    .SetProperty(s => s.ProgressDone, dto == null ? 0 : dto.Done)
                    .SetProperty(s => s.ProgressTotal, dto == null ? 0 : dto.Total));
        }
        catch (Exception e)
        {
            // Progress is a display aid: a failed write must not fail the import.
            log.LogWarning("Import progress not saved: {ExceptionType}", e.GetType().Name);
        }
    }

    /// <summary>This instance's own job first (freshest), else what any instance wrote into the import's row.</summary>
    public ImportProgressDto? Of(Guid sessionId, ImportSession? stored = null) =>
        _jobs.TryGetValue(sessionId, out var p) ? p
        : stored is { ProgressPhase: { } phase } ? new ImportProgressDto(phase, stored.ProgressDone, stored.ProgressTotal,
            stored.ProgressTotal == 0 ? 100 : (int)Math.Min(100, stored.ProgressDone * 100L / stored.ProgressTotal))
        : null;

    public bool IsRunning(Guid sessionId) => _jobs.ContainsKey(sessionId);

    public async Task FinishAsync(Guid sessionId)
    {
        _jobs.TryRemove(sessionId, out _);
        await SaveAsync(sessionId, null);
    }
}

/// <summary>
/// Runs the dry run and the commit outside the request, so that the page can show progress. The job works in its own
/// scope with the identity of the case manager who started it (rights and audit trail as if they did it themselves).
/// The status change to Checking/Committing made before the start is the lock: a second start is refused there.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, ImportProgress progress, IHostApplicationLifetime lifetime, ILogger<ImportJobs> log)
{
    public Task Start(Guid sessionId, ImportJobKind kind, ClaimsPrincipal user, AuditChannel channel)
    {
        return Task.Run(async () =>
        {
            await progress.ReportAsync(sessionId, kind == ImportJobKind.DryRun ? "Probelauf" : "Übernahme", 0, 0);
            await RunAsync(sessionId, kind, user, channel, lifetime.ApplicationStopping);
        });
    }

    private async Task RunAsync(Guid sessionId, ImportJobKind kind, ClaimsPrincipal user, AuditChannel channel, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            services.GetRequiredService<CurrentUser>().ActAs(user);
            var actor = services.GetRequiredService<AuditActor>();
            actor.ActAs(user);
            actor.Use(channel, $"Import {sessionId}");
            if (kind == ImportJobKind.DryRun) await services.GetRequiredService<ImportDryRun>().RunAsync(sessionId, ct);
            else await services.GetRequiredService<ImportCommit>().RunAsync(sessionId, ct);
        }
        catch (Exception e)
        {
            // Only the type: messages can carry values from the file.
            log.LogError("Import job {Kind} failed: {ExceptionType}", kind, e.GetType().FullName);
            await ReleaseAsync(sessionId, kind, "Bei der Verarbeitung ist ein Fehler aufgetreten. Es wurde nichts übernommen. Bitte versuchen Sie es erneut.");
        }
        finally
        {
            await progress.FinishAsync(sessionId);
        }
    }

    /// <summary>After a failed job: the import goes back to where it was before the job, with a message.</summary>
    private async Task ReleaseAsync(Guid sessionId, ImportJobKind kind, string message)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var (running, back) = kind == ImportJobKind.DryRun
                ? (ImportStatus.Checking, ImportStatus.Uploaded)
                : (ImportStatus.Committing, ImportStatus.Checked);
            await db.ImportSessions.Where(s => s.Id == sessionId && s.Status == running)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, back).SetProperty(s => s.Message, message)
                    .SetProperty(s => s.Version, s => s.Version + 1));
        }
        catch (Exception e)
        {
            log.LogError("Import job clean-up failed: {ExceptionType}", e.GetType().FullName);
        }
    }
}

/// <summary>
/// Deletes expired imports (rows included) every ten minutes, and frees imports whose job died with an earlier
/// process (status still Checking/Committing hours later; their transaction was rolled back, so nothing was created).
/// </summary>
public sealed class ImportHousekeeping(IServiceScopeFactory scopes, ImportProgress progress, TimeProvider clock, ILogger<ImportHousekeeping> log) : BackgroundService
{
    public static readonly TimeSpan StaleJobAfter = TimeSpan.FromHours(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await PurgeAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception ex)
            {
                log.LogWarning("Import housekeeping failed: {ExceptionType}", ex.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task PurgeAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<LotseDbContext>();
        var audit = services.GetRequiredService<AuditLog>();
        services.GetRequiredService<AuditActor>().Use(AuditChannel.Job, "Import abgelaufen: Zwischenspeicher gelöscht");
        var now = clock.GetUtcNow();

        var expired = await db.ImportSessions.Where(s => s.ExpiresAt < now && s.Status != ImportStatus.Checking && s.Status != ImportStatus.Committing)
            .Select(s => new { s.Id, s.OwnerUserId }).ToListAsync(ct);
        foreach (var session in expired)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.ImportRows.Where(r => r.SessionId == session.Id).ExecuteDeleteAsync(ct);
            await db.ImportSessions.Where(s => s.Id == session.Id).ExecuteDeleteAsync(ct);
            audit.Add(AuditOperation.Delete, ImportSessions.AuditEntityType, session.Id.ToString());
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var staleBefore = now - StaleJobAfter;
        var stale = await db.ImportSessions
            .Where(s => (s.Status == ImportStatus.Checking || s.Status == ImportStatus.Committing) && s.JobStartedAt < staleBefore)
            .Select(s => new { s.Id, s.Status }).ToListAsync(ct);
        foreach (var session in stale.Where(s => !progress.IsRunning(s.Id)))
        {
            var back = session.Status == ImportStatus.Checking ? ImportStatus.Uploaded : ImportStatus.Checked;
            await db.ImportSessions.Where(s => s.Id == session.Id && s.Status == session.Status)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, back)
                    .SetProperty(s => s.Message, "Die Verarbeitung wurde unterbrochen (Neustart des Servers). Es wurde nichts übernommen. Bitte starten Sie sie erneut.")
                    .SetProperty(s => s.Version, s => s.Version + 1), ct);
        }
    }
}
