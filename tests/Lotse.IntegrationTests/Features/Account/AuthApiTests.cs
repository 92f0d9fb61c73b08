using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Account;

/// <summary>POST /api/v1/auth/token: who gets a token, who does not, and why.</summary>
public abstract class AuthApiTests(LotseAppFactory app)
{
    public static TheoryData<string, string> DemoUsers()
    {
        var data = new TheoryData<string, string>();
        foreach (var u in DemoData.Users) data.Add(u.UserName, u.Role);
        return data;
    }

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Every_demo_user_gets_a_token_that_identifies_them(string userName, string role)
    {
        using var response = await app.RequestTokenAsync(userName);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(15 * 60, body.GetProperty("expiresIn").GetInt32());
        var token = body.GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrWhiteSpace(token));

        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        Assert.Equal(userName, me.GetProperty("userName").GetString());
        Assert.Equal([role], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401()
    {
        var userName = await app.CreateUserAsync();
        using var wrongPassword = await app.RequestTokenAsync(userName, "Falsches-Passwort-1!");
        var p1 = await wrongPassword.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("urn:lotse:problem:unauthenticated", p1.GetProperty("type").GetString());

        using var unknownUser = await app.RequestTokenAsync("gibt-es-nicht", "Falsches-Passwort-1!");
        var p2 = await unknownUser.ReadProblemAsync(HttpStatusCode.Unauthorized);
        // Nothing tells an attacker whether the account exists.
        Assert.Equal(p1.GetProperty("type").GetString(), p2.GetProperty("type").GetString());
        Assert.Equal(p1.GetProperty("detail").GetString(), p2.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_with_German_field_messages()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "", password = "" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Bitte geben Sie den Benutzernamen an."], problem.Errors("userName"));
        Assert.Equal(["Bitte geben Sie das Passwort an."], problem.Errors("password"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_is_refused()
    {
        var userName = await app.CreateUserAsync();
        for (var i = 1; i <= 4; i++)
        {
            using var failed = await app.RequestTokenAsync(userName, $"Falsch-{i}-Passwort!");
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
        }
        using var fifth = await app.RequestTokenAsync(userName, "Falsch-5-Passwort!");
        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);

        using var right = await app.RequestTokenAsync(userName, LotseAppFactory.TestPassword);
        var problem = await right.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("urn:lotse:problem:locked-out", problem.GetProperty("type").GetString());
        Assert.Contains("vorübergehend gesperrt", problem.GetProperty("title").GetString());
        var user = await app.FindUserAsync(userName);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task A_deactivated_user_gets_no_token_and_their_existing_token_stops_working()
    {
        var userName = await app.CreateUserAsync();
        using var client = await app.ApiClientAsync(userName, LotseAppFactory.TestPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organisations")).StatusCode);

        await app.WithDb(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            user.IsActive = false;
            await db.SaveChangesAsync();
        });

        using var refused = await app.RequestTokenAsync(userName, LotseAppFactory.TestPassword);
        await refused.AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
        using var stale = await client.GetAsync("/api/v1/organisations");
        await stale.AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
    }

    [Fact]
    public async Task An_invented_bearer_token_is_refused()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "erfunden-" + Guid.NewGuid());
        using var response = await client.GetAsync("/api/v1/organisations");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "urn:lotse:problem:unauthenticated");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }
}

public sealed class AuthApiTests_Sqlite(SqliteApp app) : AuthApiTests(app), IClassFixture<SqliteApp>;
public sealed class AuthApiTests_Postgres(PostgresApp app) : AuthApiTests(app), IClassFixture<PostgresApp>;
