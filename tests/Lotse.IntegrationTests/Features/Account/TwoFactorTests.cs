using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.IntegrationTests.Features.Account;

/// <summary>TOTP two-factor authentication at the token endpoint and on the sign-in pages.</summary>
public abstract class TwoFactorTests(LotseAppFactory app)
{
    [Fact]
    public async Task With_two_factor_enabled_a_token_needs_a_valid_totp_code()
    {
        var userName = await app.CreateUserAsync();
        var key = await EnableTwoFactorAsync(app, userName);

        using var withoutCode = await app.RequestTokenAsync(userName, LotseAppFactory.TestPassword);
        await withoutCode.AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:two-factor-required");

        var wrong = ((int.Parse(Totp.Code(key)) + 500_000) % 1_000_000).ToString("D6");
        using var withWrongCode = await app.RequestTokenAsync(userName, LotseAppFactory.TestPassword, wrong);
        await withWrongCode.AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:two-factor-required");

        using var withCode = await app.RequestTokenAsync(userName, LotseAppFactory.TestPassword, Totp.Code(key));
        var body = await withCode.ReadJsonAsync();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task With_two_factor_enabled_the_sign_in_page_asks_for_the_code()
    {
        var userName = await app.CreateUserAsync();
        var key = await EnableTwoFactorAsync(app, userName);
        using var browser = app.CreateClient();

        using var password = await LotseAppFactory.SubmitLoginAsync(browser, userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Anmelden/Zwei-Faktor", password.Headers.Location!.OriginalString);
        SignInPageTests.AssertRedirectsToSignIn(await browser.GetAsync("/"));

        using var code = await Html.PostFormAsync(browser, password.Headers.Location.OriginalString,
            new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task When_two_factor_is_required_for_all_a_user_without_it_gets_403_and_a_user_with_it_gets_a_token()
    {
        // Changes an installation-wide switch, so it gets a database of its own.
        await using var own = await LotseAppFactory.StartAsync(app.Provider);
        using var tokenBefore = await own.ApiClientAsync("cm1");
        using var browserBefore = await own.BrowserClientAsync("cm2");
        var withTwoFactor = await own.CreateUserAsync();
        var key = await EnableTwoFactorAsync(own, withTwoFactor);

        await own.WithDb(async db =>
        {
            (await db.SecuritySettings.SingleAsync()).RequireTwoFactorForAll = true;
            await db.SaveChangesAsync();
        });

        using var refused = await own.RequestTokenAsync("cm1");
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:two-factor-required");
        // A token issued before the switch no longer reaches data either ...
        await (await tokenBefore.GetAsync("/api/v1/organisations")).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:two-factor-required");
        // ... and a browser is sent to the set-up page.
        using var page = await browserBefore.GetAsync("/Organisationen");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Konto/Zwei-Faktor", page.Headers.Location!.OriginalString);

        using var granted = await own.RequestTokenAsync(withTwoFactor, LotseAppFactory.TestPassword, Totp.Code(key));
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
    }

    /// <summary>Sets up TOTP for the user as the set-up page would; returns the shared key.</summary>
    internal static Task<string> EnableTwoFactorAsync(LotseAppFactory app, string userName) =>
        app.WithScope(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<LotseUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            await users.ResetAuthenticatorKeyAsync(user);
            var key = (await users.GetAuthenticatorKeyAsync(user))!;
            var enabled = await users.SetTwoFactorEnabledAsync(user, true);
            Assert.True(enabled.Succeeded);
            return key;
        });
}

public sealed class TwoFactorTests_Sqlite(SqliteApp app) : TwoFactorTests(app), IClassFixture<SqliteApp>;
public sealed class TwoFactorTests_Postgres(PostgresApp app) : TwoFactorTests(app), IClassFixture<PostgresApp>;
