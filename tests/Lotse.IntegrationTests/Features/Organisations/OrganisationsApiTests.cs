using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Organisations;

/// <summary>/api/v1/organisations as the administration uses it: create, change, validation, conflicts.</summary>
public abstract class OrganisationsApiTests(LotseAppFactory app)
{
    internal static Dictionary<string, object?> ValidBody(string name, int? version = null) => new()
    {
        ["name"] = name,
        ["type"] = "LanguageCourseProvider",
        ["legalDomain"] = "None",
        ["street"] = "Am Markt 3",
        ["postalCode"] = "59999",
        ["city"] = "Musterstadt",
        ["contactEmail"] = "kurse@sprachschule.example",
        ["contactPhone"] = "02999 123-45",
        ["isActive"] = true,
        ["version"] = version
    };

    [Fact]
    public async Task The_list_shows_the_demo_network_with_German_names()
    {
        using var client = await app.ApiClientAsync("lenkung");
        var list = await (await client.GetAsync("/api/v1/organisations")).ReadJsonAsync();
        Assert.True(list.GetArrayLength() >= 20);
        var jobcenter = list.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Jobcenter Kreis Musterland");
        Assert.Equal("Jobcenter", jobcenter.GetProperty("type").GetString());
        Assert.Equal("SgbII", jobcenter.GetProperty("legalDomain").GetString());
        Assert.Equal("59999", jobcenter.GetProperty("postalCode").GetString());
    }

    [Fact]
    public async Task The_administration_creates_an_organisation_which_can_then_be_read()
    {
        using var admin = await app.ApiClientAsync("admin");
        var name = "Sprachschule " + Guid.NewGuid().ToString("N")[..8];
        using var created = await admin.PostAsJsonAsync("/api/v1/organisations", ValidBody(name));
        var body = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/organisations/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(0, body.GetProperty("version").GetInt32());

        var read = await (await admin.GetAsync($"/api/v1/organisations/{id}")).ReadJsonAsync();
        Assert.Equal(name, read.GetProperty("name").GetString());
        Assert.Equal("LanguageCourseProvider", read.GetProperty("type").GetString());
        Assert.Equal("kurse@sprachschule.example", read.GetProperty("contactEmail").GetString());
    }

    [Fact]
    public async Task The_administration_changes_an_organisation_and_the_version_goes_up()
    {
        using var admin = await app.ApiClientAsync("admin");
        var (id, version) = await CreateAsync(admin);
        var body = ValidBody("Umbenannt " + Guid.NewGuid().ToString("N")[..8], version);
        body["postalCode"] = "12345";
        body["isActive"] = false;

        var updated = await (await admin.PutAsJsonAsync($"/api/v1/organisations/{id}", body)).ReadJsonAsync();
        Assert.Equal(version + 1, updated.GetProperty("version").GetInt32());

        var stored = await app.WithDb(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(body["name"], stored.Name);
        Assert.Equal("12345", stored.PostalCode);
        Assert.False(stored.IsActive);
        Assert.Equal(version + 1, stored.Version);
    }

    public static TheoryData<string, object?, string, string> InvalidInputs() => new()
    {
        { "name", "", "name", "Bitte geben Sie den Namen der Organisation an." },
        { "name", null, "name", "Bitte geben Sie den Namen der Organisation an." },
        { "name", new string('x', 201), "name", "Der Name darf höchstens 200 Zeichen lang sein." },
        { "postalCode", "5999", "postalCode", "Die Postleitzahl besteht aus fünf Ziffern." },
        { "postalCode", "5999A", "postalCode", "Die Postleitzahl besteht aus fünf Ziffern." },
        { "contactEmail", "keine-adresse", "contactEmail", "Die E-Mail-Adresse ist ungültig." },
        { "contactPhone", "0800-ANRUFEN", "contactPhone", "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten." },
        { "type", null, "type", "Bitte wählen Sie die Art der Organisation." },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_is_a_400_with_a_German_message_and_nothing_is_stored(string field, object? value, string errorKey, string message)
    {
        using var admin = await app.ApiClientAsync("admin");
        var body = ValidBody("Ungültig " + Guid.NewGuid().ToString("N")[..8]);
        body[field] = value;
        var countBefore = await app.WithDb(db => db.Organisations.CountAsync());

        using var response = await admin.PostAsJsonAsync("/api/v1/organisations", body);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:lotse:problem:validation", problem.GetProperty("type").GetString());
        Assert.Equal([message], problem.Errors(errorKey));

        Assert.Equal(countBefore, await app.WithDb(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task An_invalid_change_leaves_the_stored_organisation_as_it_was()
    {
        using var admin = await app.ApiClientAsync("admin");
        var (id, version) = await CreateAsync(admin);
        var before = await app.WithDb(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        var body = ValidBody("Geändert", version);
        body["contactEmail"] = "kaputt@";

        var problem = await (await admin.PutAsJsonAsync($"/api/v1/organisations/{id}", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Die E-Mail-Adresse ist ungültig."], problem.Errors("contactEmail"));
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_and_nothing_is_stored()
    {
        using var admin = await app.ApiClientAsync("admin");
        var countBefore = await app.WithDb(db => db.Organisations.CountAsync());

        using var response = await admin.PostAsJsonAsync("/api/v1/organisations", ValidBody("  Jobcenter Kreis Musterland "));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Eine Organisation mit diesem Namen gibt es bereits."], problem.Errors("name"));
        Assert.Equal(countBefore, await app.WithDb(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_is_a_409_and_the_stored_row_is_unchanged()
    {
        using var admin = await app.ApiClientAsync("admin");
        var (id, version) = await CreateAsync(admin);
        var first = ValidBody("Erste Änderung " + Guid.NewGuid().ToString("N")[..8], version);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/organisations/{id}", first)).StatusCode);
        var afterFirst = await app.WithDb(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));

        // A second editor who loaded the organisation before the first change.
        var stale = ValidBody("Veraltete Änderung", version);
        using var response = await admin.PutAsJsonAsync($"/api/v1/organisations/{id}", stale);
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:lotse:problem:concurrency-conflict", problem.GetProperty("type").GetString());
        await AssertUnchangedAsync(afterFirst);
    }

    [Fact]
    public async Task Of_two_simultaneous_changes_from_the_same_version_exactly_one_wins()
    {
        using var admin = await app.ApiClientAsync("admin");
        var (id, version) = await CreateAsync(admin);
        var names = new[] { "Gleichzeitig A " + Guid.NewGuid().ToString("N")[..6], "Gleichzeitig B " + Guid.NewGuid().ToString("N")[..6] };

        var responses = await Task.WhenAll(names.Select(n => admin.PutAsJsonAsync($"/api/v1/organisations/{id}", ValidBody(n, version))));

        var statuses = responses.Select(r => r.StatusCode).Order().ToArray();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var winner = names[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");
        var stored = await app.WithDb(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(winner, stored.Name);
        Assert.Equal(version + 1, stored.Version);
    }

    [Fact]
    public async Task An_unknown_organisation_is_a_404()
    {
        using var admin = await app.ApiClientAsync("admin");
        await (await admin.GetAsync($"/api/v1/organisations/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        await (await admin.PutAsJsonAsync($"/api/v1/organisations/{Guid.NewGuid()}", ValidBody("Niemand", 0)))
            .AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
    }

    private static async Task<(Guid Id, int Version)> CreateAsync(HttpClient admin)
    {
        using var created = await admin.PostAsJsonAsync("/api/v1/organisations", ValidBody("Neu " + Guid.NewGuid().ToString("N")[..10]));
        var body = await created.ReadJsonAsync(HttpStatusCode.Created);
        return (body.GetProperty("id").GetGuid(), body.GetProperty("version").GetInt32());
    }

    private async Task AssertUnchangedAsync(Organisation before)
    {
        var now = await app.WithDb(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == before.Id));
        Assert.Equal(before.Name, now.Name);
        Assert.Equal(before.ContactEmail, now.ContactEmail);
        Assert.Equal(before.Version, now.Version);
    }
}

public sealed class OrganisationsApiTests_Sqlite(SqliteApp app) : OrganisationsApiTests(app), IClassFixture<SqliteApp>;
public sealed class OrganisationsApiTests_Postgres(PostgresApp app) : OrganisationsApiTests(app), IClassFixture<PostgresApp>;
