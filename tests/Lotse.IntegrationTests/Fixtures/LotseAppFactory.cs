using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lotse.IntegrationTests.Fixtures;

/// <summary>How a <see cref="LotseAppFactory"/> is set up.</summary>
public sealed record LotseAppOptions
{
    /// <summary>ASPNETCORE_ENVIRONMENT of the app; "Testing" unless a test checks another environment's behaviour.</summary>
    public string Environment { get; init; } = LotseEnvironments.Testing;

    /// <summary>Give the app its own copy of the migrated, demo-seeded template database.</summary>
    public bool CreateDatabase { get; init; } = true;

    /// <summary>An explicit ConnectionStrings:Lotse (e.g. one that points nowhere); otherwise the copy's.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>An explicit DataFolder; otherwise a fresh temp folder.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Further configuration, e.g. ["Sessions:IdleTimeout"] = "00:00:02".</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}

/// <summary>
/// Lotse in memory (TestServer) over its own database: a copy of the seeded template for the chosen
/// provider, its own DataFolder, environment "Testing". Clients talk to https://localhost so the
/// __Host- cookies (Secure) flow as in production; redirects are not followed, so tests see them.
/// </summary>
public class LotseAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string TestPassword = "Integrations-Test-2026!";
    public static readonly Uri BaseAddress = new("https://localhost");

    private readonly LotseAppOptions _options;
    private bool _initialised;

    public LotseAppFactory(DatabaseProvider provider, LotseAppOptions? options = null)
    {
        Provider = provider;
        _options = options ?? new LotseAppOptions();
        ClientOptions.BaseAddress = BaseAddress;
        ClientOptions.AllowAutoRedirect = false;
        ClientOptions.HandleCookies = true;
    }

    public DatabaseProvider Provider { get; }
    public string DataFolder { get; private set; } = "";
    public string? ConnectionString { get; private set; }

    /// <summary>Creates, initialises and starts an app (for tests that need their own database or settings).</summary>
    public static async Task<LotseAppFactory> StartAsync(DatabaseProvider provider, LotseAppOptions? options = null)
    {
        var factory = new LotseAppFactory(provider, options);
        await factory.InitializeAsync();
        return factory;
    }

    public async Task InitializeAsync()
    {
        if (_initialised) return;
        _initialised = true;
        DataFolder = _options.DataFolder ?? TestDatabases.NewFolder($"app-{Provider.ToString().ToLowerInvariant()}");
        ConnectionString = _options.ConnectionString;
        if (_options.CreateDatabase)
            ConnectionString = await TestDatabases.CreateCopyAsync(Provider, DataFolder) ?? ConnectionString;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_options.CreateDatabase)
        {
            try { await TestDatabases.DropAsync(Provider, ConnectionString); } catch { /* the server is removed at exit anyway */ }
        }
        if (Provider == DatabaseProvider.Sqlite && DataFolder.Length > 0)
            SqliteConnection.ClearPool(new SqliteConnection($"Data Source={Path.Combine(DataFolder, "lotse.db")}"));
        if (_options.DataFolder is null && DataFolder.Length > 0)
        {
            try { Directory.Delete(DataFolder, recursive: true); } catch { /* removed with the run folder at exit */ }
        }
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_options.Environment);
        // UseSetting (host configuration) is visible to Program's builder before services are registered.
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:Lotse", ConnectionString ?? "");
        // Tests seal the audit chain themselves, so the background sealer does not race them.
        builder.UseSetting("Audit:SealIntervalSeconds", "3600");
        foreach (var (key, value) in _options.Settings)
            builder.UseSetting(key, value);
        if (Environment.GetEnvironmentVariable("LOTSE_TEST_LOGS") != "1")
            builder.ConfigureLogging(l => l.ClearProviders());
    }

    // ---- clients ----

    public async Task<HttpResponseMessage> RequestTokenAsync(string userName, string? password = DemoData.Password, string? totp = null)
    {
        using var client = CreateClient();
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totp });
    }

    /// <summary>A client that sends a bearer token obtained from POST /api/v1/auth/token.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName, string password = DemoData.Password, string? totp = null)
    {
        using var response = await RequestTokenAsync(userName, password, totp);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Token for {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in through the /Anmelden form (antiforgery token, session cookie).</summary>
    public async Task<HttpClient> BrowserClientAsync(string userName, string password = DemoData.Password)
    {
        var client = CreateClient();
        using var response = await SubmitLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException($"Sign-in of {userName} through /Anmelden: {(int)response.StatusCode} {Html.Text(await response.Content.ReadAsStringAsync())}");
        return client;
    }

    /// <summary>Fills in and posts the sign-in form with <paramref name="client"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient client, string userName, string password) =>
        await Html.PostFormAsync(client, "/Anmelden", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password
        });

    // ---- database and services ----

    /// <summary>Runs <paramref name="action"/> in a fresh scope, acting as a job (the audit channel "Job").</summary>
    public async Task WithScope(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Use(AuditChannel.Job, "Integrationstest");
        await action(scope.ServiceProvider);
    }

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        var result = default(T)!;
        await WithScope(async sp => { result = await action(sp); });
        return result;
    }

    public Task WithDb(Func<LotseDbContext, Task> action) =>
        WithScope(sp => action(sp.GetRequiredService<LotseDbContext>()));

    public Task<T> WithDb<T>(Func<LotseDbContext, Task<T>> action) =>
        WithScope(sp => action(sp.GetRequiredService<LotseDbContext>()));

    /// <summary>Creates a new active account (password <see cref="TestPassword"/>) that only the calling test uses.</summary>
    public async Task<string> CreateUserAsync(string role = Roles.CaseManager, string? prefix = null)
    {
        var userName = $"{prefix ?? "test"}-{Guid.NewGuid():N}"[..20];
        await WithScope(async sp =>
        {
            var db = sp.GetRequiredService<LotseDbContext>();
            var users = sp.GetRequiredService<UserManager<LotseUser>>();
            var organisation = await db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).FirstAsync();
            var user = new LotseUser { UserName = userName, DisplayName = "Testkonto " + userName, OrganisationId = organisation };
            var created = await users.CreateAsync(user, TestPassword);
            if (created.Succeeded) created = await users.AddToRoleAsync(user, role);
            if (!created.Succeeded)
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        });
        return userName;
    }

    /// <summary>
    /// Runs SQL on the app's database without going through the app (which may not be able to start),
    /// as a database administrator would. Parameters are @p0, @p1, ...
    /// </summary>
    public async Task ExecuteSqlAsync(string sql, params object[] parameters)
    {
        await using System.Data.Common.DbConnection connection = Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder
                { DataSource = Path.Combine(DataFolder, "lotse.db"), Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = parameters[i];
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync();
    }

    public Task<LotseUser> FindUserAsync(string userName) =>
        WithDb(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    private sealed record TokenBody(string AccessToken, int ExpiresIn, string TokenType);
}

/// <summary>The per-class fixture over SQLite.</summary>
public sealed class SqliteApp() : LotseAppFactory(DatabaseProvider.Sqlite);

/// <summary>The per-class fixture over PostgreSQL.</summary>
public sealed class PostgresApp() : LotseAppFactory(DatabaseProvider.Postgres);
