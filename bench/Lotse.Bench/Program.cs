using System.Diagnostics;
using System.Globalization;
using Lotse.Bench;
using Lotse.Bench.Generation;
using Lotse.Bench.Running;
using Lotse.TestSupport;
using Npgsql;

// dotnet run -c Release --project bench/Lotse.Bench -- generate|run|all [options]   (bench/README.md)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
if (options.Command == "help")
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

void Log(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

PostgresServer? server = null;
string connectionString;
if (options.ConnectionString is { } external)
{
    connectionString = external;
    Log("Using the PostgreSQL server of --pg.");
}
else
{
    var started = Stopwatch.StartNew();
    server = PostgresServer.Start(new PostgresServerOptions
    {
        Folder = options.DataFolder,
        Durable = true,
        Settings = BenchOptions.ServerSettings,
    });
    Log($"PostgreSQL started on 127.0.0.1:{server.Port} in {started.Elapsed.TotalSeconds:F1} s (cluster in {server.Folder}{(options.DataFolder is null ? ", deleted at exit" : ", kept")}).");
    var admin = server.ConnectionString("postgres", pooling: false);
    await using (var c = new NpgsqlConnection(admin))
    {
        await c.OpenAsync();
        var exists = await new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'lotse_bench'", c).ExecuteScalarAsync() is not null;
        if (!exists) await new NpgsqlCommand("CREATE DATABASE lotse_bench", c).ExecuteNonQueryAsync();
    }
    connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString("lotse_bench")) { CommandTimeout = 0, Timeout = 60 }.ConnectionString;
}

try
{
    var report = new BenchReport(options);
    // Migrations (and the demo organisations/users) through the app's own DatabaseInitializer.
    if (!options.SkipMigrations)
    {
        var migrate = Stopwatch.StartNew();
        var seeded = await AppDatabase.MigrateAndSeedAsync(connectionString);
        Log($"Migrations applied{(seeded ? ", demo data seeded" : "")} in {migrate.Elapsed.TotalSeconds:F1} s (DatabaseInitializer).");
        report.MigrationSeconds = migrate.Elapsed.TotalSeconds;
    }

    if (options.Command is "generate" or "all" || (options.Command == "rules" && options.GenerateForRules))
    {
        var total = Stopwatch.StartNew();
        var generator = new DatasetGenerator(connectionString, new GenerateOptions
        {
            Clients = options.Clients, ActivitiesPerCase = options.ActivitiesPerCase, Workers = options.Workers, Seed = options.Seed
        }, Log);
        var result = await generator.RunAsync();
        total.Stop();
        report.Generation = result;
        report.GenerationSeconds = total.Elapsed.TotalSeconds;
        var rows = result.Rows.Values.Sum();
        Log($"Generated {rows:N0} rows in {total.Elapsed.TotalSeconds:F0} s: load {result.LoadTime.TotalSeconds:F0} s " +
            $"({rows / result.LoadTime.TotalSeconds:N0} rows/s), indexes {result.IndexTime.TotalSeconds:F0} s, vacuum/analyze {result.VacuumTime.TotalSeconds:F0} s.");
        foreach (var (table, count) in result.Rows) Log($"  {table,-18} {count,14:N0}");
    }

    if (options.Command == "rules")
    {
        var markdown = await new Lotse.Bench.Running.RulesScenario(connectionString, options, Log).RunAsync();
        Console.WriteLine();
        Console.WriteLine(markdown);
        Directory.CreateDirectory(options.ResultsFolder);
        var file = Path.Combine(options.ResultsFolder, $"{DateTime.Now:yyyy-MM-dd-HHmm}-rules{(options.Label is { } l ? "-" + l : "")}.md");
        await File.WriteAllTextAsync(file, markdown);
        Log($"Written to {file}");
        return 0;
    }

    if (options.Command is "run" or "all")
    {
        report.Dataset = await DatasetShape.ReadAsync(connectionString);
        Log($"Dataset: {report.Dataset.Summary}");
        if (server is not null)
        {
            // A production server that has been up for a while holds its working set in memory; a freshly started one
            // (or one whose data was just written) reads from disk. Read the database files once into the OS page cache.
            var warm = Stopwatch.StartNew();
            var bytes = await CacheWarmer.ReadDatabaseFilesAsync(server.Folder, connectionString);
            Log($"Read {bytes / 1048576:N0} MiB of database files into the OS page cache in {warm.Elapsed.TotalSeconds:F1} s.");
            report.CacheWarmed = true;
        }
        var runner = new BenchmarkRunner(options, connectionString, Log);
        report.Results = await runner.RunAsync();
        report.App = runner.AppInfo;
        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        var file = report.Write(markdown);
        Log($"Written to {file}");
    }
    else if (report.Generation is not null)
    {
        report.Dataset = await DatasetShape.ReadAsync(connectionString);
        Log($"Dataset: {report.Dataset.Summary}");
    }
    return 0;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    if (server is not null)
    {
        Log("Stopping PostgreSQL.");
        server.Stop();
    }
}
