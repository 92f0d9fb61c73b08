using System.Net;
using Lotse.IntegrationTests.Features.Account;
using Lotse.IntegrationTests.Fixtures;

namespace Lotse.IntegrationTests.Infrastructure;

/// <summary>Headers and cookies that protect personal data in the browser.</summary>
public abstract class SecurityHeadersTests(LotseAppFactory app)
{
    [Theory]
    [InlineData("/Anmelden", false)]
    [InlineData("/", true)]
    [InlineData("/Organisationen", true)]
    [InlineData("/Organisationen/Bearbeiten", true)]
    public async Task Pages_forbid_framing_and_inline_script_and_are_never_cached(string url, bool signedIn)
    {
        using var client = signedIn ? await app.BrowserClientAsync("admin") : app.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        var csp = Directives(string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.DoesNotContain("unsafe-inline", csp["script-src"]);
        Assert.DoesNotContain("unsafe-eval", csp["script-src"]);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control of {url}: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Api_answers_with_data_or_tokens_are_never_cached()
    {
        using var token = await app.RequestTokenAsync("cm1");
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.True(token.Headers.CacheControl?.NoStore, $"token: {token.Headers.CacheControl}");

        using var client = await app.ApiClientAsync("cm1");
        using var list = await client.GetAsync("/api/v1/organisations");
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        Assert.True(list.Headers.CacheControl?.NoStore, $"organisations: {list.Headers.CacheControl}");

        using var problem = await client.GetAsync($"/api/v1/organisations/{Guid.NewGuid()}");
        Assert.True(problem.Headers.CacheControl?.NoStore, $"problem: {problem.Headers.CacheControl}");
    }

    [Fact]
    public async Task Every_cookie_is_host_prefixed_secure_http_only_and_same_site()
    {
        var cookies = new List<string>();
        var client = app.CreateClient();
        void Collect(HttpResponseMessage r) => cookies.AddRange(r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []);

        // Sign in (antiforgery and session cookies) ...
        using (var form = await client.GetAsync("/Anmelden")) Collect(form);
        using (var login = await LotseAppFactory.SubmitLoginAsync(client, "admin", Lotse.Web.Data.DemoData.Password)) Collect(login);
        // ... save a form, which leaves a status message for the next page ...
        using (var saved = await Html.PostFormAsync(client, "/Organisationen/Bearbeiten", new Dictionary<string, string>
        {
            ["Input.Name"] = "Cookie-Test " + Guid.NewGuid().ToString("N")[..6], ["Input.Type"] = "Other", ["Input.LegalDomain"] = "None",
            ["Input.IsActive"] = "true"
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Collect(saved);
        }
        using (var list = await client.GetAsync("/Organisationen")) Collect(list);
        // ... and a sign-in with a second factor, which remembers the half-signed-in user between two pages.
        var twoFactorUser = await app.CreateUserAsync();
        var key = await TwoFactorTests.EnableTwoFactorAsync(app, twoFactorUser);
        var second = app.CreateClient();
        using (var password = await LotseAppFactory.SubmitLoginAsync(second, twoFactorUser, LotseAppFactory.TestPassword))
        {
            Collect(password);
            using var code = await Html.PostFormAsync(second, password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
            Collect(code);
        }

        Assert.Contains(cookies, c => c.StartsWith("__Host-Lotse="));
        Assert.Contains(cookies, c => c.StartsWith("__Host-Lotse.Af="));
        var failures = cookies.Where(c => !IsStrict(c)).ToList();
        Assert.True(failures.Count == 0, "Cookies without __Host-, Secure, HttpOnly, SameSite or Path=/:\n" + string.Join("\n", failures));
    }

    private static bool IsStrict(string setCookie)
    {
        var parts = setCookie.Split(';', StringSplitOptions.TrimEntries);
        var attributes = parts.Skip(1).Select(p => p.Split('=')[0].ToLowerInvariant()).ToHashSet();
        return parts[0].StartsWith("__Host-")
               && attributes.Contains("secure") && attributes.Contains("httponly") && attributes.Contains("samesite")
               && parts.Any(p => p.Equals("path=/", StringComparison.OrdinalIgnoreCase))
               && !attributes.Contains("domain");
    }

    private static Dictionary<string, string> Directives(string csp) => csp
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', 2))
        .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}

public sealed class SecurityHeadersTests_Sqlite(SqliteApp app) : SecurityHeadersTests(app), IClassFixture<SqliteApp>;
public sealed class SecurityHeadersTests_Postgres(PostgresApp app) : SecurityHeadersTests(app), IClassFixture<PostgresApp>;
