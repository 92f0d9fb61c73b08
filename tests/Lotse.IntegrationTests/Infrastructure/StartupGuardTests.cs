using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lotse.IntegrationTests.Infrastructure;

/// <summary>Configurations and databases with which Lotse must refuse to start, and one with which it must.</summary>
public abstract class StartupGuardTests(LotseAppFactory fixture)
{
    private Task<LotseAppFactory> ProductionAsync() =>
        LotseAppFactory.StartAsync(fixture.Provider, new LotseAppOptions { Environment = "Production" });

    /// <summary>Starting the host is what CreateClient does first; the exception of the start-up surfaces here.</summary>
    private static Exception StartFailure(LotseAppFactory app)
    {
        var error = Record.Exception(() => app.CreateClient().Dispose());
        Assert.NotNull(error);
        return error;
    }

    private static T Find<T>(Exception error) where T : Exception
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
            if (e is T found) return found;
        if (error is AggregateException aggregate && aggregate.InnerExceptions.OfType<T>().FirstOrDefault() is { } inner) return inner;
        throw new Xunit.Sdk.XunitException($"Expected a {typeof(T).Name}, got: {error}");
    }

    private static string PasswordHash(string password) =>
        new PasswordHasher<LotseUser>().HashPassword(new LotseUser { DisplayName = "x" }, password);

    [Fact]
    public async Task Production_refuses_to_start_on_a_database_with_demo_passwords()
    {
        await using var app = await ProductionAsync();
        var error = Find<DemoPasswordInUseException>(StartFailure(app));
        Assert.Contains($"{DemoData.Users.Length} Konto/Konten", error.Message);
    }

    [Fact]
    public async Task Production_refuses_to_start_while_a_single_account_still_has_the_demo_password()
    {
        await using var app = await ProductionAsync();
        await app.ExecuteSqlAsync("UPDATE \"AspNetUsers\" SET \"PasswordHash\" = @p0 WHERE \"UserName\" <> 'lenkung'", PasswordHash(LotseAppFactory.TestPassword));
        var error = Find<DemoPasswordInUseException>(StartFailure(app));
        Assert.Contains("1 Konto/Konten", error.Message);
    }

    [Fact]
    public async Task Production_starts_once_no_account_has_the_demo_password()
    {
        await using var app = await ProductionAsync();
        await app.ExecuteSqlAsync("UPDATE \"AspNetUsers\" SET \"PasswordHash\" = @p0", PasswordHash(LotseAppFactory.TestPassword));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        using var signedIn = await app.ApiClientAsync("admin", LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/organisations")).StatusCode);
    }

    [Fact]
    public async Task Production_refuses_to_serve_an_outdated_schema_and_says_how_to_migrate()
    {
        await using var app = await ProductionAsync();
        await app.ExecuteSqlAsync("UPDATE \"AspNetUsers\" SET \"PasswordHash\" = @p0", PasswordHash(LotseAppFactory.TestPassword));
        await app.ExecuteSqlAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")");
        var error = Find<InvalidOperationException>(StartFailure(app));
        Assert.Contains("1 ausstehende Migration", error.Message);
        Assert.Contains("migrate", error.Message);
    }

    private static Dictionary<string, string?> Oidc(string? authority, string? clientId, string? clientSecret = "geheim") => new()
    {
        ["Authentication:Oidc:Enabled"] = "true",
        ["Authentication:Oidc:DisplayName"] = "Mit dem Kreis-Konto anmelden",
        ["Authentication:Oidc:Authority"] = authority,
        ["Authentication:Oidc:ClientId"] = clientId,
        ["Authentication:Oidc:ClientSecret"] = clientSecret,
    };

    [Theory]
    [InlineData("https://login.kreis-musterland.example/realms/lotse", "", "Authentication:Oidc:ClientId")]
    [InlineData("http://login.kreis-musterland.example/realms/lotse", "lotse", "Authentication:Oidc:Authority")]
    [InlineData("kein-url", "lotse", "Authentication:Oidc:Authority")]
    public async Task A_half_configured_sign_in_provider_stops_the_start_and_names_the_key(string authority, string clientId, string key)
    {
        await using var app = await LotseAppFactory.StartAsync(fixture.Provider, new LotseAppOptions { Settings = Oidc(authority, clientId) });
        var error = Find<OptionsValidationException>(StartFailure(app));
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public async Task A_configured_sign_in_provider_appears_as_a_button_on_the_sign_in_page()
    {
        await using var app = await LotseAppFactory.StartAsync(fixture.Provider, new LotseAppOptions
        {
            Settings = Oidc("https://login.kreis-musterland.example/realms/lotse", "lotse")
        });
        using var client = app.CreateClient();
        using var page = await client.GetAsync("/Anmelden");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Mit dem Kreis-Konto anmelden", Html.Text(html));
        Assert.Contains("name=\"provider\" value=\"oidc\"", html);
    }
}

public sealed class StartupGuardTests_Sqlite(SqliteApp app) : StartupGuardTests(app), IClassFixture<SqliteApp>;
public sealed class StartupGuardTests_Postgres(PostgresApp app) : StartupGuardTests(app), IClassFixture<PostgresApp>;
