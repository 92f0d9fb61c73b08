using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Data;

/// <summary>The fixtures really put each app on its own database of the intended provider.</summary>
public abstract class DatabaseProviderTests(LotseAppFactory app)
{
    [Fact]
    public async Task The_app_runs_on_its_own_copy_of_the_seeded_database_of_the_chosen_provider()
    {
        var (providerName, contextType, location, organisations, users) = await app.WithDb(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            return (db.Database.ProviderName, db.GetType(),
                app.Provider == DatabaseProvider.Postgres ? connection.Database : connection.DataSource,
                await db.Organisations.CountAsync(), await db.Users.CountAsync());
        });

        if (app.Provider == DatabaseProvider.Postgres)
        {
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", providerName);
            Assert.Equal(typeof(PostgresLotseDbContext), contextType);
            Assert.Equal(new Npgsql.NpgsqlConnectionStringBuilder(app.ConnectionString).Database, location);
            Assert.NotEqual("lotse_template", location);
        }
        else
        {
            Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", providerName);
            Assert.Equal(typeof(SqliteLotseDbContext), contextType);
            Assert.Equal(Path.Combine(app.DataFolder, "lotse.db"), location);
        }
        Assert.True(organisations >= 20);
        Assert.True(users >= DemoData.Users.Length);
    }
}

public sealed class DatabaseProviderTests_Sqlite(SqliteApp app) : DatabaseProviderTests(app), IClassFixture<SqliteApp>;
public sealed class DatabaseProviderTests_Postgres(PostgresApp app) : DatabaseProviderTests(app), IClassFixture<PostgresApp>;
