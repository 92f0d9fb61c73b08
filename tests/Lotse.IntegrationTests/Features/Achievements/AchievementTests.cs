using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Achievements.AchievementRequests;

namespace Lotse.IntegrationTests.Features.Achievements;

/// <summary>
/// Baustein 3: the case management records Integrationsleistungen; the Ausländer-/Einbürgerungsbehörde sees exactly
/// those facts (and the residence history, if consented) of clients with a valid consent, and writes its status
/// decisions back into the residence history and the expiry reminders.
/// </summary>
public abstract class AchievementTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    /// <summary>A client of cm1 (Caritas) with a case, an address, notes, an assessment and a goal that carry marker texts.</summary>
    private async Task<(Guid ClientId, string LastName, string Marker)> ClientWithCaseAsync()
    {
        var cm1 = await As("cm1");
        var lastName = ClientRequests.UniqueName("Leistung");
        var marker = "GEHEIM" + Guid.NewGuid().ToString("N")[..8];
        var body = ClientRequests.Minimal("Yonas", lastName, "1991-04-02");
        body["street"] = $"Adresse{marker}weg 1";
        body["household"] = new object[] { new { relation = "Kind", name = "Lina " + lastName, birthYear = 2016, isMinorChild = true } };
        body["residenceStatuses"] = new object[]
        {
            new { type = "ResidencePermit", legalBasis = "§ 25 Abs. 2 AufenthG", issuedOn = Day(-340), validUntil = Day(20) }
        };
        var clientId = (await ClientRequests.RegisterAsync(cm1, body)).GetProperty("id").GetGuid();
        var @case = await CaseRequests.OpenAsync(cm1, clientId);
        await @case.ChangeAsync(HttpMethod.Post, "intake", new()
        {
            ["firstContactOn"] = CaseRequests.Today, ["route"] = "ReferredByOrganisation", ["firstConcerns"] = $"Anliegen{marker}",
            ["decision"] = "CaseManagementIndicated"
        });
        await @case.ChangeAsync(HttpMethod.Post, "assessments", new()
        {
            ["assessedOn"] = CaseRequests.Today,
            ["ratings"] = new object[] { new { domain = "Health", situation = $"Befund{marker}", need = "Therapie", rating = 2 } }
        });
        await @case.MoveAsync("Planning");
        await @case.AddGoalAsync($"Ziel{marker}");
        await @case.NoteAsync($"Notiz{marker}");
        return (clientId, lastName, marker);
    }

    private static async Task<int> ClientVersionAsync(HttpClient client, Guid clientId) =>
        (await ClientRequests.GetAsync(client, clientId)).GetProperty("version").GetInt32();

    [Fact]
    public async Task The_case_manager_records_each_kind_and_the_case_team_reads_them_newest_first()
    {
        var cm1 = await As("cm1");
        var (clientId, lastName, _) = await ClientWithCaseAsync();

        var certificate = await AddAsync(cm1, clientId, LanguageCertificate("B1", Day(-30)));
        Assert.Equal("Sprachzertifikat", certificate.GetProperty("kindName").GetString());
        Assert.Contains("Deutsch B1 (Deutsch-Test für Zuwanderer (DTZ))", certificate.GetProperty("summary").GetString());
        await AddAsync(cm1, clientId, new { kind = "IntegrationCourse", achievedOn = Day(-60), orientationCourseCompleted = true, evidencePresent = true });
        await AddAsync(cm1, clientId, new { kind = "Employment", employmentKind = "VocationalTraining", since = Day(-20), hoursPerWeek = 39.5, evidencePresent = true });
        await AddAsync(cm1, clientId, new { kind = "SchoolAttendance", childName = "Lina " + lastName, schoolYear = "2025/26", since = Day(-80) });
        await AddAsync(cm1, clientId, new { kind = "VoluntaryWork", description = "Hausaufgabenhilfe im Sportverein", since = Day(-100) });
        // Fields of other kinds are not kept.
        var other = await AddAsync(cm1, clientId, new { kind = "Other", description = "Erste-Hilfe-Kurs", achievedOn = Day(-5), language = "Deutsch", since = Day(-3) });
        Assert.Equal(JsonValueKind.Null, other.GetProperty("language").ValueKind);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("since").ValueKind);

        foreach (var reader in new[] { "cm1", "koordination" })
        {
            var list = await (await (await As(reader)).GetAsync($"/api/v1/clients/{clientId}/achievements")).ReadJsonAsync();
            var kinds = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToList();
            Assert.Equal(["Other", "Employment", "LanguageCertificate", "IntegrationCourse", "SchoolAttendance", "VoluntaryWork"], kinds);
            Assert.Equal(reader == "cm1", list.GetProperty("mayRecord").GetBoolean());
        }
        var employment = (await (await cm1.GetAsync($"/api/v1/clients/{clientId}/achievements")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "Employment");
        Assert.Equal("Berufsausbildung seit " + ClientRequests.Today.AddDays(-20).ToString("dd.MM.yyyy") + ", 39,5 Stunden pro Woche",
            employment.GetProperty("summary").GetString());

        // Recording is audited as a change, reading as a read.
        var audited = await app.WithDb(db => db.AuditEntries.Where(e => e.EntityType == "IntegrationAchievement" && e.Operation == AuditOperation.Create).Select(e => e.EntityId).ToListAsync());
        Assert.Contains(certificate.GetProperty("id").GetGuid().ToString(), audited);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityType == "IntegrationAchievements" && e.EntityId == clientId.ToString()
            && e.Operation == AuditOperation.Read && e.UserName == "koordination")));
    }

    [Fact]
    public async Task Invalid_achievements_are_refused_with_German_messages_and_nothing_is_stored()
    {
        var cm1 = await As("cm1");
        var (clientId, _, _) = await ClientWithCaseAsync();
        async Task<JsonElement> Refused(object body)
        {
            using var response = await cm1.PostAsJsonAsync($"/api/v1/clients/{clientId}/achievements", body);
            return await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        }

        var future = await Refused(LanguageCertificate("B1", Day(3)));
        Assert.Equal(["Das Datum des Zertifikats kann nicht in der Zukunft liegen."], future.Errors("achievedOn"));
        var level = await Refused(LanguageCertificate("D1"));
        Assert.Equal(ProblemTypes.Validation, level.GetProperty("type").GetString());
        var school = await Refused(new { kind = "SchoolAttendance", childName = "Unbekanntes Kind", schoolYear = "2025/27", since = Day(-1) });
        Assert.Equal(["Dieses Kind ist nicht als minderjähriges Kind im Haushalt der Person erfasst."], school.Errors("childName"));
        Assert.Equal(["Bitte geben Sie das Schuljahr in der Form 2025/26 an."], school.Errors("schoolYear"));
        var work = await Refused(new { kind = "Employment", employmentKind = "Employment", since = Day(-10), until = Day(-20) });
        Assert.Equal(["Das Ende liegt vor dem Beginn."], work.Errors("until"));
        var noKind = await Refused(new { language = "Deutsch" });
        Assert.Equal(["Bitte wählen Sie eine Art der Integrationsleistung aus der Liste."], noKind.Errors("kind"));

        Assert.Equal(0, await app.WithDb(db => db.IntegrationAchievements.CountAsync(a => a.ClientId == clientId)));
    }

    [Fact]
    public async Task Only_case_managers_of_the_owning_organisation_record_and_only_the_case_team_reads()
    {
        var (clientId, _, _) = await ClientWithCaseAsync();
        var url = $"/api/v1/clients/{clientId}/achievements";
        foreach (var (user, status) in new[]
                 {
                     ("cm1", HttpStatusCode.Created), ("cm2", HttpStatusCode.NotFound), ("koordination", HttpStatusCode.Forbidden),
                     ("jobcenter", HttpStatusCode.Forbidden), ("abh", HttpStatusCode.Forbidden), ("lenkung", HttpStatusCode.Forbidden),
                     ("datenschutz", HttpStatusCode.Forbidden), ("admin", HttpStatusCode.Forbidden)
                 })
        {
            using var response = await (await As(user)).PostAsJsonAsync(url, LanguageCertificate());
            Assert.True(status == response.StatusCode, $"{user}: expected {(int)status}, got {(int)response.StatusCode}");
        }
        Assert.Equal(1, await app.WithDb(db => db.IntegrationAchievements.CountAsync(a => a.ClientId == clientId)));

        foreach (var (user, status) in new[]
                 {
                     ("cm1", HttpStatusCode.OK), ("koordination", HttpStatusCode.OK), ("cm2", HttpStatusCode.NotFound),
                     ("jobcenter", HttpStatusCode.NotFound), ("abh", HttpStatusCode.NotFound), ("lenkung", HttpStatusCode.NotFound),
                     ("datenschutz", HttpStatusCode.NotFound)
                 })
        {
            using var response = await (await As(user)).GetAsync(url);
            Assert.True(status == response.StatusCode, $"{user}: expected {(int)status}, got {(int)response.StatusCode}");
        }

        // Removing needs the version; a stale one is a conflict, and only the owning case management removes.
        var item = (await (await (await As("cm1")).GetAsync(url)).ReadJsonAsync()).GetProperty("items")[0];
        var id = item.GetProperty("id").GetGuid();
        var version = item.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("koordination")).DeleteAsync($"{url}/{id}?version={version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await As("cm2")).DeleteAsync($"{url}/{id}?version={version}")).StatusCode);
        await (await (await As("cm1")).DeleteAsync($"{url}/{id}?version={version + 1}")).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Concurrency);
        Assert.Equal(HttpStatusCode.NoContent, (await (await As("cm1")).DeleteAsync($"{url}/{id}?version={version}")).StatusCode);
    }

    [Fact]
    public async Task The_immigration_authority_sees_exactly_the_achievements_and_the_residence_history_of_a_consenting_client()
    {
        var cm1 = await As("cm1");
        var abh = await As("abh");
        var (clientId, lastName, marker) = await ClientWithCaseAsync();
        await AddAsync(cm1, clientId, LanguageCertificate("B2"));

        // Without a consent the client does not exist for the authority.
        await (await FactsAsync(abh, clientId)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.DoesNotContain(clientId, (await SearchAsync(abh, new { name = lastName })).Ids());

        await ConsentAsync(app, clientId, ImmigrationAuthority, AchievementsAndResidence);

        var found = await SearchAsync(abh, new { name = lastName });
        Assert.Equal([clientId], found.Ids());
        Assert.Equal(1, found.GetProperty("items")[0].GetProperty("achievements").GetInt32());
        var response = await FactsAsync(abh, clientId);
        var text = await response.Content.ReadAsStringAsync();
        var facts = await response.ReadJsonAsync();
        Assert.Equal("LanguageCertificate", facts.GetProperty("achievements")[0].GetProperty("kind").GetString());
        Assert.Equal("B2", facts.GetProperty("achievements")[0].GetProperty("level").GetString());
        Assert.True(facts.GetProperty("residenceHistoryVisible").GetBoolean());
        Assert.Equal("ResidencePermit", facts.GetProperty("residenceStatuses")[0].GetProperty("type").GetString());
        // Nothing else: no notes, no assessment, no goals, no concerns from the intake, no address.
        Assert.DoesNotContain(marker, text);

        // The web pages say the same.
        var browser = await app.BrowserClientAsync("abh");
        var page = Html.Text(await browser.GetStringAsync($"/Integrationsleistungen/{clientId}"));
        Assert.Contains("Deutsch-Test für Zuwanderer (DTZ)", page);
        Assert.Contains("Aufenthaltserlaubnis", page);
        Assert.DoesNotContain(marker, page);

        // The Einbürgerungsbehörde is not named in the consent.
        var ebh = await As("ebh");
        await (await FactsAsync(ebh, clientId)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.DoesNotContain(clientId, (await SearchAsync(ebh, new { name = lastName })).Ids());

        // Every read is audited, list and detail.
        var reads = await app.WithDb(db => db.AuditEntries.Where(e => e.UserName == "abh" && e.EntityId == clientId.ToString() && e.Operation == AuditOperation.Read)
            .Select(e => e.EntityType).ToListAsync());
        Assert.Contains("Client", reads);
        Assert.Contains("IntegrationAchievements", reads);
    }

    [Fact]
    public async Task Revocation_and_expiry_remove_the_client_at_once_and_other_categories_release_nothing()
    {
        var abh = await As("abh");
        var (clientId, lastName, _) = await ClientWithCaseAsync();
        await AddAsync(await As("cm1"), clientId, LanguageCertificate());

        // A consent for other categories only.
        await ConsentAsync(app, clientId, ImmigrationAuthority, [DataCategory.Benefits, DataCategory.Assessment]);
        await (await FactsAsync(abh, clientId)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.DoesNotContain(clientId, (await SearchAsync(abh, new { name = lastName })).Ids());

        // An expired consent.
        await ConsentAsync(app, clientId, ImmigrationAuthority, AchievementsAndResidence,
            givenOn: ClientRequests.Today.AddYears(-2), validUntil: ClientRequests.Today.AddDays(-1));
        await (await FactsAsync(abh, clientId)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);

        // Achievements without the residence history and without the Personalien: the facts by id, but no name,
        // and not in the list (which shows names).
        var consent = await ConsentAsync(app, clientId, ImmigrationAuthority, [DataCategory.IntegrationAchievements], validUntil: ClientRequests.Today);
        var facts = await (await FactsAsync(abh, clientId)).ReadJsonAsync();
        Assert.Single(facts.GetProperty("achievements").EnumerateArray());
        Assert.False(facts.GetProperty("residenceHistoryVisible").GetBoolean());
        Assert.Empty(facts.GetProperty("residenceStatuses").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, facts.GetProperty("lastName").ValueKind);
        Assert.Equal(JsonValueKind.Null, facts.GetProperty("birthDate").ValueKind);
        var fileNumber = facts.GetProperty("fileNumber").GetString();
        Assert.Empty((await SearchAsync(abh, new { fileNumber })).Ids());
        Assert.DoesNotContain(lastName, await (await FactsAsync(abh, clientId)).Content.ReadAsStringAsync());

        // With the Personalien released too, the client is listed by name.
        var identity = await ConsentAsync(app, clientId, ImmigrationAuthority, [DataCategory.IdentityContact], validUntil: ClientRequests.Today);
        Assert.Equal([clientId], (await SearchAsync(abh, new { fileNumber })).Ids());
        Assert.Equal(lastName, (await (await FactsAsync(abh, clientId)).ReadJsonAsync()).GetProperty("lastName").GetString());
        await RevokeAsync(app, identity);

        // Revoked: gone from the list and the detail at once, on the page too.
        await RevokeAsync(app, consent);
        await (await FactsAsync(abh, clientId)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.DoesNotContain(clientId, (await SearchAsync(abh, new { name = lastName })).Ids());
        var browser = await app.BrowserClientAsync("abh");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Integrationsleistungen/{clientId}")).StatusCode);
        var decision = await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions", Decision(0));
        await decision.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        // Each refusal is audited with the client's opaque id.
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.UserName == "abh" && e.EntityId == clientId.ToString()
            && e.Operation == AuditOperation.Denied)));
    }

    [Fact]
    public async Task Other_roles_never_use_the_authority_view()
    {
        var (clientId, _, _) = await ClientWithCaseAsync();
        await ConsentAsync(app, clientId, ImmigrationAuthority, AchievementsAndResidence);
        foreach (var user in new[] { "cm1", "cm2", "koordination", "jobcenter", "lenkung", "datenschutz", "admin" })
        {
            var client = await As(user);
            await (await client.PostAsJsonAsync("/api/v1/immigration/clients/search", new { })).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
            await (await FactsAsync(client, clientId)).AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
            await (await client.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions", Decision(0)))
                .AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        }
    }

    [Fact]
    public async Task A_status_decision_enters_the_residence_history_with_its_source_and_replaces_the_expiry_reminder()
    {
        var cm1 = await As("cm1");
        var abh = await As("abh");
        var (clientId, _, _) = await ClientWithCaseAsync();
        await ConsentAsync(app, clientId, ImmigrationAuthority, AchievementsAndResidence);

        async Task<JsonElement> CaseloadItem() => (await (await cm1.GetAsync("/api/v1/caseload")).ReadJsonAsync())
            .EnumerateArray().Single(i => i.GetProperty("clientId").GetGuid() == clientId);
        Assert.Equal(Day(20), (await CaseloadItem()).GetProperty("residenceDocumentExpiresOn").GetString());

        var version = (await (await FactsAsync(abh, clientId)).ReadJsonAsync()).GetProperty("version").GetInt32();
        Assert.Equal(version, await ClientVersionAsync(cm1, clientId));

        // Validation: dates in order, a type from the list, no naturalisation by the Ausländerbehörde.
        var bad = await (await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions",
            Decision(version, issuedOn: Day(0), validUntil: Day(-1)))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["„Gültig bis“ muss nach dem Tag der Erteilung liegen."], bad.Errors("validUntil"));
        var naturalised = await (await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions",
            Decision(version, type: "Naturalised"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Eine Einbürgerung erfasst die Einbürgerungsbehörde."], naturalised.Errors("type"));
        await (await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions", Decision(version, type: "Residence")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        // A stale version (the case manager changed the client meanwhile) is a conflict.
        await (await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions", Decision(version - 1)))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Concurrency);

        using var recorded = await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions",
            Decision(version, issuedOn: Day(-1), validUntil: Day(3 * 365), legalBasis: "§ 25b AufenthG"));
        var status = await recorded.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Ausländerbehörde", status.GetProperty("source").GetString());

        // The case manager sees it with its source; the version moved on.
        var file = await ClientRequests.GetAsync(cm1, clientId);
        Assert.Equal(version + 1, file.GetProperty("version").GetInt32());
        var newest = file.GetProperty("residenceStatuses")[0];
        Assert.Equal("ResidencePermit", newest.GetProperty("type").GetString());
        Assert.Equal("§ 25b AufenthG", newest.GetProperty("legalBasis").GetString());
        Assert.Equal(Day(3 * 365), newest.GetProperty("validUntil").GetString());
        Assert.Equal("Ausländerbehörde", newest.GetProperty("source").GetString());
        Assert.Equal(2, file.GetProperty("residenceStatuses").GetArrayLength());
        // The old title's reminder is gone: the new title runs for three years.
        Assert.Equal(JsonValueKind.Null, (await CaseloadItem()).GetProperty("residenceDocumentExpiresOn").ValueKind);

        // The same decision again on the old version: 409, nothing added twice.
        await (await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions", Decision(version, validUntil: Day(400))))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Concurrency);
        Assert.Equal(2, (await ClientRequests.GetAsync(cm1, clientId)).GetProperty("residenceStatuses").GetArrayLength());

        // A later decision that runs out soon brings the reminder back with its date.
        using var shortOne = await abh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions",
            Decision(version + 1, type: "Toleration", legalBasis: "§ 60a AufenthG", validUntil: Day(30)));
        Assert.Equal(HttpStatusCode.Created, shortOne.StatusCode);
        Assert.Equal(Day(30), (await CaseloadItem()).GetProperty("residenceDocumentExpiresOn").GetString());
    }

    [Fact]
    public async Task The_naturalisation_authority_records_naturalisations_only()
    {
        var cm1 = await As("cm1");
        var ebh = await As("ebh");
        var (clientId, _, _) = await ClientWithCaseAsync();
        await ConsentAsync(app, clientId, NaturalisationAuthority, AchievementsAndResidence);
        var version = (await (await FactsAsync(ebh, clientId)).ReadJsonAsync()).GetProperty("version").GetInt32();

        var permit = await (await ebh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions", Decision(version)))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Die Einbürgerungsbehörde erfasst nur Einbürgerungen."], permit.Errors("type"));
        using var response = await ebh.PostAsJsonAsync($"/api/v1/immigration/clients/{clientId}/decisions",
            Decision(version, type: "Naturalised", legalBasis: "§ 10 StAG"));
        Assert.Equal("Einbürgerungsbehörde", (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("source").GetString());

        var newest = (await ClientRequests.GetAsync(cm1, clientId)).GetProperty("residenceStatuses")[0];
        Assert.Equal("Naturalised", newest.GetProperty("type").GetString());
        Assert.Equal("Einbürgerungsbehörde", newest.GetProperty("source").GetString());
        // Naturalised: no residence document runs out any more.
        var item = (await (await cm1.GetAsync("/api/v1/caseload")).ReadJsonAsync()).EnumerateArray().Single(i => i.GetProperty("clientId").GetGuid() == clientId);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("residenceDocumentExpiresOn").ValueKind);
    }

    [Fact]
    public async Task The_pages_follow_the_same_rules()
    {
        var (clientId, _, _) = await ClientWithCaseAsync();
        await ConsentAsync(app, clientId, ImmigrationAuthority, AchievementsAndResidence);
        var record = $"/Personen/{clientId}/Integrationsleistungen/Sprachzertifikat";
        var authority = $"/Integrationsleistungen/{clientId}";
        async Task<HttpStatusCode> Status(string user, string url) => (await (await app.BrowserClientAsync(user)).GetAsync(url)).StatusCode;

        Assert.Equal(HttpStatusCode.OK, await Status("cm1", record));
        Assert.Equal(HttpStatusCode.NotFound, await Status("cm1", $"/Personen/{clientId}/Integrationsleistungen/Unbekannt"));
        Assert.Equal(HttpStatusCode.NotFound, await Status("cm2", record));
        Assert.Equal(HttpStatusCode.OK, await Status("abh", authority));
        Assert.Equal(HttpStatusCode.NotFound, await Status("ebh", authority));
        foreach (var (user, url) in new[] { ("abh", record), ("koordination", record), ("cm1", authority), ("cm1", "/Integrationsleistungen"), ("jobcenter", authority) })
            Assert.True(await Status(user, url) is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{user} {url}");

        // The client page shows the section (with the record links) to its case manager, read-only to the Koordinierende Stelle.
        var cm1Page = Html.Text(await (await app.BrowserClientAsync("cm1")).GetStringAsync($"/Personen/{clientId}"));
        Assert.Contains("Integrationsleistungen", cm1Page);
        Assert.Contains("Sprachzertifikat erfassen", cm1Page);
        var coordinatorPage = Html.Text(await (await app.BrowserClientAsync("koordination")).GetStringAsync($"/Personen/{clientId}"));
        Assert.Contains("Keine Integrationsleistungen erfasst.", coordinatorPage);
        Assert.DoesNotContain("Sprachzertifikat erfassen", coordinatorPage);

        // A form post with a date in the future answers with the German message and stores nothing.
        var cm1 = await app.BrowserClientAsync("cm1");
        using var posted = await Html.PostFormAsync(cm1, record, new Dictionary<string, string>
        {
            ["Input.Language"] = "Deutsch", ["Input.Level"] = "A2", ["Input.CertificateName"] = "DTZ", ["Input.AchievedOn"] = Day(5)
        });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Das Datum des Zertifikats kann nicht in der Zukunft liegen.", await posted.TextAsync());
        Assert.Equal(0, await app.WithDb(db => db.IntegrationAchievements.CountAsync(a => a.ClientId == clientId)));
    }

    [Fact]
    public async Task The_demo_client_shares_her_achievements_with_both_authorities()
    {
        foreach (var user in new[] { "abh", "ebh" })
        {
            var client = await As(user);
            var found = (await SearchAsync(client, new { fileNumber = "DEMO-SB05" })).GetProperty("items");
            Assert.Equal(1, found.GetArrayLength());
            var facts = await (await FactsAsync(client, found[0].GetProperty("id").GetGuid())).ReadJsonAsync();
            Assert.Equal(5, facts.GetProperty("achievements").GetArrayLength());
            Assert.True(facts.GetProperty("residenceHistoryVisible").GetBoolean());
        }
        Assert.Empty((await SearchAsync(await As("abh"), new { fileNumber = "DEMO-SB05", name = "Haddad" })).Ids());
    }

    [Fact]
    public async Task The_authority_list_pages_by_keyset_and_searches_among_the_visible_clients_only()
    {
        var abh = await As("abh");
        var prefix = ClientRequests.UniqueName("Seite");
        var ids = new List<Guid>();
        foreach (var suffix in new[] { "a", "b", "c" })
        {
            var id = await ClientRequests.RegisterAsync(await As("cm1"), "Amal", prefix + suffix, "1980-01-01");
            await ConsentAsync(app, id, ImmigrationAuthority, [DataCategory.IdentityContact, DataCategory.IntegrationAchievements]);
            ids.Add(id);
        }
        var hidden = await ClientRequests.RegisterAsync(await As("cm1"), "Amal", prefix + "d", "1980-01-01");

        var seen = new List<Guid>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync(abh, new { pageSize = 2, after });
            seen.AddRange(page.Ids());
            after = page.GetProperty("next").GetString();
            pages++;
        } while (after is not null && pages < 1000);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(ids, id => Assert.Contains(id, seen));
        Assert.DoesNotContain(hidden, seen);

        // Search is POST only, so no name ends up in a URL.
        Assert.False((await abh.GetAsync("/api/v1/immigration/clients/search")).IsSuccessStatusCode);
        var fileNumber = (await ClientRequests.GetAsync(await As("cm1"), hidden)).GetProperty("fileNumber").GetString();
        Assert.Empty((await SearchAsync(abh, new { fileNumber })).Ids());
    }
}

public sealed class AchievementTests_Sqlite(SqliteApp app) : AchievementTests(app), IClassFixture<SqliteApp>;
public sealed class AchievementTests_Postgres(PostgresApp app) : AchievementTests(app), IClassFixture<PostgresApp>;
