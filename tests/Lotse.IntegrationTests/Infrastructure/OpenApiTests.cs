using System.Net;
using Lotse.IntegrationTests.Fixtures;

namespace Lotse.IntegrationTests.Infrastructure;

public abstract class OpenApiTests(LotseAppFactory app)
{
    [Fact]
    public async Task The_openapi_document_is_public_and_describes_the_api()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        var document = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Lotse API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/organisations", paths);
        Assert.Contains("/api/v1/organisations/{id}", paths);
        Assert.Contains("/api/v1/auth/token", paths);
        var organisations = document.GetProperty("paths").GetProperty("/api/v1/organisations");
        Assert.True(organisations.TryGetProperty("get", out _));
        Assert.True(organisations.TryGetProperty("post", out _));
    }
}

public sealed class OpenApiTests_Sqlite(SqliteApp app) : OpenApiTests(app), IClassFixture<SqliteApp>;
public sealed class OpenApiTests_Postgres(PostgresApp app) : OpenApiTests(app), IClassFixture<PostgresApp>;
