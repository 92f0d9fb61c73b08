using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;

namespace Lotse.IntegrationTests.Features.Clients;

/// <summary>/api/v1/clients: register, read back, validate (nothing stored on refusal), edit with the version.</summary>
public abstract class ClientsApiTests(LotseAppFactory app)
{
    private Task<HttpClient> Cm1 => app.SharedApiClientAsync("cm1");

    [Fact]
    public async Task The_minimal_body_registers_a_client_with_a_file_number()
    {
        var cm1 = await Cm1;
        var lastName = UniqueName("Minimal");
        using var response = await cm1.PostAsJsonAsync("/api/v1/clients", Minimal("Rami", lastName));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/clients/{id}", response.Headers.Location!.OriginalString);
        Assert.Matches(@"^\d{4}-[2-9A-HJ-NP-Z]{6}$", created.GetProperty("fileNumber").GetString());
        Assert.Equal(0, created.GetProperty("version").GetInt32());

        var read = await GetAsync(cm1, id);
        Assert.Equal("Rami", read.GetProperty("firstName").GetString());
        Assert.Equal(lastName, read.GetProperty("lastName").GetString());
        Assert.Equal(created.GetProperty("fileNumber").GetString(), read.GetProperty("fileNumber").GetString());
        Assert.Equal(["SYR"], read.GetProperty("nationalities").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("Unknown", read.GetProperty("sex").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("activeCaseId").ValueKind);

        var stored = await app.WithDb(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == id));
        var caritas = (await app.FindUserAsync("cm1")).OrganisationId;
        Assert.Equal(caritas, stored.OwnerOrganisationId);
    }

    public static TheoryData<string, string, string> BirthDateForms() => new()
    {
        // as entered, as the API returns it, as Germans read it
        { "1990", "1990", "1990" },
        { "1990-05", "1990-05", "05.1990" },
        { "1990-05-20", "1990-05-20", "20.05.1990" },
        { "20.05.1990", "1990-05-20", "20.05.1990" },
        { "5.1990", "1990-05", "05.1990" },
        { "00.00.1990", "1990", "1990" },
        { "01.01.1990", "1990-01-01", "01.01.1990" },
    };

    [Theory]
    [MemberData(nameof(BirthDateForms))]
    public async Task Each_birth_date_form_is_accepted_and_kept_with_its_precision(string entered, string iso, string german)
    {
        var cm1 = await Cm1;
        var id = await RegisterAsync(cm1, "Dawit", UniqueName("Datum"), entered);

        var read = await GetAsync(cm1, id);
        Assert.Equal(iso, read.GetProperty("birthDate").GetString());
        Assert.Equal(german, read.GetProperty("birthDateGerman").GetString());
    }

    [Fact]
    public async Task The_full_client_file_round_trips_through_GET()
    {
        var cm1 = await Cm1;
        var (municipality, jobcenter) = await app.WithDb(async db => (
            await db.Municipalities.Where(m => m.Name == "Nordfeld").Select(m => m.Id).SingleAsync(),
            await db.Organisations.Where(o => o.Name == "Jobcenter Kreis Musterland").Select(o => o.Id).SingleAsync()));
        var lastName = UniqueName("Voll");
        var id = (await RegisterAsync(cm1, Full(lastName, municipality, jobcenter))).GetProperty("id").GetGuid();

        var c = await GetAsync(cm1, id);
        Assert.Equal("Amina", c.GetProperty("firstName").GetString());
        Assert.Equal(lastName, c.GetProperty("lastName").GetString());
        var variants = c.GetProperty("nameVariants").EnumerateArray().ToList();
        Assert.Equal(2, variants.Count);
        Assert.Equal(("Aminah", lastName + "i", "Pass"), (variants[0].GetProperty("firstName").GetString(), variants[0].GetProperty("lastName").GetString(), variants[0].GetProperty("source").GetString()));
        Assert.Equal("Al-" + lastName, variants[1].GetProperty("lastName").GetString());
        Assert.Equal("Jobcenter", variants[1].GetProperty("source").GetString());
        Assert.Equal("1988-03-14", c.GetProperty("birthDate").GetString());
        Assert.Equal("Female", c.GetProperty("sex").GetString());
        Assert.Equal(["SYR", "XXA"], c.GetProperty("nationalities").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["Arabisch", "Kurdisch"], c.GetProperty("languages").EnumerateArray().Select(n => n.GetString()));
        Assert.True(c.GetProperty("interpreterNeeded").GetBoolean());
        Assert.Equal("Arabisch", c.GetProperty("interpreterLanguage").GetString());
        Assert.Equal("Lindenweg 7", c.GetProperty("street").GetString());
        Assert.Equal("59999", c.GetProperty("postalCode").GetString());
        Assert.Equal(municipality, c.GetProperty("municipalityId").GetGuid());
        Assert.Equal("Nordfeld", c.GetProperty("municipalityName").GetString());
        Assert.Equal("2023-09-01", c.GetProperty("entryDate").GetString());
        Assert.Equal(DateOnly.Parse("2023-09-01") > Today.AddYears(-5), c.GetProperty("isNewcomer").GetBoolean());

        var household = c.GetProperty("household").EnumerateArray().ToList();
        Assert.Equal(2, household.Count);
        Assert.Equal(("Kind", "Lina " + lastName, 2016, true), (household[1].GetProperty("relation").GetString(), household[1].GetProperty("name").GetString(),
            household[1].GetProperty("birthYear").GetInt32(), household[1].GetProperty("isMinorChild").GetBoolean()));

        var benefits = c.GetProperty("benefits").EnumerateArray().ToList();
        Assert.Equal(["AsylbLG", "SgbII"], benefits.Select(b => b.GetProperty("kind").GetString()));
        Assert.Equal("2024-06-30", benefits[0].GetProperty("until").GetString());
        Assert.Equal(JsonValueKind.Null, benefits[1].GetProperty("until").ValueKind);

        // Newest first, each with its own id and the source "Case Management".
        var statuses = c.GetProperty("residenceStatuses").EnumerateArray().ToList();
        Assert.Equal(["ResidencePermit", "PermissionToRemain"], statuses.Select(s => s.GetProperty("type").GetString()));
        Assert.Equal("Aufenthaltserlaubnis", statuses[0].GetProperty("typeName").GetString());
        Assert.Equal("§ 25 Abs. 2 AufenthG", statuses[0].GetProperty("legalBasis").GetString());
        Assert.Equal("2027-06-19", statuses[0].GetProperty("validUntil").GetString());
        Assert.All(statuses, s => Assert.Equal("Case Management", s.GetProperty("source").GetString()));
        Assert.Equal(2, statuses.Select(s => s.GetProperty("id").GetGuid()).Distinct().Count());

        var contact = Assert.Single(c.GetProperty("contacts").EnumerateArray().ToList());
        Assert.Equal(jobcenter, contact.GetProperty("organisationId").GetGuid());
        Assert.Equal("Frau Berater", contact.GetProperty("personName").GetString());
        Assert.Equal("berater@jobcenter.example", contact.GetProperty("email").GetString());
        Assert.Equal(0, c.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_edit_keeps_existing_residence_entries_by_id_adds_new_ones_and_removes_missing_ones()
    {
        var cm1 = await Cm1;
        var id = (await RegisterAsync(cm1, Full(UniqueName("Status")))).GetProperty("id").GetGuid();
        var before = await GetAsync(cm1, id);
        var permit = before.GetProperty("residenceStatuses").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "ResidencePermit");
        var permitId = permit.GetProperty("id").GetGuid();

        var body = Full(before.GetProperty("lastName").GetString()!);
        body["version"] = before.GetProperty("version").GetInt32();
        body["residenceStatuses"] = new object[]
        {
            new { id = permitId, type = "ResidencePermit", legalBasis = "§ 25 Abs. 2 AufenthG", issuedOn = "2024-06-20", validUntil = "2028-01-31" },
            new { type = "SettlementPermit", legalBasis = "§ 9 AufenthG", issuedOn = "2028-02-01" }
        };
        var updated = await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body)).ReadJsonAsync();
        Assert.Equal(1, updated.GetProperty("version").GetInt32());

        var after = await GetAsync(cm1, id);
        var statuses = after.GetProperty("residenceStatuses").EnumerateArray().ToList();
        Assert.Equal(["SettlementPermit", "ResidencePermit"], statuses.Select(s => s.GetProperty("type").GetString()));
        Assert.Equal(permitId, statuses[1].GetProperty("id").GetGuid());
        Assert.Equal("2028-01-31", statuses[1].GetProperty("validUntil").GetString());
        Assert.Equal(2, await app.WithDb(db => db.ResidenceStatuses.CountAsync(r => r.ClientId == id)));

        // An id that belongs to nobody (or to someone else) is refused.
        body["version"] = 1;
        body["residenceStatuses"] = new object[] { new { id = Guid.NewGuid(), type = "Toleration" } };
        var problem = await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Ein Eintrag zum Aufenthaltsstatus gehört nicht zu dieser Person."], problem.Errors("residenceStatuses"));
        Assert.Equal(2, await app.WithDb(db => db.ResidenceStatuses.CountAsync(r => r.ClientId == id)));
    }

    public static TheoryData<string, string, string> InvalidInputs() => new()
    {
        // JSON patch of the full body, errors key, German message
        { """{"firstName":null}""", "firstName", "Bitte geben Sie den Vornamen an." },
        { """{"lastName":"   "}""", "lastName", "Bitte geben Sie den Nachnamen an." },
        { """{"firstName":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", "firstName", "Der Vorname darf höchstens 200 Zeichen lang sein." },
        { """{"street":"LONG"}""", "street", "Die Straße darf höchstens 200 Zeichen lang sein." },
        { """{"nameVariants":[{"firstName":"A","lastName":null}]}""", "nameVariants[0].lastName", "Bitte geben Sie den Nachnamen der Schreibweise an." },
        { """{"birthDate":null}""", "birthDate", "Bitte geben Sie das Geburtsdatum an (auch nur das Jahr ist möglich)." },
        { """{"birthDate":"1990-02-30"}""", "birthDate", "Den 30.02.1990 gibt es nicht (Februar 1990 hat 28 Tage)." },
        { """{"birthDate":"31.04.1985"}""", "birthDate", "Den 31.04.1985 gibt es nicht (April 1985 hat 30 Tage)." },
        { """{"birthDate":"1990-13"}""", "birthDate", "Den Monat 13 gibt es nicht." },
        { """{"birthDate":"20.05.90"}""", "birthDate", "„20.05.90“: Bitte das Jahr vierstellig angeben (z. B. 20.05.1990)." },
        { """{"birthDate":"gestern"}""", "birthDate", "„gestern“ ist kein gültiges Geburtsdatum. Erlaubt sind TT.MM.JJJJ, MM.JJJJ oder JJJJ (bzw. JJJJ-MM-TT, JJJJ-MM)." },
        { """{"birthDate":"1890"}""", "birthDate", "Das Geburtsjahr 1890 liegt vor 1900 – bitte prüfen." },
        { """{"birthDate":"2999"}""", "birthDate", "Das Geburtsdatum 2999 liegt in der Zukunft." },
        { """{"nationalities":["XYZ"]}""", "nationalities", "„XYZ“ ist kein ISO-3166-Ländercode mit drei Buchstaben (z. B. SYR, AFG, UKR; XXA = staatenlos, XXX = ungeklärt)." },
        { """{"nationalities":["SYR","DE"]}""", "nationalities", "„DE“ ist kein ISO-3166-Ländercode mit drei Buchstaben (z. B. SYR, AFG, UKR; XXA = staatenlos, XXX = ungeklärt)." },
        { """{"nationalities":["SYR",null]}""", "nationalities", "Bitte lassen Sie keine Staatsangehörigkeit leer (Ländercode wie SYR; XXX = ungeklärt)." },
        { """{"household":[null]}""", "household[0]", "Dieser Eintrag ist leer." },
        { """{"residenceStatuses":[{"type":"Toleration"},null]}""", "residenceStatuses[1]", "Dieser Eintrag ist leer." },
        { """{"nationalities":["SYR","AFG","UKR","IRQ","ERI","TUR"]}""", "nationalities", "Höchstens 5 Staatsangehörigkeiten." },
        { """{"entryDate":"1987-12-31"}""", "entryDate", "Das Einreisedatum liegt vor der Geburt." },
        { """{"entryDate":"1988-02-01"}""", "entryDate", "Das Einreisedatum liegt vor der Geburt." },
        { """{"entryDate":"TOMORROW"}""", "entryDate", "Das Einreisedatum kann nicht in der Zukunft liegen." },
        { """{"residenceStatuses":[{"type":"ResidencePermit","issuedOn":"2024-06-20","validUntil":"2024-06-19"}]}""", "residenceStatuses[0].validUntil", "„Gültig bis“ liegt vor dem Ausstellungsdatum." },
        { """{"residenceStatuses":[{"type":null}]}""", "residenceStatuses[0].type", "Bitte wählen Sie den Aufenthaltsstatus." },
        { """{"benefits":[{"kind":"SgbII","from":"2024-07-01","until":"2024-06-30"}]}""", "benefits[0].until", "Das Ende des Leistungsbezugs liegt vor dessen Beginn." },
        { """{"household":[{"relation":"","birthYear":1800}]}""", "household[0].relation", "Bitte geben Sie die Beziehung an (z. B. Kind, Ehepartner:in)." },
        { """{"contacts":[{"personName":"X","email":"kein-mail"}]}""", "contacts[0].email", "Die E-Mail-Adresse ist ungültig." },
        { """{"contacts":[{"personName":"X","organisationId":"NEWGUID"}]}""", "contacts", "Eine der angegebenen Organisationen gibt es nicht." },
        { """{"postalCode":"5999"}""", "postalCode", "Die Postleitzahl besteht aus fünf Ziffern." },
        { """{"municipalityId":"NEWGUID"}""", "municipalityId", "Diese Kommune gibt es nicht." },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_is_a_400_with_the_German_message_under_its_key_and_nothing_is_stored(string patch, string errorKey, string message)
    {
        var cm1 = await Cm1;
        var body = BodyWith(Full(UniqueName("Ungueltig")), patch);
        var before = await CountsAsync();

        using var response = await cm1.PostAsJsonAsync("/api/v1/clients", body);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:lotse:problem:validation", problem.GetProperty("type").GetString());
        Assert.Equal([message], problem.Errors(errorKey));

        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_in_an_edit_is_a_400_and_the_stored_client_is_unchanged(string patch, string errorKey, string message)
    {
        var cm1 = await Cm1;
        var lastName = UniqueName("Bearbeitet");
        var id = (await RegisterAsync(cm1, Full(lastName))).GetProperty("id").GetGuid();
        var before = await StoredAsync(id);
        var body = BodyWith(Full(lastName), patch);
        body["version"] = 0;

        using var response = await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([message], problem.Errors(errorKey));

        Assert.Equal(before, await StoredAsync(id));
    }

    [Fact]
    public async Task Empty_entries_in_the_language_list_are_dropped()
    {
        var cm1 = await Cm1;
        var body = Minimal("Rami", UniqueName("Sprache"));
        body["languages"] = new[] { null, " ", " Tigrinya ", "Tigrinya" };
        var id = (await RegisterAsync(cm1, body)).GetProperty("id").GetGuid();
        Assert.Equal(["Tigrinya"], (await GetAsync(cm1, id)).GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task An_edit_without_a_version_is_refused()
    {
        var cm1 = await Cm1;
        var id = await RegisterAsync(cm1, "Nour", UniqueName("Ohneversion"));
        var problem = await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", Minimal("Nour", "Anders"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Bitte geben Sie die Version an, die Sie bearbeitet haben."], problem.Errors("version"));
        Assert.NotEqual("Anders", (await GetAsync(cm1, id)).GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_version_is_a_409_and_the_client_is_unchanged()
    {
        var cm1 = await Cm1;
        var lastName = UniqueName("Veraltet");
        var id = await RegisterAsync(cm1, "Nour", lastName);
        var first = Minimal("Nour", lastName, "1991");
        first["version"] = 0;
        Assert.Equal(1, (await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", first)).ReadJsonAsync()).GetProperty("version").GetInt32());
        var afterFirst = await StoredAsync(id);

        var stale = Minimal("Nura", "Überschrieben", "1992");
        stale["version"] = 0;
        using var response = await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", stale);
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:lotse:problem:concurrency-conflict", problem.GetProperty("type").GetString());
        Assert.Contains("inzwischen von jemand anderem geändert", problem.GetProperty("detail").GetString());

        Assert.Equal(afterFirst, await StoredAsync(id));
    }

    [Fact]
    public async Task Of_two_simultaneous_edits_from_the_same_version_exactly_one_wins()
    {
        var cm1 = await Cm1;
        var id = await RegisterAsync(cm1, "Nour", UniqueName("Gleichzeitig"));
        var names = new[] { UniqueName("Erster"), UniqueName("Zweiter") };

        var responses = await Task.WhenAll(names.Select(n =>
        {
            var body = Minimal("Nour", n);
            body["version"] = 0;
            return cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body);
        }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");
        var winner = names[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var stored = await app.WithDb(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(winner, stored.FamilyName);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task An_edit_that_only_changes_a_list_still_needs_the_current_version()
    {
        // Lists (variants, household, benefits, contacts) live in JSON columns and residence statuses in a
        // table of their own: an edit touching only them must still bump and check the version.
        var cm1 = await Cm1;
        var lastName = UniqueName("Liste");
        var id = await RegisterAsync(cm1, "Nour", lastName);
        var body = Minimal("Nour", lastName);
        body["version"] = 0;
        body["household"] = new object[] { new { relation = "Kind", birthYear = 2019, isMinorChild = true } };
        Assert.Equal(1, (await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body)).ReadJsonAsync()).GetProperty("version").GetInt32());

        body["version"] = 1;
        body["residenceStatuses"] = new object[] { new { type = "Toleration", validUntil = "2030-01-01" } };
        Assert.Equal(2, (await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body)).ReadJsonAsync()).GetProperty("version").GetInt32());

        body["version"] = 1;
        body["benefits"] = new object[] { new { kind = "SgbII", from = "2024-01-01" } };
        await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body)).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");
        var read = await GetAsync(cm1, id);
        Assert.Equal(2, read.GetProperty("version").GetInt32());
        Assert.Equal(0, read.GetProperty("benefits").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_client_is_a_404()
    {
        var cm1 = await Cm1;
        await (await cm1.GetAsync($"/api/v1/clients/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        var body = Minimal("Niemand", "Niemand");
        body["version"] = 0;
        await (await cm1.PutAsJsonAsync($"/api/v1/clients/{Guid.NewGuid()}", body)).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
    }

    /// <summary>Applies a JSON object of replacements to a body; "LONG", "NEWGUID" and "TOMORROW" are placeholders.</summary>
    private static Dictionary<string, object?> BodyWith(Dictionary<string, object?> body, string patch)
    {
        patch = patch.Replace("\"LONG\"", $"\"{new string('s', 201)}\"")
            .Replace("NEWGUID", Guid.NewGuid().ToString())
            .Replace("TOMORROW", Today.AddDays(1).ToString("yyyy-MM-dd"));
        foreach (var property in JsonDocument.Parse(patch).RootElement.EnumerateObject())
            body[property.Name] = property.Value.Clone();
        return body;
    }

    /// <summary>Row counts of everything a registration writes, and the number of client change audits.</summary>
    private Task<string> CountsAsync() => app.WithDb(async db => string.Join('|',
        await db.Clients.CountAsync(), await db.ResidenceStatuses.CountAsync(),
        await db.AuditEntries.CountAsync(e => e.EntityType == "Client" && e.Operation != Web.Infrastructure.Auditing.AuditOperation.Read)));

    /// <summary>The stored client with its residence statuses, as a comparable string.</summary>
    private Task<string> StoredAsync(Guid id) => app.WithDb(async db =>
    {
        var c = await db.Clients.AsNoTracking().Include(x => x.ResidenceStatuses).SingleAsync(x => x.Id == id);
        return JsonSerializer.Serialize(new
        {
            c.GivenName, c.FamilyName, c.BirthYear, c.BirthMonth, c.BirthDay, c.Nationalities, c.Street, c.PostalCode, c.MunicipalityId,
            c.EntryDate, c.NameVariants, c.Household, c.Benefits, c.Contacts, c.NameKey, c.PhoneticKey, c.Version,
            Statuses = c.ResidenceStatuses.OrderBy(r => r.Id).Select(r => new { r.Id, r.Type, r.IssuedOn, r.ValidUntil })
        });
    });
}

public sealed class ClientsApiTests_Sqlite(SqliteApp app) : ClientsApiTests(app), IClassFixture<SqliteApp>;
public sealed class ClientsApiTests_Postgres(PostgresApp app) : ClientsApiTests(app), IClassFixture<PostgresApp>;
