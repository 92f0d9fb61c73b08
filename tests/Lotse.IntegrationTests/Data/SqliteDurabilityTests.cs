using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Data;

/// <summary>SQLite only: every connection the app opens runs in WAL mode with synchronous=FULL.</summary>
public sealed class SqliteDurabilityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Connections_of_the_app_use_WAL_and_full_synchronous_writes()
    {
        var (journalMode, synchronous, busyTimeout) = await app.WithDb(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            async Task<string> Pragma(string name)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {name};";
                return Convert.ToString(await command.ExecuteScalarAsync())!;
            }
            return (await Pragma("journal_mode"), await Pragma("synchronous"), await Pragma("busy_timeout"));
        });
        Assert.Equal("wal", journalMode);
        Assert.Equal("2", synchronous); // FULL
        Assert.Equal("10000", busyTimeout);
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "lotse.db")), "The database lives in the configured DataFolder.");
    }
}
