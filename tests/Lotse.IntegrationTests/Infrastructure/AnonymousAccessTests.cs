using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.IntegrationTests.Features.Account;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.IntegrationTests.Infrastructure;

/// <summary>
/// Walks every endpoint the app maps (so a new endpoint is covered without touching this file) and
/// checks that anonymous callers are refused: API with 401 problem details, pages with a redirect to /Anmelden.
/// </summary>
public abstract partial class AnonymousAccessTests(LotseAppFactory app)
{
    /// <summary>
    /// The endpoints open to anonymous callers ("*": any method). The first four are the public surface; then
    /// the steps of signing in and out (and the error page), which necessarily run before or after a session
    /// exists; then the API reference's own static scripts (library code, no data; the reference page itself
    /// needs a session).
    /// </summary>
    private static readonly string[] OpenEndpoints =
    [
        "* /health", "GET /openapi/{documentName}.json", "POST /api/v1/auth/token", "* /Anmelden",
        "* /Fehler", "* /Abmelden", "* /Anmelden/Zwei-Faktor", "* /Anmelden/Extern",
        "GET /api-referenz/favicon.svg", "GET /api-referenz/scalar.aspnetcore.js", "GET /api-referenz/scalar.js",
    ];

    [Fact]
    public void Only_the_sign_in_flow_health_and_openapi_are_open_to_anonymous_callers()
    {
        var open = Endpoints().Where(e => e.AllowsAnonymous).Select(e => e.Key).Distinct().Order().ToArray();
        Assert.True(OpenEndpoints.Order().SequenceEqual(open), "Open endpoints:\n" + string.Join("\n", open));
    }

    [Fact]
    public async Task Every_other_endpoint_refuses_anonymous_callers()
    {
        var endpoints = Endpoints().Where(e => !e.AllowsAnonymous).ToList();
        // Guard against a vacuous pass: the walk must see the known endpoints.
        Assert.Contains(endpoints, e => e.Key == "GET /api/v1/organisations/");
        Assert.Contains(endpoints, e => e.Key == "PUT /api/v1/organisations/{id:guid}");
        Assert.Contains(endpoints, e => e.Key == "DELETE /api/v1/auth/sessions");
        Assert.Contains(endpoints, e => e.Key == "* /Organisationen/Bearbeiten/{id:guid?}");
        Assert.Contains(endpoints, e => e.Key == "* /Zugriff-verweigert");

        using var client = app.CreateClient();
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var method in endpoint.Methods)
            {
                var url = endpoint.SampleUrl;
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                var refused = url.StartsWith("/api/")
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                      && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                      && (await response.Content.ReadAsStringAsync()).Contains("urn:lotse:problem:unauthenticated")
                    : response.StatusCode == HttpStatusCode.Redirect
                      && new Uri(LotseAppFactory.BaseAddress, response.Headers.Location!).AbsolutePath == "/Anmelden";
                if (!refused) failures.Add($"{method} {url} -> {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(failures.Count == 0, "Reachable without signing in:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task The_open_sign_in_steps_show_nothing_without_a_pending_sign_in()
    {
        using var client = app.CreateClient();
        // Second factor and external callback without a started sign-in go back to /Anmelden.
        SignInPageTests.AssertRedirectsToSignIn(await client.GetAsync("/Anmelden/Zwei-Faktor"));
        SignInPageTests.AssertRedirectsToSignIn(await client.GetAsync("/Anmelden/Extern"));
        using var callback = await client.GetAsync("/Anmelden/Extern?handler=Callback");
        Assert.Contains("konnte nicht gelesen werden", await callback.TextAsync());
        using var signedOut = await client.GetAsync("/Abmelden");
        Assert.Contains("Sie sind abgemeldet", await signedOut.TextAsync());
    }

    private sealed record EndpointInfo(string Pattern, string[] Methods, bool AnyMethod, bool AllowsAnonymous)
    {
        public string Key => AnyMethod ? $"* {Pattern}" : $"{string.Join(",", Methods)} {Pattern}";
        public string SampleUrl => "/" + Parameter().Replace(Pattern, m =>
            m.Groups["optional"].Success ? ""
            : m.Groups["constraint"].Value.Contains("guid") ? Guid.NewGuid().ToString()
            : m.Groups["name"].Value == "documentName" ? "v1" : "x").Trim('/').Replace("//", "/");
    }

    [GeneratedRegex(@"\{(?<name>[^}:?]+)(?<constraint>:[^}?]+)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();

    private IEnumerable<EndpointInfo> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e =>
        {
            var pattern = "/" + e.RoutePattern.RawText!.TrimStart('/');
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray();
            return new EndpointInfo(pattern, methods ?? ["GET", "POST"], methods is null, e.Metadata.GetMetadata<IAllowAnonymous>() is not null);
        });
}

public sealed class AnonymousAccessTests_Sqlite(SqliteApp app) : AnonymousAccessTests(app), IClassFixture<SqliteApp>;
public sealed class AnonymousAccessTests_Postgres(PostgresApp app) : AnonymousAccessTests(app), IClassFixture<PostgresApp>;
