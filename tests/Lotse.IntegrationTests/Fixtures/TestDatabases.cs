using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lotse.IntegrationTests.Fixtures;

/// <summary>
/// A template database per provider, migrated and seeded with the demo data once per test run; every
/// app factory then gets its own copy (PostgreSQL: CREATE DATABASE ... TEMPLATE, SQLite: a file copy).
/// This is how data is reset between test classes.
/// </summary>
public static class TestDatabases
{
    private const string PostgresTemplateName = "lotse_template";
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task<string>> PostgresTemplate = new(CreatePostgresTemplateAsync);
    private static readonly SemaphoreSlim PostgresCopyLock = new(1, 1);
    private static int _counter;

    /// <summary>The temp folder of this test run; removed at process exit.</summary>
    public static readonly string RunFolder = CreateRunFolder();

    private static string CreateRunFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lotse-it-{Environment.ProcessId}-{Guid.NewGuid():N}"[..30]);
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch { /* best effort */ }
        };
        return folder;
    }

    public static string NewFolder(string prefix)
    {
        var folder = Path.Combine(RunFolder, $"{prefix}-{Interlocked.Increment(ref _counter)}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Copies the template for one app. SQLite: into <paramref name="dataFolder"/> as lotse.db (the app's default
    /// file, so no connection string is needed). PostgreSQL: a new database; returns its connection string.
    /// </summary>
    public static async Task<string?> CreateCopyAsync(DatabaseProvider provider, string dataFolder)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var template = await SqliteTemplate.Value;
            File.Copy(template, Path.Combine(dataFolder, "lotse.db"));
            return null;
        }
        await PostgresTemplate.Value;
        var name = $"lotse_t{Interlocked.Increment(ref _counter)}";
        await PostgresCopyLock.WaitAsync();
        try
        {
            await PostgresServer.Instance.ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {PostgresTemplateName}");
        }
        finally
        {
            PostgresCopyLock.Release();
        }
        return PostgresServer.Instance.ConnectionString(name);
    }

    /// <summary>Drops a copy made by <see cref="CreateCopyAsync"/> (its pooled connections first).</summary>
    public static async Task DropAsync(DatabaseProvider provider, string? connectionString)
    {
        if (provider != DatabaseProvider.Postgres || connectionString is null) return;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Lotse.Web.Infrastructure.DatabaseSetup.WithAutoPrepare(connectionString)));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await PostgresServer.Instance.ExecuteAsync($"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var folder = NewFolder("sqlite-template");
        await MigrateAndSeedAsync(DatabaseProvider.Sqlite, folder, connectionString: null);
        var file = Path.Combine(folder, "lotse.db");
        // Fold the WAL into the main file and close every connection, so one file is a complete copy.
        var cs = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString;
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection(cs))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }
        if (File.Exists(file + "-wal") && new FileInfo(file + "-wal").Length > 0)
            throw new InvalidOperationException("The SQLite template still has un-checkpointed WAL content.");
        return file;
    }

    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var server = PostgresServer.Instance;
        await server.ExecuteAsync($"CREATE DATABASE {PostgresTemplateName}");
        var cs = server.ConnectionString(PostgresTemplateName);
        await MigrateAndSeedAsync(DatabaseProvider.Postgres, NewFolder("pg-template"), cs);
        // CREATE DATABASE ... TEMPLATE needs the template to have no open connections.
        // The app's pool is keyed by the connection string as the app completes it (DatabaseSetup.WithAutoPrepare).
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Lotse.Web.Infrastructure.DatabaseSetup.WithAutoPrepare(cs)));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(cs));
        return PostgresTemplateName;
    }

    private static async Task MigrateAndSeedAsync(DatabaseProvider provider, string dataFolder, string? connectionString)
    {
        await using var factory = await LotseAppFactory.StartAsync(provider, new LotseAppOptions
        {
            CreateDatabase = false, DataFolder = dataFolder, ConnectionString = connectionString
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var init = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await init.MigrateAsync();
        await init.SeedDemoDataAsync();
    }
}
