using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Account;

/// <summary>The /Anmelden form as a browser uses it.</summary>
public abstract class SignInPageTests(LotseAppFactory app)
{
    [Fact]
    public async Task A_demo_user_signs_in_and_sees_their_name_role_and_organisation()
    {
        using var client = await app.BrowserClientAsync("cm1");
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var text = await home.TextAsync();
        Assert.Contains("Guten Tag, Clara Caritas", text);
        Assert.Contains("Case Management", text);
        Assert.Contains("Caritasverband für den Kreis Musterland e.V.", text);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_German_message_and_signs_nobody_in()
    {
        var userName = await app.CreateUserAsync();
        using var client = app.CreateClient();
        using var response = await LotseAppFactory.SubmitLoginAsync(client, userName, "Falsches-Passwort-1!");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Benutzername oder Passwort ist falsch.", await response.TextAsync());
        using var home = await client.GetAsync("/");
        AssertRedirectsToSignIn(home);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_and_the_page_says_so()
    {
        var userName = await app.CreateUserAsync();
        using var client = app.CreateClient();
        for (var i = 1; i <= 5; i++)
            (await LotseAppFactory.SubmitLoginAsync(client, userName, $"Falsch-{i}-Passwort!")).Dispose();

        using var response = await LotseAppFactory.SubmitLoginAsync(client, userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vorübergehend gesperrt", await response.TextAsync());
        using var home = await client.GetAsync("/");
        AssertRedirectsToSignIn(home);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_through_the_page()
    {
        var userName = await app.CreateUserAsync();
        await app.WithDb(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == userName)).IsActive = false;
            await db.SaveChangesAsync();
        });
        using var client = app.CreateClient();
        using var response = await LotseAppFactory.SubmitLoginAsync(client, userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ihr Konto ist deaktiviert", await response.TextAsync());
        AssertRedirectsToSignIn(await client.GetAsync("/"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var userName = await app.CreateUserAsync();
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/Anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = LotseAppFactory.TestPassword
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertRedirectsToSignIn(await client.GetAsync("/"));
    }

    internal static void AssertRedirectsToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Anmelden", new Uri(LotseAppFactory.BaseAddress, response.Headers.Location!).AbsolutePath);
    }
}

public sealed class SignInPageTests_Sqlite(SqliteApp app) : SignInPageTests(app), IClassFixture<SqliteApp>;
public sealed class SignInPageTests_Postgres(PostgresApp app) : SignInPageTests(app), IClassFixture<PostgresApp>;
