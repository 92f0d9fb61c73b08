using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Features.Rules;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lotse.IntegrationTests.Features.Cases.CaseRequests;

namespace Lotse.IntegrationTests.Features.Rules;

/// <summary>
/// The rule sets in the app: POST /api/v1/rules/evaluate, GET /api/v1/clients/{id}/findings (who may read, audit),
/// the case page's panel, the "Regelwerke" page and the start page's reminders from the materialised findings.
/// </summary>
public abstract class RulesTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private static readonly object TwentyFiveB = new
    {
        asOf = "2026-06-01",
        situation = new
        {
            residence = new { type = "Toleration", since = "2023-01-10" },
            lawfulStaySince = "2021-03-14",
            languageLevel = "A2",
            livelihoodSecured = true,
            minorChildrenInHousehold = false
        }
    };

    private static JsonElement Finding(JsonElement response, string ruleId) =>
        response.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == ruleId);

    [Fact]
    public async Task Evaluate_names_the_day_a_perspective_becomes_reachable_and_cites_the_source()
    {
        var result = await (await (await As("cm1")).PostAsJsonAsync("/api/v1/rules/evaluate", TwentyFiveB)).ReadJsonAsync();
        Assert.Equal("2026-06-01", result.GetProperty("asOf").GetString());
        Assert.Contains("keine rechtliche Entscheidung", result.GetProperty("disclaimer").GetString());
        var f = Finding(result, "perspective.aufenthg-25b");
        Assert.Equal("NotFulfilled", f.GetProperty("status").GetString());
        Assert.Equal("2027-03-14", f.GetProperty("reachableOn").GetString());
        Assert.Contains("Aufenthaltsdauer erreicht am 14.03.2027", f.GetRawText());
        Assert.Equal("https://www.gesetze-im-internet.de/aufenthg_2004/__25b.html", f.GetProperty("source").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Both_endpoints_are_documented_in_openapi_with_examples()
    {
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync();
        var paths = doc.GetProperty("paths");
        var evaluate = paths.GetProperty("/api/v1/rules/evaluate").GetProperty("post");
        Assert.Contains("1999-03", evaluate.GetProperty("requestBody").GetRawText());
        Assert.Contains("Aufenthaltsdauer erreicht am 14.03.2027", evaluate.GetProperty("responses").GetProperty("200").GetRawText());
        var findings = paths.GetProperty("/api/v1/clients/{id}/findings").GetProperty("get");
        Assert.Contains("perspective.aufenthg-25b", findings.GetProperty("responses").GetProperty("200").GetRawText());
    }

    [Fact]
    public async Task Evaluate_says_what_is_missing_instead_of_no()
    {
        var result = await (await (await As("abh")).PostAsJsonAsync("/api/v1/rules/evaluate", new { asOf = "2026-06-01", situation = new { } })).ReadJsonAsync();
        var f = Finding(result, "responsibility.jobcenter");
        Assert.Equal("Unknown", f.GetProperty("status").GetString());
        Assert.Contains("Angaben zum Leistungsbezug", f.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Evaluate_applies_the_law_of_the_reference_day()
    {
        var situation = new { residence = new { type = "SettlementPermit" }, lawfulStaySince = "2018-01-01", languageLevel = "B1", livelihoodSecured = true, identityClarified = true };
        var client = await As("cm1");
        var before = await (await client.PostAsJsonAsync("/api/v1/rules/evaluate", new { asOf = "2024-06-26", situation })).ReadJsonAsync();
        var after = await (await client.PostAsJsonAsync("/api/v1/rules/evaluate", new { asOf = "2024-06-27", situation })).ReadJsonAsync();
        Assert.Equal("NotFulfilled", Finding(before, "perspective.stag-10").GetProperty("status").GetString());
        Assert.Equal("Fulfilled", Finding(after, "perspective.stag-10").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Evaluate_refuses_bad_input_and_anonymous_callers()
    {
        var client = await As("cm1");
        using var noSituation = await client.PostAsJsonAsync("/api/v1/rules/evaluate", new { asOf = "2026-06-01" });
        Assert.Equal(HttpStatusCode.BadRequest, noSituation.StatusCode);
        using var badDate = await client.PostAsJsonAsync("/api/v1/rules/evaluate", new { situation = new { birthDate = "1999-13" } });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        using var anonymous = await app.CreateClient().PostAsJsonAsync("/api/v1/rules/evaluate", TwentyFiveB);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>A client with Bürgergeld and a residence permit that runs out in 20 days, with an open case of cm1.</summary>
    private async Task<(Guid ClientId, Guid CaseId, string LastName)> ClientWithCaseAsync()
    {
        var cm1 = await As("cm1");
        var lastName = ClientRequests.UniqueName("Regel");
        var body = ClientRequests.Minimal("Yonas", lastName, "1990-04-02");
        body["entryDate"] = "2019-02-01";
        body["benefits"] = new object[] { new { kind = "SgbII", from = "2024-07-01", until = (string?)null } };
        body["residenceStatuses"] = new object[] { new { type = "ResidencePermit", issuedOn = DaysFromToday(-300), validUntil = DaysFromToday(20) } };
        var clientId = (await ClientRequests.RegisterAsync(cm1, body)).GetProperty("id").GetGuid();
        var @case = await OpenAsync(cm1, clientId);
        return (clientId, @case.Id, lastName);
    }

    [Fact]
    public async Task Client_findings_follow_the_client_file_and_the_read_is_audited()
    {
        var (clientId, _, _) = await ClientWithCaseAsync();
        var lastAudit = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        var result = await (await (await As("cm1")).GetAsync($"/api/v1/clients/{clientId}/findings")).ReadJsonAsync();
        Assert.Equal(clientId, result.GetProperty("clientId").GetGuid());
        Assert.Equal("Fulfilled", Finding(result, "responsibility.jobcenter").GetProperty("status").GetString());
        Assert.Equal("Fulfilled", Finding(result, "deadline.residence-document").GetProperty("status").GetString());
        Assert.Equal("Fulfilled", Finding(result, "programme.mbe").GetProperty("status").GetString());
        // Lotse does not record the language level: "prüfen", not "nein".
        Assert.Equal("Unknown", Finding(result, "course.jobcenter").GetProperty("status").GetString());

        var reads = await app.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > lastAudit && e.EntityType == "Client" && e.EntityId == clientId.ToString()).ToListAsync());
        Assert.Contains(reads, e => e.Operation == AuditOperation.Read && e.Purpose == "Zuständigkeiten & Perspektiven" && e.UserName == "cm1");
    }

    [Fact]
    public async Task Client_findings_are_only_for_those_who_may_read_the_client()
    {
        var (clientId, _, _) = await ClientWithCaseAsync();
        using (var supervisor = await (await As("koordination")).GetAsync($"/api/v1/clients/{clientId}/findings"))
            Assert.Equal(HttpStatusCode.OK, supervisor.StatusCode);
        foreach (var user in new[] { "cm2", "jobcenter", "abh", "admin", "datenschutz" })
        {
            using var response = await (await As(user)).GetAsync($"/api/v1/clients/{clientId}/findings");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user}: {response.StatusCode}");
        }
        using (var unknown = await (await As("cm1")).GetAsync($"/api/v1/clients/{Guid.NewGuid()}/findings"))
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using (var anonymous = await app.CreateClient().GetAsync($"/api/v1/clients/{clientId}/findings"))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Recorded_facts_turn_unknown_into_a_definite_answer()
    {
        var (clientId, _, _) = await ClientWithCaseAsync();
        var cm1 = await As("cm1");
        var before = await (await cm1.GetAsync($"/api/v1/clients/{clientId}/findings")).ReadJsonAsync();
        Assert.Equal("Unknown", Finding(before, "course.jobcenter").GetProperty("status").GetString());

        var facts = await (await cm1.GetAsync($"/api/v1/clients/{clientId}/rule-facts")).ReadJsonAsync();
        Assert.Equal(0, facts.GetProperty("version").GetInt32());
        var saved = await (await cm1.PutAsJsonAsync($"/api/v1/clients/{clientId}/rule-facts", new
        {
            languageLevel = "A2", livelihoodSecured = true, identityClarified = true, otherProgrammes = new[] { "MBE" }, version = 0
        })).ReadJsonAsync();
        Assert.Equal(1, saved.GetProperty("version").GetInt32());

        var after = await (await cm1.GetAsync($"/api/v1/clients/{clientId}/findings")).ReadJsonAsync();
        Assert.Equal("Fulfilled", Finding(after, "course.jobcenter").GetProperty("status").GetString());
        Assert.Equal("Fulfilled", Finding(after, "programme.double-funding").GetProperty("status").GetString());

        // A stale version is refused; the change is audited.
        using (var stale = await cm1.PutAsJsonAsync($"/api/v1/clients/{clientId}/rule-facts", new { languageLevel = "B1", version = 0 }))
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityType == "ClientRuleFacts" && e.EntityId == clientId.ToString() && e.Operation != AuditOperation.Read)));
    }

    [Fact]
    public async Task Only_the_clients_case_managers_record_facts()
    {
        var (clientId, caseId, _) = await ClientWithCaseAsync();
        var body = new { languageLevel = "B2", version = 0 };
        using (var supervisor = await (await As("koordination")).PutAsJsonAsync($"/api/v1/clients/{clientId}/rule-facts", body))
            Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        foreach (var user in new[] { "cm2", "jobcenter", "abh" })
        {
            using var response = await (await As(user)).PutAsJsonAsync($"/api/v1/clients/{clientId}/rule-facts", body);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user}: {response.StatusCode}");
        }
        using (var invalid = await (await As("cm1")).PutAsJsonAsync($"/api/v1/clients/{clientId}/rule-facts", new { schoolYearsInGermany = 30, otherProgrammes = new[] { "XYZ" }, version = 0 }))
        {
            var problem = await invalid.ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.Contains("schoolYearsInGermany", problem.GetRawText());
            Assert.Contains("XYZ", problem.GetRawText());
        }

        var form = await (await app.BrowserClientAsync("cm1")).GetAsync($"/Faelle/{caseId}/Angaben-Perspektiven");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Sprachniveau Deutsch", WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()));
        using var readOnly = await (await app.BrowserClientAsync("koordination")).GetAsync($"/Faelle/{caseId}/Angaben-Perspektiven");
        Assert.Equal(HttpStatusCode.Redirect, readOnly.StatusCode);
        Assert.Contains("Zugriff-verweigert", readOnly.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_case_page_shows_the_panel_with_disclaimer_and_sources()
    {
        var (_, caseId, _) = await ClientWithCaseAsync();
        var browser = await app.BrowserClientAsync("cm1");
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Faelle/{caseId}"));
        Assert.Contains("Zuständigkeiten & Perspektiven", html);
        Assert.Contains("keine rechtliche Entscheidung", html);
        Assert.Contains("Jobcenter (SGB II)", html);
        Assert.Contains("href=\"https://www.gesetze-im-internet.de/sgb_2/__14.html\"", html);
        Assert.Contains("Prüfen:", html);

        var other = await app.BrowserClientAsync("cm2");
        using var denied = await other.GetAsync($"/Faelle/{caseId}");
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
    }

    [Fact]
    public async Task The_rule_sets_page_is_for_administration_and_coordination()
    {
        foreach (var user in new[] { "admin", "koordination" })
        {
            var html = WebUtility.HtmlDecode(await (await app.BrowserClientAsync(user)).GetStringAsync("/Regelwerke"));
            Assert.Contains("Aufenthaltsperspektiven (Baustein 3)", html);
            Assert.Contains("https://www.gesetze-im-internet.de/stag/__10.html", html);
            Assert.Contains("30.06.2022", html);
        }
        using var denied = await (await app.BrowserClientAsync("cm1")).GetAsync("/Regelwerke");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("Zugriff-verweigert", denied.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_start_page_lists_the_expiring_document_once_and_the_other_hints_once_the_findings_are_refreshed()
    {
        var (clientId, caseId, lastName) = await ClientWithCaseAsync();
        await app.WithScope(sp => sp.GetRequiredService<FindingsRefresher>().ProcessRequestsAsync(CancellationToken.None));
        var rows = await app.WithDb(db => db.ClientFindings.AsNoTracking().Where(f => f.ClientId == clientId).ToListAsync());
        Assert.Contains(rows, f => f.RuleId == "deadline.residence-document" && f.On == ClientRequests.Today.AddDays(20));

        var html = WebUtility.HtmlDecode(await (await app.BrowserClientAsync("cm1")).GetStringAsync("/"));
        Assert.Contains("Hinweise aus den Regelwerken", html);
        Assert.Contains($"href=\"/Faelle/{caseId}#perspektiven\">{lastName}, Yonas</a>", html);
        // Once: the caseload table flags the document, so the rules panel leaves its own reminder out.
        var expiry = $"Aufenthaltsdokument läuft am {ClientRequests.Today.AddDays(20):dd.MM.yyyy} ab";
        // (Other tests of this class give their clients the same date: one mention per such case, not two.)
        var casesWithThatDate = (await (await (await As("cm1")).GetAsync("/api/v1/caseload")).ReadJsonAsync()).EnumerateArray()
            .Count(i => i.GetProperty("residenceDocumentExpiresOn").GetString() == DaysFromToday(20));
        Assert.True(casesWithThatDate >= 1);
        Assert.Equal(casesWithThatDate, System.Text.RegularExpressions.Regex.Matches(html, System.Text.RegularExpressions.Regex.Escape(expiry)).Count);
        // Not on another case manager's start page.
        Assert.DoesNotContain(lastName, await (await app.BrowserClientAsync("cm2")).GetStringAsync("/"));
    }

    [Fact]
    public async Task A_changed_client_file_requests_a_refresh_and_a_repeated_full_refresh_changes_nothing()
    {
        var (clientId, _, _) = await ClientWithCaseAsync();
        Assert.True(await app.WithDb(db => db.FindingRefreshRequests.AnyAsync(r => r.ClientId == clientId))
                    || await app.WithDb(db => db.ClientFindings.AnyAsync(f => f.ClientId == clientId)));

        var today = ClientRequests.Today;
        await app.WithScope(sp => sp.GetRequiredService<FindingsRefresher>().RefreshAllAsync(today, CancellationToken.None));
        var first = await app.WithDb(db => db.ClientFindings.AsNoTracking().OrderBy(f => f.ClientId).ThenBy(f => f.RuleId)
            .Select(f => new { f.ClientId, f.RuleId, f.Status, f.On }).ToListAsync());
        await app.WithScope(sp => sp.GetRequiredService<FindingsRefresher>().RefreshAllAsync(today, CancellationToken.None));
        var second = await app.WithDb(db => db.ClientFindings.AsNoTracking().OrderBy(f => f.ClientId).ThenBy(f => f.RuleId)
            .Select(f => new { f.ClientId, f.RuleId, f.Status, f.On }).ToListAsync());
        Assert.Equal(first, second);
        Assert.Contains(first, f => f.ClientId == clientId);

        // The daily run is claimed once per day: a second instance (or a second call) skips it.
        await app.WithScope(sp => sp.GetRequiredService<FindingsRefresher>().RunDailyAsync(CancellationToken.None));
        Assert.Equal(0, await app.WithScope(sp => sp.GetRequiredService<FindingsRefresher>().RunDailyAsync(CancellationToken.None)));
    }
}

public sealed class RulesTests_Sqlite(SqliteApp app) : RulesTests(app), IClassFixture<SqliteApp>;
public sealed class RulesTests_Postgres(PostgresApp app) : RulesTests(app), IClassFixture<PostgresApp>;
