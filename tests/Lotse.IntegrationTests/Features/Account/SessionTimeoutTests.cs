using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Account;

/// <summary>An app whose sessions end after 2 s of inactivity and whose API tokens live 2 s.</summary>
public abstract class ShortSessionsApp(DatabaseProvider provider) : LotseAppFactory(provider, new LotseAppOptions
{
    Settings = new Dictionary<string, string?>
    {
        ["Sessions:IdleTimeout"] = "00:00:02",
        ["Sessions:ApiTokenLifetime"] = "00:00:02"
    }
});

public sealed class ShortSessionsSqliteApp() : ShortSessionsApp(DatabaseProvider.Sqlite);
public sealed class ShortSessionsPostgresApp() : ShortSessionsApp(DatabaseProvider.Postgres);

public abstract class SessionTimeoutTests(LotseAppFactory app)
{
    private static readonly TimeSpan PastTimeout = TimeSpan.FromSeconds(2.5);

    [Fact]
    public async Task An_inactive_browser_session_ends_after_the_idle_timeout()
    {
        var userName = await app.CreateUserAsync();
        using var browser = await app.BrowserClientAsync(userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        await Task.Delay(PastTimeout);

        SignInPageTests.AssertRedirectsToSignIn(await browser.GetAsync("/"));
        var user = await app.FindUserAsync(userName);
        Assert.Equal(0, await app.WithDb(db => db.UserSessions.CountAsync(s => s.UserId == user.Id)));
    }

    [Fact]
    public async Task An_api_token_stops_working_when_its_lifetime_is_over()
    {
        var userName = await app.CreateUserAsync();
        using var api = await app.ApiClientAsync(userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/organisations")).StatusCode);

        await Task.Delay(PastTimeout);

        await (await api.GetAsync("/api/v1/organisations")).AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
    }
}

public sealed class SessionTimeoutTests_Sqlite(ShortSessionsSqliteApp app) : SessionTimeoutTests(app), IClassFixture<ShortSessionsSqliteApp>;
public sealed class SessionTimeoutTests_Postgres(ShortSessionsPostgresApp app) : SessionTimeoutTests(app), IClassFixture<ShortSessionsPostgresApp>;
