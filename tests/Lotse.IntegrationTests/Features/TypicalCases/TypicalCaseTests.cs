using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;

namespace Lotse.IntegrationTests.Features.TypicalCases;

/// <summary>
/// Fallrekonstruktion over the API and pages: created from a case by its case manager or the Koordinierende Stelle,
/// anonymised (no name, file number, birth date, note text), annotated by working-group roles, optimal path laid
/// beside it by the Koordinierende Stelle; other roles are refused.
/// </summary>
public abstract class TypicalCaseTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private async Task<(Guid ClientId, string LastName, CaseRequests Case, string FileNumber)> CaseAsync()
    {
        var cm1 = await As("cm1");
        var lastName = UniqueName("Typisch");
        var registered = await RegisterAsync(cm1, Full(lastName));
        var clientId = registered.GetProperty("id").GetGuid();
        var @case = await CaseRequests.OpenAsync(cm1, clientId);
        await @case.NoteAsync("Vertraulich: " + lastName + " hat Sorgen");
        await @case.ToClosedAsync();
        return (clientId, lastName, @case, registered.GetProperty("fileNumber").GetString()!);
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, Guid caseId) =>
        client.PostAsJsonAsync("/api/v1/typical-cases", new { caseId, title = "Wohnung und Sprachkurs", waitingThresholdDays = 10 });

    [Fact]
    public async Task The_case_manager_creates_an_anonymised_timeline_and_the_working_group_annotates_it()
    {
        var (_, lastName, @case, fileNumber) = await CaseAsync();
        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        using var created = await CreateAsync(await As("cm1"), @case.Id);
        var body = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var secret in new[] { lastName, "Amina", fileNumber, "Lindenweg", "59999", "14.03.1988", "1988-03-14", "Vertraulich", "Wohnungsangebote sichten",
                     "Wohnung, Sprachkurs, Anerkennung", "Gemeinschaftsunterkunft", "berater@jobcenter.example", @case.Id.ToString() })
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        var dto = await created.ReadJsonAsync(HttpStatusCode.Created);
        var entries = dto.GetProperty("entries").EnumerateArray().ToList();
        Assert.DoesNotContain(CaseRequests.Today, dto.GetProperty("entries").GetRawText()); // relative days only (the snapshot's own createdAt is not case data)
        Assert.Equal(0, entries[0].GetProperty("day").GetInt32());
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "Zugang");
        Assert.Contains(entries, e => e.GetProperty("text").GetString()!.StartsWith("Kontakt: Gespräch"));
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "Abschluss");
        Assert.Equal("35 bis 44 Jahre", dto.GetProperty("ageRange").GetString());
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Id > since && e.EntityType == "Case" && e.EntityId == @case.Id.ToString()
                                                                         && e.Operation == AuditOperation.Read && e.Purpose == "Fallrekonstruktion (anonymisiert)")));

        var id = dto.GetProperty("id").GetGuid();
        var annotated = await (await (await As("jobcenter")).PostAsJsonAsync($"/api/v1/typical-cases/{id}/annotations",
            new { entryIndex = 1, text = "Hier fehlte die Rückmeldung an das Jobcenter." })).ReadJsonAsync();
        Assert.Equal(1, annotated.GetProperty("annotations")[0].GetProperty("entryIndex").GetInt32());
        await (await (await As("lenkung")).PostAsJsonAsync($"/api/v1/typical-cases/{id}/annotations", new { entryIndex = 999, text = "x" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");

        var path = await (await (await As("koordination")).PutAsJsonAsync($"/api/v1/typical-cases/{id}/optimal-path", new
        {
            steps = new object[] { new { day = 0, text = "Erstberatung", organisation = "Caritas" }, new { day = 7, text = "Verpflichtung zum Integrationskurs", organisation = "Jobcenter" } }
        })).ReadJsonAsync();
        Assert.Equal([0, 7], path.GetProperty("optimalPath").EnumerateArray().Select(s => s.GetProperty("day").GetInt32()));
        await (await (await As("jobcenter")).PutAsJsonAsync($"/api/v1/typical-cases/{id}/optimal-path", new { steps = Array.Empty<object>() }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");

        var page = await (await (await app.BrowserClientAsync("lenkung")).GetAsync($"/Fallrekonstruktionen/{id}")).TextAsync();
        Assert.Contains("Hier fehlte die Rückmeldung an das Jobcenter.", page);
        Assert.Contains("Verpflichtung zum Integrationskurs", page);
        Assert.DoesNotContain(lastName, page);
    }

    [Theory]
    [InlineData("koordination", HttpStatusCode.Created)]
    [InlineData("cm2", HttpStatusCode.NotFound)]
    [InlineData("jobcenter", HttpStatusCode.Forbidden)]
    [InlineData("abh", HttpStatusCode.Forbidden)]
    [InlineData("lenkung", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("datenschutz", HttpStatusCode.Forbidden)]
    public async Task Only_the_case_manager_and_the_Koordinierende_Stelle_create_a_reconstruction(string user, HttpStatusCode expected)
    {
        var cm1 = await As("cm1");
        var (_, @case) = await CaseRequests.NewAsync(cm1);
        using var response = await CreateAsync(await As(user), @case.Id);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("datenschutz")]
    public async Task Roles_outside_case_work_and_steering_do_not_see_reconstructions(string user)
    {
        await (await (await As(user)).GetAsync("/api/v1/typical-cases")).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
    }

    [Fact]
    public async Task The_case_manager_creates_one_through_the_page()
    {
        var (_, @case) = await CaseRequests.NewAsync(await As("cm1"));
        var browser = await app.BrowserClientAsync("cm1");
        using var response = await Html.PostFormAsync(browser, $"/Fallrekonstruktionen/Neu/{@case.Id}",
            new Dictionary<string, string> { ["Input.Title"] = "Über die Seite", ["Input.WaitingThresholdDays"] = "28" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await (await browser.GetAsync("/Fallrekonstruktionen")).TextAsync();
        Assert.Contains("Über die Seite", list);
    }
}

public sealed class TypicalCaseTests_Sqlite(SqliteApp app) : TypicalCaseTests(app), IClassFixture<SqliteApp>;
public sealed class TypicalCaseTests_Postgres(PostgresApp app) : TypicalCaseTests(app), IClassFixture<PostgresApp>;
