using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Lotse.Rules;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Rules;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lotse.Bench.Running;

/// <summary>
/// Rules at scale (issue 5): (1) evaluating every stored client in memory (map + evaluate: throughput, allocations),
/// (2) the daily refresh of the materialised findings (load, evaluate, replace rows), (3) the start page's findings
/// query for case managers (p50/p95/max of the single indexed query, repeated).
/// </summary>
public sealed class RulesScenario(string connectionString, BenchOptions options, Action<string> log)
{
    public async Task<string> RunAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = LotseEnvironments.Demo, ContentRootPath = AppContext.BaseDirectory, Args = []
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Lotse"] = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddLotse();
        await using var app = builder.Build();
        var catalog = app.Services.GetRequiredService<RuleCatalog>();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var md = new StringBuilder();
        md.AppendLine($"# Rules benchmark {DateTime.Now:yyyy-MM-dd HH:mm}{(options.Label is { } l ? " – " + l : "")}").AppendLine();
        md.AppendLine($"Rule sets: {catalog.Sets.Count}, rules effective today: {catalog.Engine.RulesEffectiveOn(today).Count()}.").AppendLine();

        // (1) In memory: load all clients in batches, then map + evaluate (timed without the database).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var load = Stopwatch.StartNew();
            var situations = new List<Situation>();
            Guid? after = null;
            while (true)
            {
                var ids = await db.Clients.AsNoTracking().Where(c => after == null || c.Id.CompareTo(after.Value) > 0)
                    .OrderBy(c => c.Id).Select(c => c.Id).Take(5000).ToListAsync();
                if (ids.Count == 0) break;
                var clients = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync();
                var statuses = (await db.ResidenceStatuses.AsNoTracking().Where(s => ids.Contains(s.ClientId)).ToListAsync()).ToLookup(s => s.ClientId);
                var facts = await RuleFindings.CaseFactsAsync(db, ids, default);
                foreach (var c in clients)
                    situations.Add(SituationMapper.From(c, statuses[c.Id].ToList(), facts.GetValueOrDefault(c.Id, RuleFindings.NoCase), today));
                after = ids[^1];
                db.ChangeTracker.Clear();
            }
            load.Stop();
            log($"Rules: loaded and mapped {situations.Count:N0} clients in {load.Elapsed.TotalSeconds:F1} s.");

            // Warm-up, then the measured pass.
            foreach (var s in situations.Take(1000)) catalog.Engine.Evaluate(s, today);
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(true);
            var cpu = Stopwatch.StartNew();
            long findings = 0, notable = 0;
            var byStatus = new Dictionary<FindingStatus, long>();
            foreach (var s in situations)
            {
                foreach (var f in catalog.Engine.Evaluate(s, today))
                {
                    findings++;
                    byStatus[f.Status] = byStatus.GetValueOrDefault(f.Status) + 1;
                    if (ClientFindingsStore.IsNotable(f, today)) notable++;
                }
            }
            cpu.Stop();
            var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
            // The bulk refresh evaluates without texts (status and dates only).
            var lean = Stopwatch.StartNew();
            foreach (var s in situations) catalog.Engine.Evaluate(s, today, explain: false);
            lean.Stop();

            var perSecond = situations.Count / cpu.Elapsed.TotalSeconds;
            log($"Rules: evaluated {situations.Count:N0} clients in {cpu.Elapsed.TotalSeconds:F2} s ({perSecond:N0} clients/s).");
            md.AppendLine("## 1. Evaluation in memory (one thread)").AppendLine();
            md.AppendLine("| clients | load + map from PostgreSQL | evaluate | clients/s | findings | notable (stored) | allocated per client | working set |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {situations.Count:N0} | {load.Elapsed.TotalSeconds:F1} s | {cpu.Elapsed.TotalSeconds:F2} s | {perSecond:N0} | {findings:N0} | {notable:N0} | {allocated / Math.Max(1, situations.Count) / 1024.0:F1} KiB | {Environment.WorkingSet / 1048576:N0} MiB |");
            md.AppendLine().AppendLine($"Findings by status: {string.Join(", ", byStatus.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value:N0}"))}.").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Without explanation texts (as the daily refresh evaluates): {lean.Elapsed.TotalSeconds:F2} s, {situations.Count / lean.Elapsed.TotalSeconds:N0} clients/s.").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Extrapolated to 100,000 clients: {100_000 / perSecond:F1} s of one core with texts (case panel, API), {100_000 / (situations.Count / lean.Elapsed.TotalSeconds):F1} s without (daily refresh).").AppendLine();
        }

        // (2) The daily refresh: every client, batches of 500, rows replaced.
        var refresher = app.Services.GetRequiredService<FindingsRefresher>();
        var full = Stopwatch.StartNew();
        var refreshed = await refresher.RefreshAllAsync(today, default);
        full.Stop();
        long rows;
        await using (var scope = app.Services.CreateAsyncScope())
            rows = await scope.ServiceProvider.GetRequiredService<LotseDbContext>().ClientFindings.LongCountAsync();
        log($"Rules: daily refresh of {refreshed:N0} clients in {full.Elapsed.TotalSeconds:F1} s, {rows:N0} finding rows.");
        md.AppendLine("## 2. Daily refresh of the materialised findings (PostgreSQL)").AppendLine();
        md.AppendLine("| clients | time | clients/s | ClientFindings rows |").AppendLine("|---:|---:|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| {refreshed:N0} | {full.Elapsed.TotalSeconds:F1} s | {refreshed / full.Elapsed.TotalSeconds:N0} | {rows:N0} |").AppendLine();

        // (3) The start page's findings query for case managers with active cases.
        List<(Guid Id, Guid Org)> managers;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            managers = (await db.Cases.AsNoTracking().Where(c => c.Phase != CasePhase.Closed)
                    .GroupBy(c => new { c.CaseManagerId, c.OrganisationId }).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(options.Users).ToListAsync())
                .Select(k => (k.CaseManagerId, k.OrganisationId)).ToList();
        }
        var samples = new List<double>();
        var shown = new List<int>();
        for (var i = 0; i < Math.Max(100, options.SqlSamples); i++)
        {
            var (id, org) = managers[i % managers.Count];
            await using var scope = app.Services.CreateAsyncScope();
            var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
            user.ActAs(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(LotseClaims.Organisation, org.ToString()),
                new Claim(ClaimTypes.Role, Roles.CaseManager)
            ], "bench")));
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var access = scope.ServiceProvider.GetRequiredService<ClientAccess>();
            var sw = Stopwatch.StartNew();
            var items = await StartPageFindingsQuery.LoadMineAsync(db, access, id, default);
            sw.Stop();
            if (i >= 10) { samples.Add(sw.Elapsed.TotalMilliseconds); shown.Add(items.Count); }
        }
        samples.Sort();
        double P(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(q * samples.Count) - 1)];
        log($"Rules: start-page findings query p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms over {managers.Count} case managers.");
        md.AppendLine("## 3. Start page: findings of the case manager's active cases (one query, EF Core, sequential)").AppendLine();
        md.AppendLine("| case managers | samples | p50 | p95 | max | findings shown (avg) |").AppendLine("|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| {managers.Count} | {samples.Count} | {P(0.5):F1} ms | {P(0.95):F1} ms | {samples[^1]:F1} ms | {shown.Average():F1} |");
        return md.ToString();
    }
}
