using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Features.Organisations;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Infrastructure;

/// <summary>
/// Role × operation: which demo user may call which API operation. One row per (user, method, url, status),
/// denials included. To cover a new endpoint, add rows to <see cref="Rows"/> and, for writes, a body to
/// <see cref="Bodies"/>; "{org}" in a url stands for an existing organisation's id.
/// </summary>
public abstract class AccessMatrixTests(LotseAppFactory app)
{
    private const string TargetOrganisation = "Gesundheitsamt Kreis Musterland";
    private static readonly string[] AllUsers = DemoData.Users.Select(u => u.UserName).ToArray();
    private static readonly string[] Admins = DemoData.Users.Where(u => u.Role == Roles.Administrator).Select(u => u.UserName).ToArray();

    public static TheoryData<string, string, string, int> Rows()
    {
        var rows = new TheoryData<string, string, string, int>();
        foreach (var user in AllUsers)
        {
            var admin = Admins.Contains(user);
            // Everyone signed in reads the network.
            rows.Add(user, "GET", "/api/v1/organisations", 200);
            rows.Add(user, "GET", "/api/v1/organisations/{org}", 200);
            // Only the administration changes it.
            rows.Add(user, "POST", "/api/v1/organisations", admin ? 201 : 403);
            rows.Add(user, "PUT", "/api/v1/organisations/{org}", admin ? 200 : 403);
        }
        return rows;
    }

    /// <summary>A valid request body per "METHOD url-template" (valid, so that a 403 can only come from the role).</summary>
    private static readonly Dictionary<string, Func<LotseAppFactory, Task<object>>> Bodies = new()
    {
        ["POST /api/v1/organisations"] = _ =>
            Task.FromResult<object>(OrganisationsApiTests.ValidBody("Matrix " + Guid.NewGuid().ToString("N")[..10])),
        ["PUT /api/v1/organisations/{org}"] = async app =>
        {
            var current = await app.WithDb(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == TargetOrganisation));
            var body = OrganisationsApiTests.ValidBody(current.Name, current.Version);
            body["contactPhone"] = "02999 " + Random.Shared.Next(100000, 999999);
            return body;
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Role_may_or_may_not_call_the_operation(string user, string method, string url, int expected)
    {
        using var client = await app.ApiClientAsync(user);
        var orgId = await app.WithDb(db => db.Organisations.Where(o => o.Name == TargetOrganisation).Select(o => o.Id).SingleAsync());
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{org}", orgId.ToString()));
        if (Bodies.TryGetValue($"{method} {url}", out var body))
            request.Content = JsonContent.Create(await body(app));
        else
            Assert.True(method == "GET", $"No request body registered for {method} {url}");
        var before = await SnapshotAsync();

        using var response = await client.SendAsync(request);

        Assert.True((int)response.StatusCode == expected,
            $"{user} {method} {url}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected == 403)
        {
            await response.AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
            Assert.Equal(before, await SnapshotAsync());
        }
    }

    /// <summary>Counts and version sums of the administrated tables: any write changes it.</summary>
    private Task<string> SnapshotAsync() => app.WithDb(async db => string.Join('|',
        await db.Organisations.CountAsync(), await db.Organisations.SumAsync(o => o.Version),
        await db.Municipalities.CountAsync(), await db.Regions.CountAsync(),
        await db.Users.CountAsync(), await db.SecuritySettings.SumAsync(s => s.Version)));
}

public sealed class AccessMatrixTests_Sqlite(SqliteApp app) : AccessMatrixTests(app), IClassFixture<SqliteApp>;
public sealed class AccessMatrixTests_Postgres(PostgresApp app) : AccessMatrixTests(app), IClassFixture<PostgresApp>;
