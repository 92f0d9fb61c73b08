using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.StaffPlanning;

/// <summary>Stellenplanung: import (all or nothing), VZÄ by largest remainder, caseload comparison; Koordinierende Stelle only.</summary>
public abstract class StaffPlanningTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    // Mitte 120 (Musterstadt), Nord 50 (Nordfeld 30 + Sandhagen 20), Süd 30 (Bergheim am See); sum 200.
    private const string GoodCsv =
        "Kommune;Neuzugewanderte über 28;Gestattete;Geduldete\r\n" +
        "Musterstadt;100;20;0\r\n" +
        "Nordfeld;30;0;0\r\n" +
        "Sandhagen;10;5;5\r\n" +
        "Bergheim am See;25;;5\r\n";

    private static MultipartFormDataContent Form(byte[] file, string name, string? ratio, string? fte)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { content, "file", name } };
        if (ratio is not null) form.Add(new StringContent(ratio), "targetRatio");
        if (fte is not null) form.Add(new StringContent(fte), "availableFte");
        return form;
    }

    private static JsonElement Region(JsonElement plan, string name) =>
        plan.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("region").GetString() == name);

    [Fact]
    public async Task An_import_distributes_the_VZAE_by_largest_remainder_and_compares_with_active_cases()
    {
        // One active case in Nordfeld (Regionalbereich Nord).
        var cm = await As("cm1");
        var body = ClientRequests.Minimal("Dilan", ClientRequests.UniqueName("Plan"), "1988-08-08");
        body["municipalityId"] = await app.WithDb(db => db.Municipalities.Where(m => m.Name == "Nordfeld").Select(m => m.Id).SingleAsync());
        await CaseRequests.OpenAsync(cm, (await ClientRequests.RegisterAsync(cm, body)).GetProperty("id").GetGuid());

        var ki = await As("koordination");
        using var response = await ki.PostAsync("/api/v1/staff-planning/import", Form(Encoding.UTF8.GetBytes(GoodCsv), "zahlen.csv", "100", "2,5"));
        var plan = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(200, plan.GetProperty("totalNewcomers").GetInt32());
        Assert.Equal(2.0m, plan.GetProperty("requiredFte").GetDecimal());
        Assert.Equal(["Neuzugewanderte über 28", "Gestattete", "Geduldete"], plan.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        // 25 tenths: quotas 15, 6.25, 3.75 → 15, 6, 3 and the tenth left to the largest remainder (Süd, 0.75).
        Assert.Equal(1.5m, Region(plan, "Regionalbereich Mitte").GetProperty("allocatedFte").GetDecimal());
        Assert.Equal(0.6m, Region(plan, "Regionalbereich Nord").GetProperty("allocatedFte").GetDecimal());
        Assert.Equal(0.4m, Region(plan, "Regionalbereich Süd").GetProperty("allocatedFte").GetDecimal());
        Assert.Equal(2.5m, plan.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("allocatedFte").GetDecimal()));
        Assert.Equal(5, Region(plan, "Regionalbereich Nord").GetProperty("byCategory").GetProperty("Gestattete").GetInt32());
        Assert.True(Region(plan, "Regionalbereich Nord").GetProperty("activeCases").GetInt32() >= 1);

        // Changing the parameters recomputes: 10 tenths → quotas 6, 2.5, 1.5 → 6, 2, 1; the tenth left goes to the tie
        // 0.5/0.5 with the larger count (Nord) → Mitte 0.6, Nord 0.3, Süd 0.1.
        var changed = await (await ki.PutAsJsonAsync("/api/v1/staff-planning/parameters",
            new { targetRatio = 50, availableFte = 1.0, version = plan.GetProperty("version").GetInt32() })).ReadJsonAsync();
        Assert.Equal(0.6m, Region(changed, "Regionalbereich Mitte").GetProperty("allocatedFte").GetDecimal());
        Assert.Equal(0.3m, Region(changed, "Regionalbereich Nord").GetProperty("allocatedFte").GetDecimal());
        Assert.Equal(0.1m, Region(changed, "Regionalbereich Süd").GetProperty("allocatedFte").GetDecimal());
        Assert.Equal(4.0m, changed.GetProperty("requiredFte").GetDecimal());
        await (await ki.PutAsJsonAsync("/api/v1/staff-planning/parameters", new { targetRatio = 50, availableFte = 1.0, version = plan.GetProperty("version").GetInt32() }))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Concurrency);
    }

    [Fact]
    public async Task An_XLSX_workbook_is_imported_as_well()
    {
        var xlsx = SpreadsheetExport.Xlsx("Zahlen", ["Kommune", "Geduldete"], [["Talhausen", 7], ["Auendorf", 3]]);
        var content = new ByteArrayContent(xlsx);
        var form = new MultipartFormDataContent { { content, "file", "zahlen.xlsx" }, { new StringContent("1"), "availableFte" } };
        var plan = await (await (await As("koordination")).PostAsync("/api/v1/staff-planning/import", form)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(10, plan.GetProperty("totalNewcomers").GetInt32());
        Assert.Equal(100, plan.GetProperty("targetRatio").GetInt32());
        Assert.Equal(1.0m, Region(plan, "Regionalbereich Süd").GetProperty("allocatedFte").GetDecimal());
        Assert.Equal(0m, Region(plan, "Regionalbereich Nord").GetProperty("allocatedFte").GetDecimal());
    }

    [Fact]
    public async Task Unknown_Kommunen_and_bad_numbers_are_reported_by_row_and_nothing_is_stored()
    {
        var ki = await As("koordination");
        var before = await app.WithDb(db => db.StaffPlans.CountAsync());
        const string csv = "Kommune;Gestattete;Geduldete\r\nMusterstadt;10;2\r\nAtlantis;5;1\r\nNordfeld;zwölf;1\r\nMusterstadt;-3;0\r\n";
        var problem = await (await ki.PostAsync("/api/v1/staff-planning/import", Form(Encoding.UTF8.GetBytes(csv), "fehler.csv", "100", "3")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
        [
            "Zeile 3: Die Kommune „Atlantis“ ist nicht bekannt.",
            "Zeile 4, Spalte „Gestattete“: „zwölf“ ist keine Anzahl (ganze Zahl ab 0).",
            "Zeile 5: Die Kommune „Musterstadt“ steht schon in Zeile 2.",
            "Zeile 5, Spalte „Gestattete“: „-3“ ist keine Anzahl (ganze Zahl ab 0).",
        ], problem.Errors("file"));
        Assert.Equal(before, await app.WithDb(db => db.StaffPlans.CountAsync()));

        problem = await (await ki.PostAsync("/api/v1/staff-planning/import", Form("Ort;Anzahl\r\nMusterstadt;3\r\n"u8.ToArray(), "x.csv", "100", "3")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("Die Tabelle hat keine Spalte „Kommune“", problem.Errors("file").Single());
        problem = await (await ki.PostAsync("/api/v1/staff-planning/import", Form(Encoding.UTF8.GetBytes(GoodCsv), "x.csv", "100", "2,55")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Die verfügbaren VZÄ werden in Schritten von 0,1 angegeben.", problem.Errors("availableFte").Single());
        Assert.Equal(before, await app.WithDb(db => db.StaffPlans.CountAsync()));
    }

    [Fact]
    public async Task The_page_imports_shows_row_errors_and_renders_table_and_chart()
    {
        var browser = await app.BrowserClientAsync("koordination");
        var page = await browser.GetAsync("/Stellenplanung");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<svg class=\"bar-chart\" role=\"img\"", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains("Zugeteilte VZÄ", Html.Text(html));

        var token = Html.AntiforgeryToken(html);
        var bad = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("Kommune;Geduldete\r\nAtlantis;4\r\n"u8.ToArray()), "file", "fehler.csv" },
            { new StringContent("100"), "Input.TargetRatio" },
            { new StringContent("2"), "Input.AvailableFte" },
        };
        var response = await browser.PostAsync("/Stellenplanung?handler=Import", bad);
        var text = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Zeile 2: Die Kommune „Atlantis“ ist nicht bekannt.", text);

        var good = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(GoodCsv)), "file", "seite.csv" },
            { new StringContent("100"), "Input.TargetRatio" },
            { new StringContent("2.5"), "Input.AvailableFte" },
        };
        response = await browser.PostAsync("/Stellenplanung?handler=Import", good);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        text = await (await browser.GetAsync("/Stellenplanung")).TextAsync();
        Assert.Contains("„seite.csv“", text);
        Assert.Contains("Regionalbereich Süd: zugeteilt 0,4 VZÄ", text);
    }

    [Theory]
    [InlineData("cm1")]
    [InlineData("lenkung")]
    [InlineData("admin")]
    [InlineData("abh")]
    public async Task Staff_planning_is_for_the_coordination_only(string user)
    {
        var client = await As(user);
        await (await client.GetAsync("/api/v1/staff-planning")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await client.PostAsync("/api/v1/staff-planning/import", Form(Encoding.UTF8.GetBytes(GoodCsv), "x.csv", "100", "1")))
            .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await client.PutAsJsonAsync("/api/v1/staff-planning/parameters", new { targetRatio = 100, availableFte = 1, version = 0 }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }
}

public sealed class StaffPlanningTests_Sqlite(SqliteApp app) : StaffPlanningTests(app), IClassFixture<SqliteApp>;
public sealed class StaffPlanningTests_Postgres(PostgresApp app) : StaffPlanningTests(app), IClassFixture<PostgresApp>;
