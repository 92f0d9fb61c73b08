using System.Globalization;

namespace Lotse.Bench;

public sealed record BenchOptions
{
    public string Command { get; init; } = "all";
    public int Clients { get; init; } = 1_000_000;
    public double ActivitiesPerCase { get; init; } = 15;
    public int Seed { get; init; } = 20261125;
    public int Workers { get; init; } = 2;
    public IReadOnlyList<double> Rates { get; init; } = [100, 300];
    /// <summary>Rates for the Koordinierende Stelle's overview (an aggregate over every active case); default: --rates.</summary>
    public IReadOnlyList<double>? OverviewRates { get; init; }
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public IReadOnlyList<string> Endpoints { get; init; } = Running.Endpoints.All;
    public string? ConnectionString { get; init; }
    /// <summary>Keep the PostgreSQL cluster in this folder (generate once, run many times).</summary>
    public string? DataFolder { get; init; }
    public int Users { get; init; } = 40;
    public int SqlSamples { get; init; } = 300;
    public string? Label { get; init; }
    /// <summary>Do not apply pending migrations (measure a dataset with the schema it has, e.g. before a change).</summary>
    public bool SkipMigrations { get; init; }
    /// <summary>"rules": generate the dataset first (off with --no-generate when --data holds one).</summary>
    public bool GenerateForRules { get; init; } = true;
    public string ResultsFolder { get; init; } = Path.Combine(RepoPaths.Root, "bench", "results");

    /// <summary>Server settings of the benchmark's own PostgreSQL: modest memory for a shared 2-core/24 GiB machine.</summary>
    public static readonly IReadOnlyDictionary<string, string> ServerSettings = new Dictionary<string, string>
    {
        ["shared_buffers"] = "1GB",
        ["effective_cache_size"] = "8GB",
        ["work_mem"] = "16MB",
        ["maintenance_work_mem"] = "768MB",
        ["max_wal_size"] = "8GB",
        ["checkpoint_timeout"] = "15min",
        ["random_page_cost"] = "1.1",
        ["effective_io_concurrency"] = "100",
        ["jit"] = "off",
        ["max_connections"] = "400",
        ["log_min_duration_statement"] = "1000",
    };

    public const string Usage = """
        Lotse benchmark (bench/README.md)
          dotnet run -c Release --project bench/Lotse.Bench -- generate|run|all [options]
        Commands:
          generate   start PostgreSQL, migrate, seed the demo data, generate the dataset (COPY), VACUUM ANALYZE
          run        start the app (Release, Kestrel on 127.0.0.1) and measure the endpoints (open model)
          all        generate, then run (default)
          rules      generate (unless --no-generate, e.g. with --data of an earlier run), then measure the rules:
                     evaluation of every client in memory, the daily refresh of the findings, the start page's findings query
        Options:
          --clients N            clients to generate (default 1000000; cases = 1.2 N, ~15 activities per case)
          --activities X         documented contacts per case on average (default 15)
          --rates 100,300        arrival rates in requests/s (Poisson arrivals)
          --overview-rates 1,5   other rates for the overview (an aggregate over all active cases; default --rates)
          --duration 30s         measured time per endpoint and rate (plus --warmup 5s)
          --endpoints a,b        subset of: start-page, case, search, duplicate-check, overview
          --users N              case managers that send requests (default 40, cm1 among them)
          --data DIR             keep the PostgreSQL cluster in DIR (generate once, then `run --data DIR` many times)
          --pg CONNSTRING        use an existing PostgreSQL database instead of starting one
          --workers N            generator COPY workers (default 2)
          --label TEXT           added to the results file name and heading
          --skip-migrations      keep the dataset's schema (before/after runs; with LOTSE_BENCH_WEB=<other src/Lotse.Web>)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        var i = 0;
        if (args.Length > 0 && !args[0].StartsWith("--"))
        {
            o = o with { Command = args[0] };
            i = 1;
        }
        if (o.Command is not ("generate" or "run" or "all" or "rules" or "help"))
            throw new ArgumentException($"Unknown command '{o.Command}'.");
        for (; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            o = args[i] switch
            {
                "--clients" => o with { Clients = ParseCount(Value()) },
                "--activities" => o with { ActivitiesPerCase = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--workers" => o with { Workers = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--rates" => o with { Rates = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToList() },
                "--overview-rates" => o with { OverviewRates = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToList() },
                "--duration" => o with { Duration = ParseDuration(Value()) },
                "--warmup" => o with { Warmup = ParseDuration(Value()) },
                "--endpoints" => o with { Endpoints = ParseEndpoints(Value()) },
                "--users" => o with { Users = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--sql-samples" => o with { SqlSamples = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--pg" => o with { ConnectionString = Value() },
                "--data" => o with { DataFolder = Path.GetFullPath(Value()) },
                "--label" => o with { Label = Value() },
                "--skip-migrations" => o with { SkipMigrations = true },
                "--no-generate" => o with { GenerateForRules = false },
                "--results" => o with { ResultsFolder = Path.GetFullPath(Value()) },
                "--help" or "-h" => o with { Command = "help" },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'.")
            };
        }
        return o;
    }

    private static int ParseCount(string s)
    {
        s = s.Replace("_", "").Trim().ToLowerInvariant();
        var factor = s.EndsWith('k') ? 1_000 : s.EndsWith('m') ? 1_000_000 : 1;
        if (factor > 1) s = s[..^1];
        return (int)(double.Parse(s, CultureInfo.InvariantCulture) * factor);
    }

    private static TimeSpan ParseDuration(string s)
    {
        s = s.Trim().ToLowerInvariant();
        if (s.EndsWith("ms")) return TimeSpan.FromMilliseconds(double.Parse(s[..^2], CultureInfo.InvariantCulture));
        if (s.EndsWith('s')) return TimeSpan.FromSeconds(double.Parse(s[..^1], CultureInfo.InvariantCulture));
        if (s.EndsWith('m')) return TimeSpan.FromMinutes(double.Parse(s[..^1], CultureInfo.InvariantCulture));
        return TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture));
    }

    private static List<string> ParseEndpoints(string s)
    {
        var list = s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var e in list)
            if (!Running.Endpoints.All.Contains(e)) throw new ArgumentException($"Unknown endpoint '{e}' (known: {string.Join(", ", Running.Endpoints.All)}).");
        return list;
    }
}

public static class RepoPaths
{
    /// <summary>The repository root: the folder with Lotse.slnx above the running assembly.</summary>
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lotse.slnx"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lotse.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Lotse.slnx not found above the benchmark; run it from the repository.");
    }
}
