using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lotse.Bench;

/// <summary>Migrates and seeds through the app's own services (DatabaseInitializer), as a deployment would.</summary>
public static class AppDatabase
{
    /// <summary>Applies pending migrations; seeds the demo organisations and users into an empty database. True if it seeded.</summary>
    public static async Task<bool> MigrateAndSeedAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = LotseEnvironments.Demo,
            ContentRootPath = AppContext.BaseDirectory,
            Args = []
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Lotse"] = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Information",
        });
        builder.AddLotse();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Use(AuditChannel.Job, "Benchmark: Datenbank einrichten");
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var init = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await init.MigrateAsync();
        var empty = !await db.Organisations.AnyAsync();
        if (empty) await init.SeedDemoDataAsync();
        return empty;
    }
}
