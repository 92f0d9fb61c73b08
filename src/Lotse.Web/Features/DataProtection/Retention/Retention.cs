using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.DataProtection;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Features.DataProtection.Retention;

/// <summary>One thing that is due (or would be, but for a legal hold).</summary>
public sealed record RetentionItem(RetentionRecordType RecordType, Guid SubjectId, Guid ClientId, string FileNumber, DateOnly DueSince, string Reason);

public sealed record RetentionTypeCount(RetentionRecordType RecordType, string Name, int Due, int Held);

/// <summary>The dry-run report and the result of a run: what is (or was) due and why, and what a Sperrvermerk holds back.</summary>
public sealed record RetentionReport(DateTimeOffset At, bool DryRun, IReadOnlyList<RetentionTypeCount> Counts,
    IReadOnlyList<RetentionItem> Due, IReadOnlyList<RetentionItem> Held, RetentionSettings Settings)
{
    public int TotalDue => Due.Count;
}

public sealed record RetentionSettings(int ClosedCaseYears, int ClientWithoutCaseYears, BirthDateGranularity BirthDateGranularity);

/// <summary>
/// Aufbewahrung: finds what the retention periods make due and anonymises it. <see cref="PlanAsync"/> changes
/// nothing (dry run); <see cref="RunAsync"/> plans and carries out inside one transaction that holds a database
/// lock (PostgreSQL: advisory lock; SQLite: the writer lock of BEGIN IMMEDIATE), so two instances or two runs at
/// once take turns, and the second finds nothing left to do. Every anonymisation leaves an
/// <see cref="AnonymisationRecord"/>; what has one is never due again (idempotent), the unique index guards it too.
/// </summary>
public sealed class RetentionJob(LotseDbContext db, IOptions<RetentionOptions> options, TimeProvider clock, AuditActor actor)
{
    private const long LockKey = 5_737_300_002;
    private RetentionOptions O => options.Value;

    public static string Name(RetentionRecordType t) => t switch
    {
        RetentionRecordType.ClosedCase => "Abgeschlossene Fälle",
        RetentionRecordType.Client => "Personen (alle Fälle abgeschlossen und fällig)",
        _ => "Personen ohne Fall"
    };

    public async Task<RetentionReport> PlanAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var caseCutoff = today.AddYears(-O.ClosedCaseYears);
        var clientCutoff = now.AddYears(-O.ClientWithoutCaseYears);

        var records = db.Set<AnonymisationRecord>();
        var held = (await db.Set<LegalHold>().AsNoTracking().Where(h => h.LiftedAt == null).Select(h => h.ClientId).ToListAsync(ct)).ToHashSet();

        // Closed cases past their period, not anonymised yet.
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Phase == CasePhase.Closed && c.ClosedOn != null && c.ClosedOn <= caseCutoff
                        && !records.Any(r => r.RecordType == RetentionRecordType.ClosedCase && r.SubjectId == c.Id))
            .Join(db.Clients, c => c.ClientId, k => k.Id, (c, k) => new { c.Id, c.ClientId, k.FileNumber, ClosedOn = c.ClosedOn!.Value })
            .ToListAsync(ct);
        var items = cases.Select(c => new RetentionItem(RetentionRecordType.ClosedCase, c.Id, c.ClientId, c.FileNumber,
            c.ClosedOn.AddYears(O.ClosedCaseYears), $"abgeschlossen am {German.Date(c.ClosedOn)}, Frist {O.ClosedCaseYears} Jahre")).ToList();

        // Clients whose every case is closed and past its period (the last closure counts), not anonymised yet.
        var clients = await db.Clients.AsNoTracking()
            .Where(k => db.Cases.Any(c => c.ClientId == k.Id)
                        && !db.Cases.Any(c => c.ClientId == k.Id && (c.Phase != CasePhase.Closed || c.ClosedOn == null || c.ClosedOn > caseCutoff))
                        && !records.Any(r => r.RecordType == RetentionRecordType.Client && r.SubjectId == k.Id))
            .Select(k => new { k.Id, k.FileNumber, LastClosed = db.Cases.Where(c => c.ClientId == k.Id).Max(c => c.ClosedOn) })
            .ToListAsync(ct);
        items.AddRange(clients.Select(k => new RetentionItem(RetentionRecordType.Client, k.Id, k.Id, k.FileNumber,
            k.LastClosed!.Value.AddYears(O.ClosedCaseYears), $"letzter Fall abgeschlossen am {German.Date(k.LastClosed)}, Frist {O.ClosedCaseYears} Jahre")));

        // Clients without any case, registered before the period.
        var lonely = await db.Clients.AsNoTracking()
            .Where(k => !db.Cases.Any(c => c.ClientId == k.Id) && k.CreatedAt <= clientCutoff
                        && !records.Any(r => r.RecordType == RetentionRecordType.ClientWithoutCase && r.SubjectId == k.Id)
                        && !records.Any(r => r.RecordType == RetentionRecordType.Client && r.SubjectId == k.Id))
            .Select(k => new { k.Id, k.FileNumber, k.CreatedAt })
            .ToListAsync(ct);
        items.AddRange(lonely.Select(k => new RetentionItem(RetentionRecordType.ClientWithoutCase, k.Id, k.Id, k.FileNumber,
            DateOnly.FromDateTime(k.CreatedAt.AddYears(O.ClientWithoutCaseYears).UtcDateTime),
            $"ohne Fall, erfasst am {German.Date(DateOnly.FromDateTime(k.CreatedAt.UtcDateTime))}, Frist {O.ClientWithoutCaseYears} Jahre")));

        var due = items.Where(i => !held.Contains(i.ClientId)).OrderBy(i => i.RecordType).ThenBy(i => i.DueSince).ToList();
        var blocked = items.Where(i => held.Contains(i.ClientId)).OrderBy(i => i.RecordType).ThenBy(i => i.DueSince).ToList();
        var counts = Enum.GetValues<RetentionRecordType>().Select(t => new RetentionTypeCount(t, Name(t),
            due.Count(i => i.RecordType == t), blocked.Count(i => i.RecordType == t))).ToList();
        return new RetentionReport(now, true, counts, due, blocked,
            new RetentionSettings(O.ClosedCaseYears, O.ClientWithoutCaseYears, O.BirthDateGranularity));
    }

    public async Task<RetentionReport> RunAsync(CancellationToken ct)
    {
        actor.Use(AuditChannel.Job, "Aufbewahrungsfrist abgelaufen (Anonymisierung)");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        else // SQLite: take the writer lock now, before planning, so a concurrent run waits for this one's commit
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditChainHeads\" SET \"Id\" = \"Id\" WHERE 0 = 1", ct);

        var plan = await PlanAsync(ct);
        await CarryOutAsync(plan.Due, null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return plan with { DryRun = false };
    }

    /// <summary>Anonymises the given items (also used for a granted Löschantrag); the caller saves.</summary>
    public async Task CarryOutAsync(IReadOnlyList<RetentionItem> items, Guid? erasureRequestId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var caseIds = items.Where(i => i.RecordType == RetentionRecordType.ClosedCase).Select(i => i.SubjectId).ToList();
        foreach (var c in await Anonymiser.LoadCasesAsync(db, caseIds, ct))
            Anonymiser.AnonymiseCase(db, c);
        var clientIds = items.Where(i => i.RecordType != RetentionRecordType.ClosedCase).Select(i => i.SubjectId).ToList();
        foreach (var k in await db.Clients.Where(k => clientIds.Contains(k.Id)).ToListAsync(ct))
            Anonymiser.AnonymiseClient(db, k, O.BirthDateGranularity);
        await Anonymiser.AnonymiseLinkedAsync(db, clientIds, caseIds, ct);
        db.Set<AnonymisationRecord>().AddRange(items.Select(i => new AnonymisationRecord
        {
            RecordType = i.RecordType, SubjectId = i.SubjectId, ClientId = i.ClientId, At = now,
            Reason = erasureRequestId is null ? "Aufbewahrungsfrist: " + i.Reason : "Löschantrag: " + i.Reason,
            ErasureRequestId = erasureRequestId
        }));
    }
}

/// <summary>Runs <see cref="RetentionJob"/> on a timer (first run one interval after start).</summary>
public sealed class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<RetentionService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(stoppingToken);
                log.LogInformation("Retention run anonymised {Count} records", report.TotalDue);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception ex)
            {
                // Nothing is half done (one transaction); the next run tries again.
                log.LogWarning("Retention run failed: {ExceptionType}", ex.GetType().Name);
            }
        }
    }
}
