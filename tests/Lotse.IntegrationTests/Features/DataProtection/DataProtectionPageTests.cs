using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;
using static Lotse.IntegrationTests.Features.DataProtection.DataProtectionRequests;

namespace Lotse.IntegrationTests.Features.DataProtection;

/// <summary>The pages: the DPO finds a client by file number (POST), downloads the Auskunft, records and decides a Löschantrag.</summary>
public abstract class DataProtectionPageTests(LotseAppFactory app)
{
    [Fact]
    public async Task The_DPO_finds_a_client_by_file_number_and_downloads_the_Auskunft_from_the_page()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var registered = await RegisterAsync(cm1, Minimal("Hana", UniqueName("Seite")));
        var id = registered.GetProperty("id").GetGuid();
        var browser = await app.BrowserClientAsync("datenschutz");

        using var found = await Html.PostFormAsync(browser, "/Datenschutz", new Dictionary<string, string> { ["FileNumber"] = registered.GetProperty("fileNumber").GetString()!.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/Datenschutz/Personen/{id}", found.Headers.Location!.OriginalString);

        using var unknown = await Html.PostFormAsync(browser, "/Datenschutz", new Dictionary<string, string> { ["FileNumber"] = "1999-XXXXXX" });
        Assert.Contains("Eine Person mit diesem Aktenzeichen gibt es nicht.", await unknown.TextAsync());

        var page = await (await browser.GetAsync($"/Datenschutz/Personen/{id}")).TextAsync();
        Assert.Contains("Auskunft als PDF herunterladen", page);
        Assert.Contains("Neuen Löschantrag erfassen", page);
        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));
        using var pdf = await Html.PostFormAsync(browser, $"/Datenschutz/Personen/{id}?handler=Auskunft", new Dictionary<string, string> { ["format"] = "pdf" }, $"/Datenschutz/Personen/{id}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Id > since && e.Operation == AuditOperation.Export && e.EntityId == id.ToString() && e.Channel == AuditChannel.Ui)));

        using var recorded = await Html.PostFormAsync(browser, $"/Datenschutz/Personen/{id}?handler=Loeschantrag",
            new Dictionary<string, string> { ["NewRequest.ReceivedOn"] = Cases.CaseRequests.Today, ["NewRequest.Scope"] = "Meine Adresse" }, $"/Datenschutz/Personen/{id}");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("eingegangen, noch nicht entschieden", await (await browser.GetAsync($"/Datenschutz/Personen/{id}")).TextAsync());

        var report = await (await browser.GetAsync("/Datenschutz/Aufbewahrung")).TextAsync();
        Assert.Contains("Probelauf", report);
    }

    [Fact]
    public async Task A_deletion_refused_by_a_legal_hold_on_the_page_shows_why_and_leaves_the_request_undecided()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var dpoApi = await app.SharedApiClientAsync("datenschutz");
        var id = await RegisterAsync(cm1, "Hana", UniqueName("Gesperrt"));
        await (await dpoApi.PostAsJsonAsync($"/api/v1/data-protection/clients/{id}/legal-holds", new { reason = "Klage" })).ReadJsonAsync(HttpStatusCode.Created);
        var request = await (await dpoApi.PostAsJsonAsync($"/api/v1/data-protection/clients/{id}/erasure-requests",
            new { receivedOn = Cases.CaseRequests.Today, scope = "alles" })).ReadJsonAsync(HttpStatusCode.Created);
        var browser = await app.BrowserClientAsync("datenschutz");

        using var response = await Html.PostFormAsync(browser, $"/Datenschutz/Personen/{id}?handler=Entscheiden", new Dictionary<string, string>
        {
            ["RequestId"] = request.GetProperty("id").GetString()!, ["Decision.Decision"] = "Granted", ["Decision.Assessment"] = "Keine Pflicht mehr"
        }, $"/Datenschutz/Personen/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Solange er besteht, wird nichts gelöscht", await response.TextAsync());
        var file = await (await dpoApi.GetAsync($"/api/v1/data-protection/clients/{id}")).ReadJsonAsync();
        Assert.Equal("Received", file.GetProperty("requests")[0].GetProperty("status").GetString());
        Assert.NotEqual("[anonymisiert]", (await GetAsync(cm1, id)).GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task The_case_manager_sees_Auskunft_and_corrections_but_not_the_DPO_parts_and_others_are_turned_away()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var id = await RegisterAsync(cm1, "Hana", UniqueName("Seite"));

        var page = await (await (await app.BrowserClientAsync("cm1")).GetAsync($"/Datenschutz/Personen/{id}")).TextAsync();
        Assert.Contains("Auskunft als PDF herunterladen", page);
        Assert.Contains("Berichtigungen", page);
        Assert.DoesNotContain("Löschantrag erfassen", page);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.BrowserClientAsync("cm2")).GetAsync($"/Datenschutz/Personen/{id}")).StatusCode);
        using var jobcenter = await (await app.BrowserClientAsync("jobcenter")).GetAsync($"/Datenschutz/Personen/{id}");
        Assert.Equal("/Zugriff-verweigert", new Uri(LotseAppFactory.BaseAddress, jobcenter.Headers.Location!).AbsolutePath);
        using var index = await (await app.BrowserClientAsync("cm1")).GetAsync("/Datenschutz/Aufbewahrung");
        Assert.Equal("/Zugriff-verweigert", new Uri(LotseAppFactory.BaseAddress, index.Headers.Location!).AbsolutePath);
    }
}

public sealed class DataProtectionPageTests_Sqlite(SqliteApp app) : DataProtectionPageTests(app), IClassFixture<SqliteApp>;
public sealed class DataProtectionPageTests_Postgres(PostgresApp app) : DataProtectionPageTests(app), IClassFixture<PostgresApp>;
