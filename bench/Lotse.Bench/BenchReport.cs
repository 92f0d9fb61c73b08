using System.Globalization;
using System.Text;
using Lotse.Bench.Generation;
using Lotse.Bench.Running;
using Npgsql;

namespace Lotse.Bench;

/// <summary>Row counts and a few distributions of the dataset actually in the database.</summary>
public sealed record DatasetShape(IReadOnlyList<(string Table, long Rows)> Tables, string DatabaseSize, IReadOnlyList<(string Name, string Value)> Facts)
{
    public string Summary => string.Join(", ", Tables.Select(t => $"{t.Table} {t.Rows:N0}")) + $"; database {DatabaseSize}";

    public static async Task<DatasetShape> ReadAsync(string connectionString)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        var tables = new List<(string, long)>();
        foreach (var t in BulkSchema.Tables.Concat(["AspNetUsers", "Organisations", "Regions", "Municipalities", "AuditEntries"]))
            tables.Add((t, (long)(await new NpgsqlCommand($"SELECT count(*) FROM \"{t}\"", c) { CommandTimeout = 0 }.ExecuteScalarAsync())!));
        var size = (string)(await new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", c).ExecuteScalarAsync())!;
        var facts = new List<(string, string)>();
        async Task Fact(string name, string sql)
        {
            var value = await new NpgsqlCommand(sql, c) { CommandTimeout = 0 }.ExecuteScalarAsync();
            facts.Add((name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
        }
        await Fact("Active cases", """SELECT count(*) FROM "Cases" WHERE "Phase" <> 'Closed'""");
        await Fact("Case managers with active cases", """SELECT count(DISTINCT "CaseManagerId") FROM "Cases" WHERE "Phase" <> 'Closed'""");
        await Fact("Active cases per case manager (avg / min / max)", """
            SELECT round(avg(n)) || ' / ' || min(n) || ' / ' || max(n) FROM (SELECT count(*) n FROM "Cases" WHERE "Phase" <> 'Closed' GROUP BY "CaseManagerId") x
            """);
        await Fact("Active cases of cm1", """
            SELECT count(*) FROM "Cases" k JOIN "AspNetUsers" u ON u."Id" = k."CaseManagerId" WHERE u."UserName" = 'cm1' AND k."Phase" <> 'Closed'
            """);
        await Fact("Case-management organisations (with cases)", """SELECT count(DISTINCT "OrganisationId") FROM "Cases" """);
        await Fact("Activities (notes) per case", """SELECT round((SELECT count(*) FROM "CaseNotes")::numeric / greatest(1, (SELECT count(*) FROM "Cases")), 1)""");
        await Fact("Clients with recorded name variants", """SELECT round(100.0 * avg((jsonb_array_length("NameVariants") > 0)::int), 1) || ' %' FROM "Clients" """);
        await Fact("Clients with partial birth date (year or year-month)", """SELECT round(100.0 * avg(("BirthDay" IS NULL)::int), 1) || ' %' FROM "Clients" """);
        await Fact("Open plan steps overdue", """SELECT count(*) FROM "CasePlanSteps" WHERE "Status" = 'Open' AND "DueOn" < current_date""");
        await Fact("Residence documents expiring within 8 weeks", """SELECT count(*) FROM "ResidenceStatuses" WHERE "ValidUntil" BETWEEN current_date AND current_date + 56""");
        await Fact("Cases by phase", """
            SELECT string_agg("Phase" || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT "Phase", count(*) n FROM "Cases" GROUP BY "Phase") x
            """);
        await Fact("Clients by first nationality (top 8)", """
            SELECT string_agg(nat || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT "Nationalities"[1] nat, count(*) n FROM "Clients" GROUP BY 1 ORDER BY 2 DESC LIMIT 8) x
            """);
        return new DatasetShape(tables, size, facts);
    }
}

public sealed class BenchReport(BenchOptions options)
{
    public double MigrationSeconds { get; set; }
    public GenerationResult? Generation { get; set; }
    public double GenerationSeconds { get; set; }
    public DatasetShape? Dataset { get; set; }
    public List<ScenarioResult> Results { get; set; } = [];
    public AppInfo? App { get; set; }
    public bool CacheWarmed { get; set; }
    private readonly DateTime _started = DateTime.Now;

    public string ToMarkdown()
    {
        var s = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        s.AppendLine($"# Lotse benchmark {_started:yyyy-MM-dd HH:mm}{(options.Label is null ? "" : " — " + options.Label)}");
        s.AppendLine();
        s.AppendLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:F0} GiB, shared with other work " +
                     $"(load average at the start: {LoadAverage()}). PostgreSQL {PgVersion()} on 127.0.0.1 with fsync on; " +
                     $"the app as a Release process (Kestrel, 127.0.0.1, environment Demo, pool {App?.MaxPoolSize}); load generator in a third process on the same cores.");
        s.AppendLine();
        s.AppendLine($"Open model: Poisson arrivals at a fixed rate, {options.Duration.TotalSeconds:F0} s measured per endpoint and rate after {options.Warmup.TotalSeconds:F0} s warm-up; " +
                     "latency from the scheduled send time to the last response byte (queueing included). " +
                     $"{App?.SignedInUsers} signed-in users ({options.Users} case managers incl. cm1, plus koordination for the overview). " +
                     "Every read writes its audit entries in the same transaction (column *audit rows*)." +
                     (CacheWarmed ? " The database files were read into the OS page cache before the run (a warm server: the 10 GB dataset fits in memory)." : ""));
        s.AppendLine();
        if (Dataset is not null)
        {
            s.AppendLine("## Dataset");
            s.AppendLine();
            s.AppendLine("| Table | Rows |");
            s.AppendLine("|---|---:|");
            foreach (var (table, rows) in Dataset.Tables) s.AppendLine($"| {table} | {rows.ToString("N0", ci)} |");
            s.AppendLine($"| *database size* | {Dataset.DatabaseSize} |");
            s.AppendLine();
            foreach (var (name, value) in Dataset.Facts) s.AppendLine($"- {name}: {value}");
            s.AppendLine();
        }
        if (Generation is not null)
        {
            var rows = Generation.Rows.Values.Sum();
            s.AppendLine($"Generation: {GenerationSeconds:F0} s in total — binary COPY {Generation.LoadTime.TotalSeconds:F0} s " +
                         $"({(rows / Generation.LoadTime.TotalSeconds).ToString("N0", ci)} rows/s, {options.Workers} workers), " +
                         $"indexes and keys {Generation.IndexTime.TotalSeconds:F0} s, VACUUM ANALYZE {Generation.VacuumTime.TotalSeconds:F0} s; " +
                         $"{Generation.Regions} Regionalbereiche, {Generation.Organisations} case-management organisations, {Generation.CaseManagers} case managers. " +
                         $"Migrations {MigrationSeconds:F1} s.");
            s.AppendLine();
        }
        if (Results.Count > 0)
        {
            s.AppendLine("## Results");
            s.AppendLine();
            s.AppendLine("| Endpoint | Rate (req/s) | p50 ms | p95 ms | p99 ms | max ms | Throughput (req/s) | Errors | SQL p50 ms | p50 / SQL p50 | Target p95 | App CPU (cores) | App RSS peak MiB | Audit rows |");
            s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
            foreach (var r in Results)
            {
                var target = Target(r.Endpoint);
                var verdict = target is null ? "—" : r.Latency.P95 <= target ? $"≤ {target} ✔" : $"≤ {target} ✘";
                s.AppendLine(string.Create(ci, $"| {r.Endpoint} | {r.Rate:F0} | {r.Latency.P50:F1} | {r.Latency.P95:F1} | {r.Latency.P99:F1} | {r.Latency.Max:F0} | {r.Throughput:F1} | {r.Latency.Errors} | {r.SqlP50:F2} | {r.Latency.P50 / r.SqlP50:F1} | {verdict} | {r.AppCpuCores:F2} | {r.PeakWorkingSet / 1048576} | {r.AuditRows} |"));
            }
            s.AppendLine();
            foreach (var e in Results.Select(r => r.Endpoint).Distinct()) s.AppendLine($"- **{e}**: {Endpoints.Describe(e)}");
            s.AppendLine();
            if (App is not null)
                s.AppendLine($"App memory: working set {App.IdleWorkingSet / 1048576} MiB after sign-in, peak {App.PeakWorkingSet / 1048576} MiB. " +
                             $"Load-generator send lag p99 (scheduled → sent): {string.Join(", ", Results.Select(r => string.Create(ci, $"{r.Endpoint}@{r.Rate:F0} {r.SendLagP99Ms:F1} ms")))}.");
        }
        return s.ToString();
    }

    public static int? Target(string endpoint) => endpoint switch
    {
        Endpoints.StartPage or Endpoints.Case => 50,
        Endpoints.Search or Endpoints.DuplicateCheck => 150,
        _ => null
    };

    public string Write(string markdown)
    {
        Directory.CreateDirectory(options.ResultsFolder);
        var name = $"{_started:yyyy-MM-dd-HHmm}{(options.Label is null ? "" : "-" + string.Concat(options.Label.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')))}.md";
        var file = Path.Combine(options.ResultsFolder, name);
        File.WriteAllText(file, markdown);
        return file;
    }

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); } catch { return "?"; }
    }

    private static string PgVersion() => "15";
}
