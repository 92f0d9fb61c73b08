using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lotse.Web.Features.Rules;

/// <summary>
/// When a client, a residence status, a case or an assessment changes, records a refresh request for that client
/// in the same SaveChanges (and therefore the same transaction): the findings cannot miss a committed change.
/// </summary>
public sealed class FindingsRefreshInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Request(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Request(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Request(DbContext? context)
    {
        if (context is not LotseDbContext db) return;
        var tracker = db.ChangeTracker;
        tracker.DetectChanges();
        var changed = new HashSet<Guid>();
        foreach (var e in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (e.Entity)
            {
                case Client c when e.State != EntityState.Deleted: changed.Add(c.Id); break;
                case ResidenceStatus r: changed.Add(r.ClientId); break;
                case ClientRuleFacts f: changed.Add(f.ClientId); break;
                case Case k: changed.Add(k.ClientId); break;
                case Assessment when e.Metadata.FindProperty("CaseId") is not null:
                    var caseId = (Guid?)e.Property("CaseId").CurrentValue;
                    var owner = tracker.Entries<Case>().FirstOrDefault(k => k.Entity.Id == caseId);
                    if (owner is not null) changed.Add(owner.Entity.ClientId);
                    break;
            }
        }
        if (changed.Count == 0) return;
        var now = clock.GetUtcNow();
        foreach (var id in changed) db.FindingRefreshRequests.Add(new FindingRefreshRequest { ClientId = id, RequestedAt = now });
    }
}

/// <summary>
/// Keeps the materialised findings current: every few seconds it works off the refresh requests, and once a day
/// it re-evaluates every client (ages, stay durations and expiry dates change with the date alone).
/// Safe with several instances: a request is deleted only after its client was refreshed (a second refresh is
/// harmless), and the daily run is claimed by inserting the day's row, which only one instance can do.
/// </summary>
public sealed class FindingsRefresher(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config, ILogger<FindingsRefresher> log) : BackgroundService
{
    public const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Rules:BackgroundRefresh", true)) return;
        var interval = TimeSpan.FromSeconds(config.GetValue("Rules:RefreshIntervalSeconds", 5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessRequestsAsync(stoppingToken);
                await RunDailyAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                log.LogWarning(e, "Refreshing rule findings failed; retrying later");
            }
            try { await Task.Delay(interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Works off pending refresh requests; returns the number of clients refreshed.</summary>
    public async Task<int> ProcessRequestsAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var requests = await db.FindingRefreshRequests.AsNoTracking().OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (requests.Count == 0) return total;
            var clientIds = requests.Select(r => r.ClientId).Distinct().ToList();
            await scope.ServiceProvider.GetRequiredService<ClientFindingsStore>().RefreshAsync(clientIds, Today, ct);
            var ids = requests.Select(r => r.Id).ToList();
            await db.FindingRefreshRequests.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);
            total += clientIds.Count;
        }
    }

    /// <summary>The daily re-evaluation of every client, at most once per day across all instances.</summary>
    public async Task<int> RunDailyAsync(CancellationToken ct)
    {
        var today = Today;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            if (await db.FindingRefreshRuns.AnyAsync(r => r.Day == today, ct)) return 0;
            db.FindingRefreshRuns.Add(new FindingRefreshRun { Day = today, StartedAt = clock.GetUtcNow() });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { return 0; } // another instance claimed today's run
        }
        var count = await RefreshAllAsync(today, ct);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            await db.FindingRefreshRuns.Where(r => r.Day == today)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, clock.GetUtcNow()).SetProperty(r => r.Clients, count), ct);
        }
        log.LogInformation("Daily rule findings refresh: {Clients} clients", count);
        return count;
    }

    /// <summary>Re-evaluates every client in batches (keyset over the id); returns the number of clients.</summary>
    public async Task<int> RefreshAllAsync(DateOnly asOf, CancellationToken ct)
    {
        var count = 0;
        Guid? after = null;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var query = db.Clients.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id);
            var ids = after is { } a
                ? await db.Clients.AsNoTracking().Where(c => c.Id.CompareTo(a) > 0).OrderBy(c => c.Id).Select(c => c.Id).Take(BatchSize).ToListAsync(ct)
                : await query.Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0) return count;
            await scope.ServiceProvider.GetRequiredService<ClientFindingsStore>().RefreshAsync(ids, asOf, ct);
            count += ids.Count;
            after = ids[^1];
        }
    }
}
