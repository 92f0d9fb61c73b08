using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Network;

/// <summary>Parallel offers and the gap map: aggregates for the Koordinierende Stelle and the Lenkungsgruppe, never a person.</summary>
public abstract class CoverageTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    [Theory]
    [InlineData("koordination")]
    [InlineData("lenkung")]
    public async Task Parallel_language_courses_in_Musterstadt_are_flagged(string user)
    {
        var overlaps = (await (await (await As(user)).GetAsync("/api/v1/network/overlaps")).ReadJsonAsync()).EnumerateArray().ToList();
        var course = Assert.Single(overlaps, o =>
            new[] { o.GetProperty("first").GetProperty("title").GetString(), o.GetProperty("second").GetProperty("title").GetString() }.Order()
                .SequenceEqual(["Integrationskurs mit Alphabetisierung", "Sprachcafé und Deutschkurs für Anfänger"]));
        Assert.Equal("Sprache", course.GetProperty("lifeDomainName").GetString());
        Assert.Equal(["Musterstadt"], course.GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()));
        // The JMD (12–27) and the MBE (27+) meet only at 27 but serve different life domains: no overlap.
        Assert.DoesNotContain(overlaps, o => o.GetProperty("first").GetProperty("title").GetString()!.StartsWith("Jugendmigrationsdienst")
                                             && o.GetProperty("second").GetProperty("title").GetString()!.StartsWith("Migrationsberatung"));
    }

    private async Task<(Guid ClientId, string LastName, CaseRequests Case)> PersonWithNeedsAsync(HttpClient cm, string municipality, int housing, int language)
    {
        var lastName = ClientRequests.UniqueName("Luecke");
        var body = ClientRequests.Minimal("Hawar", lastName, "1991-03-04");
        body["municipalityId"] = await app.WithDb(db => db.Municipalities.Where(m => m.Name == municipality).Select(m => m.Id).SingleAsync());
        var clientId = (await ClientRequests.RegisterAsync(cm, body)).GetProperty("id").GetGuid();
        var kase = await CaseRequests.OpenAsync(cm, clientId);
        await kase.IntakeAsync();
        await kase.ChangeAsync(HttpMethod.Post, "assessments", Assessment(housing, language, CaseRequests.DaysFromToday(-2)));
        return (clientId, lastName, kase);
    }

    private static Dictionary<string, object?> Assessment(int housing, int language, string? on = null) => new()
    {
        ["assessedOn"] = on ?? CaseRequests.Today,
        ["ratings"] = new object[] { new { domain = "Housing", rating = housing }, new { domain = "Language", rating = language } }
    };

    private static JsonElement Cell(JsonElement map, string municipality, string domain) =>
        map.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("municipality").GetString() == municipality)
            .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("lifeDomain").GetString() == domain);

    [Fact]
    public async Task The_gap_map_counts_needs_per_Kommune_suppresses_small_counts_and_names_nobody()
    {
        var cm = await As("cm1");
        // Auendorf: two persons with housing need, no housing offer there → a gap shown as "< 5".
        var people = new List<(Guid, string, CaseRequests)>
        {
            await PersonWithNeedsAsync(cm, "Auendorf", housing: 4, language: 1),
            await PersonWithNeedsAsync(cm, "Auendorf", housing: 3, language: 2),
        };
        // Talhausen: five with language need (no language course there) and a sixth whose re-assessment shows no more need.
        for (var i = 0; i < 5; i++) people.Add(await PersonWithNeedsAsync(cm, "Talhausen", housing: 1, language: 5));
        var recovered = await PersonWithNeedsAsync(cm, "Talhausen", housing: 1, language: 4);
        await recovered.Case.ChangeAsync(HttpMethod.Post, "assessments", Assessment(1, 2));
        // Musterstadt: a language need, but there are language courses → no gap.
        people.Add(await PersonWithNeedsAsync(cm, "Musterstadt", housing: 1, language: 3));

        foreach (var user in new[] { "koordination", "lenkung" })
        {
            using var response = await (await As(user)).GetAsync("/api/v1/network/gaps");
            var text = await response.Content.ReadAsStringAsync();
            var map = await response.ReadJsonAsync();
            Assert.Equal(5, map.GetProperty("minimumCellSize").GetInt32());

            var auendorfHousing = Cell(map, "Auendorf", "Housing");
            Assert.Equal(JsonValueKind.Null, auendorfHousing.GetProperty("count").ValueKind);
            Assert.Equal("< 5", auendorfHousing.GetProperty("countText").GetString());
            Assert.True(auendorfHousing.GetProperty("isGap").GetBoolean());
            Assert.Equal(0, auendorfHousing.GetProperty("matchingOffers").GetInt32());

            var talhausenLanguage = Cell(map, "Talhausen", "Language");
            Assert.Equal(5, talhausenLanguage.GetProperty("count").GetInt32()); // the re-assessed person no longer counts
            Assert.True(talhausenLanguage.GetProperty("isGap").GetBoolean());

            var musterstadtLanguage = Cell(map, "Musterstadt", "Language");
            Assert.False(musterstadtLanguage.GetProperty("isGap").GetBoolean());
            Assert.Equal("< 5", musterstadtLanguage.GetProperty("countText").GetString());
            Assert.Equal("0", Cell(map, "Auendorf", "Health").GetProperty("countText").GetString());

            // Aggregates only: no name, client or case id appears in the answer.
            foreach (var (clientId, lastName, kase) in people)
            {
                Assert.DoesNotContain(lastName, text);
                Assert.DoesNotContain(clientId.ToString(), text);
                Assert.DoesNotContain(kase.Id.ToString(), text);
            }
        }
    }

    [Fact]
    public async Task A_closed_case_no_longer_counts_in_the_gap_map()
    {
        var cm = await As("cm2");
        var person = await PersonWithNeedsAsync(cm, "Waldbrück", housing: 5, language: 1);
        var before = Cell(await (await (await As("koordination")).GetAsync("/api/v1/network/gaps")).ReadJsonAsync(), "Waldbrück", "Housing");
        Assert.Equal("< 5", before.GetProperty("countText").GetString());
        await person.Case.MoveAsync("Planning");
        var goal = await person.Case.AddGoalAsync();
        await person.Case.AddStepAsync(goal);
        await person.Case.AgreePlanAsync();
        await person.Case.MoveAsync("Monitoring");
        await person.Case.MoveAsync("Evaluation");
        await person.Case.EvaluateGoalAsync(goal);
        await person.Case.CloseAsync("MovedAway");
        var after = Cell(await (await (await As("koordination")).GetAsync("/api/v1/network/gaps")).ReadJsonAsync(), "Waldbrück", "Housing");
        Assert.Equal("0", after.GetProperty("countText").GetString());
        Assert.False(after.GetProperty("isGap").GetBoolean());
    }

    [Theory]
    [InlineData("cm1")]
    [InlineData("jobcenter")]
    [InlineData("datenschutz")]
    [InlineData("admin")]
    public async Task Other_roles_do_not_see_overlaps_or_the_gap_map(string user)
    {
        var client = await As(user);
        await (await client.GetAsync("/api/v1/network/overlaps")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await client.GetAsync("/api/v1/network/gaps")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task The_Lenkungsgruppe_sees_the_aggregates_and_nothing_else()
    {
        var lenkung = await As("lenkung");
        foreach (var url in new[] { "/api/v1/agreements", "/api/v1/service-chains", "/api/v1/staff-planning", "/api/v1/caseload/overview" })
            Assert.Equal(HttpStatusCode.Forbidden, (await lenkung.GetAsync(url)).StatusCode);
        await (await lenkung.PostAsJsonAsync("/api/v1/offers/search", new { })).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        // Searching clients gives nothing to a Lenkungsgruppe member (no client is readable).
        using var clients = await lenkung.PostAsJsonAsync("/api/v1/clients/search", new { name = "a" });
        Assert.True(clients.StatusCode is HttpStatusCode.Forbidden || (await clients.ReadJsonAsync()).Ids().Count() == 0);

        var browser = await app.BrowserClientAsync("lenkung");
        var page = await browser.GetAsync("/Netzwerk/Versorgung");
        var html = await page.TextAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Parallele Angebote", html);
        Assert.Contains("Versorgungslücken je Kommune", html);
        foreach (var denied in new[] { "/Netzwerk/Angebote", "/Netzwerk/Vereinbarungen", "/Netzwerk/Ketten", "/Stellenplanung" })
        {
            using var response = await browser.GetAsync(denied);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Zugriff-verweigert", new Uri(LotseAppFactory.BaseAddress, response.Headers.Location!).AbsolutePath);
        }
    }
}

public sealed class CoverageTests_Sqlite(SqliteApp app) : CoverageTests(app), IClassFixture<SqliteApp>;
public sealed class CoverageTests_Postgres(PostgresApp app) : CoverageTests(app), IClassFixture<PostgresApp>;
