using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Account;

/// <summary>Ending sessions: every token and every browser session of the user, at once.</summary>
public abstract class SessionTests(LotseAppFactory app)
{
    [Fact]
    public async Task Ending_all_sessions_through_the_api_ends_every_token_and_browser_session_of_that_user()
    {
        var userName = await app.CreateUserAsync();
        using var first = await app.ApiClientAsync(userName, LotseAppFactory.TestPassword);
        using var second = await app.ApiClientAsync(userName, LotseAppFactory.TestPassword);
        using var browser = await app.BrowserClientAsync(userName, LotseAppFactory.TestPassword);
        using var someoneElse = await app.ApiClientAsync("cm2");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/organisations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Organisationen")).StatusCode);

        using var ended = await first.DeleteAsync("/api/v1/auth/sessions");
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);

        await (await second.GetAsync("/api/v1/organisations")).AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
        await (await first.GetAsync("/api/v1/organisations")).AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
        SignInPageTests.AssertRedirectsToSignIn(await browser.GetAsync("/Organisationen"));
        // Other people's sessions are untouched.
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync("/api/v1/organisations")).StatusCode);

        var user = await app.FindUserAsync(userName);
        Assert.Equal(0, await app.WithDb(db => db.UserSessions.CountAsync(s => s.UserId == user.Id)));
        // The sign-out is in the audit trail.
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e =>
            e.Operation == AuditOperation.SignOut && e.EntityId == user.Id.ToString() && e.UserId == user.Id && e.Channel == AuditChannel.Api)));
    }

    [Fact]
    public async Task Signing_out_on_the_page_also_ends_the_users_api_tokens()
    {
        var userName = await app.CreateUserAsync();
        using var api = await app.ApiClientAsync(userName, LotseAppFactory.TestPassword);
        using var browser = await app.BrowserClientAsync(userName, LotseAppFactory.TestPassword);

        using var signedOut = await Html.PostFormAsync(browser, "/Abmelden", new Dictionary<string, string>(), formUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/Abmelden", signedOut.Headers.Location!.OriginalString);

        await (await api.GetAsync("/api/v1/organisations")).AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
        SignInPageTests.AssertRedirectsToSignIn(await browser.GetAsync("/"));
        var user = await app.FindUserAsync(userName);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e =>
            e.Operation == AuditOperation.SignOut && e.EntityId == user.Id.ToString() && e.Channel == AuditChannel.Ui)));
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_browser_session_at_the_next_request()
    {
        var userName = await app.CreateUserAsync();
        using var browser = await app.BrowserClientAsync(userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Organisationen")).StatusCode);

        await app.WithDb(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == userName)).IsActive = false;
            await db.SaveChangesAsync();
        });

        SignInPageTests.AssertRedirectsToSignIn(await browser.GetAsync("/Organisationen"));
    }

    [Fact]
    public async Task A_copied_session_cookie_is_worthless_after_sign_out()
    {
        var userName = await app.CreateUserAsync();
        using var browser = app.CreateClient();
        using var login = await LotseAppFactory.SubmitLoginAsync(browser, userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var sessionCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Lotse=")).Split(';')[0];

        // A second client with only a copy of the cookie (as an attacker would have) is signed in ...
        using var copy = app.CreateClient();
        copy.DefaultRequestHeaders.Add("Cookie", sessionCookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        using var signedOut = await Html.PostFormAsync(browser, "/Abmelden", new Dictionary<string, string>(), formUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // ... until the user signs out: the session lives on the server, so the copy dies with it.
        SignInPageTests.AssertRedirectsToSignIn(await copy.GetAsync("/"));
    }
}

public sealed class SessionTests_Sqlite(SqliteApp app) : SessionTests(app), IClassFixture<SqliteApp>;
public sealed class SessionTests_Postgres(PostgresApp app) : SessionTests(app), IClassFixture<PostgresApp>;
