using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.IntegrationTests.Infrastructure;

/// <summary>
/// Pins the number of SQL commands of the hot pages (start page and case, API and browser), so an N+1 query or a
/// per-request lookup that creeps back in fails here instead of in the benchmark. Counted after one warm-up request
/// (the per-instance cache of claims and 2FA requirement is then filled, as it is for a user at work). If a change
/// needs another command on purpose, raise the number here and say why in the commit.
/// </summary>
public abstract class SqlCommandCountTests(LotseAppFactory app)
{
    /// <summary>Per request: session+user state (1); SQLite also opens each connection with its PRAGMA command (not counted).</summary>
    protected abstract int StartPageApi { get; }
    protected abstract int CaseApi { get; }
    protected abstract int StartPageBrowser { get; }
    protected abstract int CaseBrowser { get; }

    private sealed class Counter : DbCommandInterceptor
    {
        public readonly ConcurrentQueue<string> Commands = new();
        private void Add(DbCommand c)
        {
            if (!c.CommandText.StartsWith("PRAGMA", StringComparison.Ordinal)) Commands.Enqueue(c.CommandText);
        }
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand c, CommandEventData e, InterceptionResult<DbDataReader> r) { Add(c); return r; }
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<DbDataReader> r, CancellationToken ct = default) { Add(c); return ValueTask.FromResult(r); }
        public override InterceptionResult<int> NonQueryExecuting(DbCommand c, CommandEventData e, InterceptionResult<int> r) { Add(c); return r; }
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<int> r, CancellationToken ct = default) { Add(c); return ValueTask.FromResult(r); }
        public override InterceptionResult<object> ScalarExecuting(DbCommand c, CommandEventData e, InterceptionResult<object> r) { Add(c); return r; }
        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<object> r, CancellationToken ct = default) { Add(c); return ValueTask.FromResult(r); }
    }

    private (WebApplicationFactory<Program> Factory, Counter Counter) Counting()
    {
        var counter = new Counter();
        var factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            if (app.Provider == DatabaseProvider.Postgres)
                services.ConfigureDbContext<PostgresLotseDbContext>((_, o) => o.AddInterceptors(counter));
            else
                services.ConfigureDbContext<SqliteLotseDbContext>((_, o) => o.AddInterceptors(counter));
        }));
        return (factory, counter);
    }

    private static async Task<int> CountAsync(Counter counter, HttpClient client, string url)
    {
        using (var warm = await client.GetAsync(url)) Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        counter.Commands.Clear();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return counter.Commands.Count;
    }

    private static void AssertCount(int expected, Counter counter, int actual, string what) =>
        Assert.True(expected == actual,
            $"{what}: expected {expected} SQL commands, got {actual}:\n{string.Join("\n---\n", counter.Commands.Select(c => c.Length > 300 ? c[..300] + " …" : c))}");

    private static async Task<Guid> ActiveCaseOfAsync(HttpClient cm)
    {
        var (_, @case) = await CaseRequests.NewAsync(cm);
        return @case.Id;
    }

    [Fact]
    public async Task Start_page_and_case_API_use_a_fixed_number_of_SQL_commands_whatever_the_caseload()
    {
        var (factory, counter) = Counting();
        await using var _ = factory;
        using var cm = factory.CreateClient();
        using (var token = await cm.PostAsJsonAsync("/api/v1/auth/token", new { userName = "cm1", password = Lotse.Web.Data.DemoData.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            cm.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        }
        var caseId = await ActiveCaseOfAsync(cm);

        var first = await CountAsync(counter, cm, "/api/v1/caseload");
        AssertCount(StartPageApi, counter, first, "GET /api/v1/caseload");
        // More cases on the list must not mean more commands (no N+1).
        await ActiveCaseOfAsync(cm);
        await ActiveCaseOfAsync(cm);
        AssertCount(StartPageApi, counter, await CountAsync(counter, cm, "/api/v1/caseload"), "GET /api/v1/caseload with two more cases");

        AssertCount(CaseApi, counter, await CountAsync(counter, cm, $"/api/v1/cases/{caseId}"), "GET /api/v1/cases/{id}");
    }

    [Fact]
    public async Task Start_page_and_case_page_in_the_browser_use_a_fixed_number_of_SQL_commands()
    {
        var (factory, counter) = Counting();
        await using var _ = factory;
        using var browser = factory.CreateClient();
        using (var login = await LotseAppFactory.SubmitLoginAsync(browser, "cm1", Lotse.Web.Data.DemoData.Password))
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var api = await app.ApiClientAsync("cm1");
        var caseId = await ActiveCaseOfAsync(api);

        AssertCount(StartPageBrowser, counter, await CountAsync(counter, browser, "/"), "GET /");
        // The panels of the start page (caseload, rule findings, referral results) grow with the caseload, their queries must not.
        await ActiveCaseOfAsync(api);
        await ActiveCaseOfAsync(api);
        AssertCount(StartPageBrowser, counter, await CountAsync(counter, browser, "/"), "GET / with two more cases");
        AssertCount(CaseBrowser, counter, await CountAsync(counter, browser, $"/Faelle/{caseId}"), "GET /Faelle/{id}");
    }
}

public sealed class SqlCommandCountTests_Sqlite(SqliteApp app) : SqlCommandCountTests(app), IClassFixture<SqliteApp>
{
    protected override int StartPageApi => 3;
    protected override int CaseApi => 10;
    /// <summary>Session, organisation, caseload + its audit entry (the sealer indexes its records later), rule findings + audit, referral results with names and organisations + audit.</summary>
    protected override int StartPageBrowser => 10;
    /// <summary>The case (split queries), then its panels: findings (situation), referrals, obstacles, Auskunft link, each with its audit entry.</summary>
    protected override int CaseBrowser => 29;
}

public sealed class SqlCommandCountTests_Postgres(PostgresApp app) : SqlCommandCountTests(app), IClassFixture<PostgresApp>
{
    protected override int StartPageApi => 3;
    protected override int CaseApi => 10;
    protected override int StartPageBrowser => 10;
    /// <summary>The case (split queries), then its panels: findings (situation), referrals, obstacles, Auskunft link, each with its audit entry.</summary>
    protected override int CaseBrowser => 29;
}
