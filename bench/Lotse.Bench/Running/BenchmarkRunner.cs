using System.Diagnostics;
using System.Net;
using Npgsql;

namespace Lotse.Bench.Running;

public sealed record ScenarioResult(
    string Endpoint, double Rate, LatencyStats Latency, int Scheduled, int TimedOut, double Throughput, double SendLagP99Ms,
    long PeakWorkingSet, long EndWorkingSet, double AppCpuCores, long AuditRows, double SqlP50, double SqlP95);

public sealed record AppInfo(long IdleWorkingSet, long PeakWorkingSet, int SignedInUsers, int MaxPoolSize, string LogFile);

/// <summary>Starts the app, signs in the users, then per endpoint: the single SQL query's latency, and per rate an open-model run.</summary>
public sealed class BenchmarkRunner(BenchOptions options, string connectionString, Action<string> log)
{
    private const int MaxPoolSize = 100;
    public AppInfo? AppInfo { get; private set; }

    public async Task<List<ScenarioResult>> RunAsync()
    {
        await using var app = await AppProcess.StartAsync(connectionString, MaxPoolSize, log);
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 4096,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        using var http = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        var (caseManagers, coordinator) = await Workload.LoadUsersAsync(connectionString, options.Users, options.Seed);
        var workload = new Workload(caseManagers, coordinator, http);
        var signIn = Stopwatch.StartNew();
        foreach (var user in caseManagers.Append(coordinator)) await workload.SignInAsync(user);
        log($"Signed in {caseManagers.Count} case managers (cm1 among them; {caseManagers.Average(u => u.ActiveCases.Count):F0} active cases each on average) " +
            $"and koordination in {signIn.Elapsed.TotalSeconds:F1} s.");

        var probes = new SqlProbes(connectionString, workload);
        var results = new List<ScenarioResult>();
        var idle = app.Memory();
        long peak = idle.WorkingSet;
        var sqlRuns = new Dictionary<string, int>();
        foreach (var endpoint in options.Endpoints)
        {
            var sql = await probes.MeasureAsync(endpoint, options.SqlSamples, new Random(options.Seed + endpoint.Length));
            log($"{endpoint}: single SQL query p50 {sql.P50:F2} ms, p95 {sql.P95:F2} ms ({sql.Count} sequential runs, direct Npgsql).");
            sqlRuns[endpoint] = sql.Count;
            foreach (var rate in endpoint == Endpoints.Overview && options.OverviewRates is { } overviewRates ? overviewRates : options.Rates)
            {
                await WaitForSealerAsync();
                var rng = new Random(HashCode.Combine(options.Seed, endpoint, rate));
                // Warm-up at the same rate (JIT, connection pools, caches), not measured.
                await OpenLoad.RunAsync(rate, options.Warmup, (int)(rate * options.Warmup.TotalSeconds * 1.5) + 10,
                    () => workload.Next(endpoint, rng), rng.Next(), TimeSpan.FromSeconds(30));

                var auditBefore = await MaxAuditIdAsync();
                var cpuBefore = app.CpuTime();
                var maxRss = 0L;
                using var sampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!sampling.IsCancellationRequested)
                    {
                        maxRss = Math.Max(maxRss, app.Memory().WorkingSet);
                        try { await Task.Delay(500, sampling.Token); } catch (OperationCanceledException) { }
                    }
                });
                var run = await OpenLoad.RunAsync(rate, options.Duration, (int)(rate * options.Duration.TotalSeconds * 1.5) + 10,
                    () => workload.Next(endpoint, rng), rng.Next(), TimeSpan.FromSeconds(30));
                sampling.Cancel();
                await sampler;
                var cpu = (app.CpuTime() - cpuBefore).TotalSeconds / run.Elapsed.TotalSeconds;
                var audit = await MaxAuditIdAsync() - auditBefore;
                var ok = run.Samples.Where(s => s.Ok).Select(s => s.LatencyMs).ToList();
                var errors = run.Samples.Count(s => !s.Ok) + run.TimedOut;
                var stats = LatencyStats.Of(ok, errors);
                var end = app.Memory();
                peak = Math.Max(peak, Math.Max(maxRss, end.WorkingSet));
                var result = new ScenarioResult(endpoint, rate, stats, run.Scheduled, run.TimedOut, run.Samples.Count / run.Elapsed.TotalSeconds,
                    run.SendLagP99Ms, maxRss, end.WorkingSet, cpu, audit, sql.P50, sql.P95);
                results.Add(result);
                log($"{endpoint} @ {rate} req/s: p50 {stats.P50:F1} ms, p95 {stats.P95:F1} ms, p99 {stats.P99:F1} ms, max {stats.Max:F0} ms; " +
                    $"{run.Samples.Count}/{run.Scheduled} done ({result.Throughput:F1}/s), {errors} errors; app RSS peak {maxRss / 1048576} MiB, app CPU {cpu:F2} cores; " +
                    $"{audit} audit entries; send lag p99 {run.SendLagP99Ms:F1} ms; ratio p50/SQL p50 {stats.P50 / sql.P50:F1}");
            }
        }
        AppInfo = new AppInfo(idle.WorkingSet, Math.Max(peak, app.Memory().PeakWorkingSet), caseManagers.Count + 1, MaxPoolSize, app.LogFile);
        return results;
    }

    private async Task<long> MaxAuditIdAsync()
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        return (long)(await new NpgsqlCommand("SELECT coalesce(max(\"Id\"), 0) FROM \"AuditEntries\"", c).ExecuteScalarAsync())!;
    }

    /// <summary>Lets the app's audit sealer catch up with the previous scenario, so its backlog does not load the next one.</summary>
    private async Task WaitForSealerAsync()
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(300))
        {
            var pending = (long)(await new NpgsqlCommand("SELECT count(*) FROM \"AuditEntries\" WHERE \"Sequence\" IS NULL", c).ExecuteScalarAsync())!;
            if (pending == 0) break;
            await Task.Delay(1000);
        }
        if (started.Elapsed > TimeSpan.FromSeconds(2)) log($"  (waited {started.Elapsed.TotalSeconds:F0} s for the audit sealer to catch up)");
    }
}
