using System.Data.Common;
using Lotse.Web.Data;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lotse.Web.Infrastructure;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Chooses SQLite (embedded default) or PostgreSQL (production) from configuration.</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider Provider(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(config["Database:Provider"], "PostgreSQL", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public static string DataFolder(IConfiguration config, IHostEnvironment env)
    {
        var folder = config["DataFolder"];
        folder = string.IsNullOrWhiteSpace(folder) ? Path.Combine(env.ContentRootPath, "App_Data") : Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static IServiceCollection AddLotseDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<AuditingInterceptor>();
        var connectionString = config.GetConnectionString("Lotse");
        if (Provider(config) == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider=Postgres braucht ConnectionStrings:Lotse.");
            connectionString = WithAutoPrepare(connectionString);
            services.AddDbContext<LotseDbContext, PostgresLotseDbContext>((sp, o) => o
                .UseNpgsql(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<Features.Rules.FindingsRefreshInterceptor>()));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(DataFolder(config, env), "lotse.db")}"
                : connectionString;
            services.AddDbContext<LotseDbContext, SqliteLotseDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<Features.Rules.FindingsRefreshInterceptor>(), SqliteDurability.Instance));
        }
        return services;
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a request runs over and over (start page, case, search, audit insert) on
    /// each pooled connection, so PostgreSQL parses and plans them once instead of on every call (planning the start
    /// page's query costs about as much as running it). An explicit "Max Auto Prepare" in the connection string wins.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
            builder.MaxAutoPrepare = 100;
        return builder.ConnectionString;
    }
}

/// <summary>
/// WAL lets readers work beside the writer; synchronous=FULL makes a committed write survive a crash.
/// synchronous is per connection, so it is set on every open.
/// </summary>
public sealed class SqliteDurability : DbConnectionInterceptor
{
    public static readonly SqliteDurability Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";
        cmd.ExecuteNonQuery();
    }
}
