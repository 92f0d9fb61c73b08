using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Network;

/// <summary>The Angebotslandkarte over the API: search with every filter, keyset paging, who may change which offer.</summary>
public abstract class OffersApiTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private Task<Guid> MunicipalityAsync(string name) => app.WithDb(db => db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());
    private Task<Guid> OrganisationAsync(string prefix) => app.WithDb(db => db.Organisations.Where(o => o.Name.StartsWith(prefix)).Select(o => o.Id).FirstAsync());

    private static async Task<JsonElement> SearchAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/offers/search", body)).ReadJsonAsync();

    private static List<string> Titles(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

    private async Task<Dictionary<string, object?>> BodyAsync(string title, Guid? organisationId = null, int? version = null) => new()
    {
        ["organisationId"] = organisationId,
        ["title"] = title,
        ["description"] = "Beratung in der Kommune",
        ["lifeDomain"] = "Livelihood",
        ["minAge"] = 18,
        ["maxAge"] = 65,
        ["residenceStatusTypes"] = new[] { "Toleration" },
        ["languages"] = new[] { "deutsch", "Kurdisch (Kurmandschi)" },
        ["municipalityIds"] = new[] { await MunicipalityAsync("Waldbrück") },
        ["capacity"] = 10,
        ["waitingWeeks"] = 2,
        ["contactEmail"] = "beratung@example.org",
        ["validFrom"] = "2026-01-01",
        ["version"] = version
    };

    [Fact]
    public async Task A_case_manager_finds_offers_by_life_domain_Kommune_language_age_status_and_text()
    {
        var cm = await As("cm1");
        Assert.Contains("Integrationskurs mit Alphabetisierung", Titles(await SearchAsync(cm, new { lifeDomain = "Language" })));
        Assert.DoesNotContain("Wohnungssuche und Mietberatung", Titles(await SearchAsync(cm, new { lifeDomain = "Language" })));

        var talhausen = await MunicipalityAsync("Talhausen");
        var inTalhausen = Titles(await SearchAsync(cm, new { municipalityId = talhausen }));
        Assert.Contains("Migrationsberatung für Erwachsene", inTalhausen);
        Assert.DoesNotContain("Integrationskurs mit Alphabetisierung", inTalhausen);

        var farsi = Titles(await SearchAsync(cm, new { language = "farsi" }));
        Assert.Equal(["Sprachcafé und Deutschkurs für Anfänger"], farsi);

        // Age 14: the JMD (12–27) and offers without an age limit, not the adult offers.
        var age14 = Titles(await SearchAsync(cm, new { age = 14 }));
        Assert.Contains("Jugendmigrationsdienst: Begleitung in Schule und Ausbildung", age14);
        Assert.Contains("Sprechstunde Gesundheit für Geflüchtete", age14);
        Assert.DoesNotContain("Migrationsberatung für Erwachsene", age14);

        // Settlement permit: not the course restricted to Gestattung/Duldung.
        var settled = Titles(await SearchAsync(cm, new { lifeDomain = "Language", residenceStatus = "SettlementPermit" }));
        Assert.Equal(["Integrationskurs mit Alphabetisierung"], settled);
        var tolerated = Titles(await SearchAsync(cm, new { lifeDomain = "Language", residenceStatus = "Toleration" }));
        Assert.Equal(["Integrationskurs mit Alphabetisierung", "Sprachcafé und Deutschkurs für Anfänger"], tolerated);

        Assert.Equal(["Wohnungssuche und Mietberatung"], Titles(await SearchAsync(cm, new { text = "mietvertrag" })));
    }

    [Fact]
    public async Task Keyset_paging_returns_every_offer_once_in_title_order()
    {
        var cm = await As("cm2");
        var all = Titles(await SearchAsync(cm, new { pageSize = 100 }));
        Assert.True(all.Count >= 8);
        var paged = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync(cm, new { pageSize = 3, after });
            paged.AddRange(Titles(page));
            after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            pages++;
        } while (after is not null && pages < 50);
        Assert.Equal(all, paged);
        Assert.Equal((all.Count + 2) / 3, pages);
    }

    [Fact]
    public async Task A_broken_cursor_or_page_size_is_a_validation_problem()
    {
        var cm = await As("cm1");
        var problem = await (await cm.PostAsJsonAsync("/api/v1/offers/search", new { after = "kaputt" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("nächste Seite", problem.Errors("after").Single());
        problem = await (await cm.PostAsJsonAsync("/api/v1/offers/search", new { pageSize = 0 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Die Seitengröße muss zwischen 1 und 100 liegen.", problem.Errors("pageSize").Single());
    }

    [Fact]
    public async Task A_case_manager_maintains_the_offers_of_their_own_organisation()
    {
        var cm = await As("cm1");
        var caritas = await OrganisationAsync("Caritas");
        // Without an organisation the offer belongs to the author's organisation.
        using var created = await cm.PostAsJsonAsync("/api/v1/offers", await BodyAsync("Schuldnerberatung " + Guid.NewGuid().ToString("N")[..6]));
        var offer = await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(caritas, offer.GetProperty("organisationId").GetGuid());
        Assert.Equal(["Deutsch", "Kurdisch (Kurmandschi)"], offer.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.True(offer.GetProperty("canEdit").GetBoolean());

        var id = offer.GetProperty("id").GetGuid();
        var body = await BodyAsync("Schuldner- und Budgetberatung", version: 0);
        body["waitingWeeks"] = 5;
        var updated = await (await cm.PutAsJsonAsync($"/api/v1/offers/{id}", body)).ReadJsonAsync();
        Assert.Equal(1, updated.GetProperty("version").GetInt32());
        Assert.Equal(5, updated.GetProperty("waitingWeeks").GetInt32());

        // The stale version is refused.
        await (await cm.PutAsJsonAsync($"/api/v1/offers/{id}", body)).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Concurrency);
        // Another organisation's case manager reads it but cannot change it.
        var cm2 = await As("cm2");
        var read = await (await cm2.GetAsync($"/api/v1/offers/{id}")).ReadJsonAsync();
        Assert.False(read.GetProperty("canEdit").GetBoolean());
        await (await cm2.PutAsJsonAsync($"/api/v1/offers/{id}", await BodyAsync("Übernommen", version: 1))).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var stored = await app.WithDb(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal("Schuldner- und Budgetberatung", stored.Title);
    }

    [Fact]
    public async Task A_case_manager_cannot_change_or_create_offers_of_another_organisation()
    {
        var cm = await As("cm1");
        var vhsOffer = await app.WithDb(db => db.Offers.AsNoTracking().SingleAsync(o => o.Title == "Integrationskurs mit Alphabetisierung"));
        var body = await BodyAsync("Gekapert", vhsOffer.OrganisationId, vhsOffer.Version);
        await (await cm.PutAsJsonAsync($"/api/v1/offers/{vhsOffer.Id}", body)).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await cm.PostAsJsonAsync("/api/v1/offers", body)).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        // Nor hand their own offer to another organisation.
        var own = await (await cm.PostAsJsonAsync("/api/v1/offers", await BodyAsync("Eigenes " + Guid.NewGuid().ToString("N")[..6]))).ReadJsonAsync(HttpStatusCode.Created);
        await (await cm.PutAsJsonAsync($"/api/v1/offers/{own.GetProperty("id").GetGuid()}", await BodyAsync("Weg", vhsOffer.OrganisationId, 0)))
            .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(vhsOffer.Title, (await app.WithDb(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == vhsOffer.Id))).Title);
    }

    [Fact]
    public async Task The_coordination_maintains_offers_of_every_organisation()
    {
        var ki = await As("koordination");
        var vhs = await OrganisationAsync("Volkshochschule");
        var created = await (await ki.PostAsJsonAsync("/api/v1/offers", await BodyAsync("Abendkurs " + Guid.NewGuid().ToString("N")[..6], vhs))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(vhs, created.GetProperty("organisationId").GetGuid());
        var body = await BodyAsync("Abendkurs (geändert)", vhs, 0);
        Assert.Equal("Abendkurs (geändert)", (await (await ki.PutAsJsonAsync($"/api/v1/offers/{created.GetProperty("id").GetGuid()}", body)).ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Invalid_offers_are_refused_with_German_messages()
    {
        var ki = await As("koordination");
        var body = await BodyAsync("Ohne Ort", await OrganisationAsync("AWO"));
        body["municipalityIds"] = Array.Empty<Guid>();
        var problem = await (await ki.PostAsJsonAsync("/api/v1/offers", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Bitte wählen Sie mindestens eine Kommune, in der das Angebot besteht.", problem.Errors("municipalityIds").Single());

        body = await BodyAsync("Alter verdreht", await OrganisationAsync("AWO"));
        body["minAge"] = 30;
        body["maxAge"] = 20;
        problem = await (await ki.PostAsJsonAsync("/api/v1/offers", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Das Höchstalter darf nicht unter dem Mindestalter liegen.", problem.Errors("maxAge").Single());

        body = await BodyAsync("", await OrganisationAsync("AWO"));
        problem = await (await ki.PostAsJsonAsync("/api/v1/offers", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Bitte geben Sie den Titel des Angebots an.", problem.Errors("title").Single());
    }

    [Theory]
    [InlineData("lenkung")]
    [InlineData("datenschutz")]
    [InlineData("admin")]
    public async Task Roles_outside_referral_work_cannot_search_or_change_offers(string user)
    {
        var client = await As(user);
        await (await client.PostAsJsonAsync("/api/v1/offers/search", new { })).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await client.PostAsJsonAsync("/api/v1/offers", await BodyAsync("X", await OrganisationAsync("AWO")))).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task Partner_caseworkers_search_offers()
    {
        var jobcenter = await As("jobcenter");
        Assert.NotEmpty(Titles(await SearchAsync(jobcenter, new { lifeDomain = "QualificationRecognition" })));
    }
}

public sealed class OffersApiTests_Sqlite(SqliteApp app) : OffersApiTests(app), IClassFixture<SqliteApp>;
public sealed class OffersApiTests_Postgres(PostgresApp app) : OffersApiTests(app), IClassFixture<PostgresApp>;
