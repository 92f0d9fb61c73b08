using System.Net;
using System.Net.Sockets;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure;

namespace Lotse.IntegrationTests.Infrastructure;

public abstract class HealthTests(LotseAppFactory app)
{
    [Fact]
    public async Task Health_is_200_anonymously_while_the_database_answers()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_503_when_the_database_cannot_be_reached()
    {
        await using var broken = await LotseAppFactory.StartAsync(app.Provider, new LotseAppOptions
        {
            CreateDatabase = false,
            ConnectionString = UnreachableDatabase(app.Provider)
        });
        using var client = broken.CreateClient();
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    private static string UnreachableDatabase(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
            // A folder that does not exist: SQLite cannot open or create the file.
            return $"Data Source={Path.Combine(Path.GetTempPath(), "lotse-missing-" + Guid.NewGuid().ToString("N"), "lotse.db")}";
        // A loopback port on which nothing listens.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=lotse;Timeout=3";
    }
}

public sealed class HealthTests_Sqlite(SqliteApp app) : HealthTests(app), IClassFixture<SqliteApp>;
public sealed class HealthTests_Postgres(PostgresApp app) : HealthTests(app), IClassFixture<PostgresApp>;
