using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Achievements;
using Lotse.IntegrationTests.Features.Referrals;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;
using static Lotse.IntegrationTests.Features.DataProtection.DataProtectionRequests;

namespace Lotse.IntegrationTests.Features.DataProtection;

/// <summary>
/// Auskunft (Art. 15 DSGVO): everything about a client, with the access log, as JSON and PDF; only the
/// data-protection officer and the client's own case manager get it; giving it is audited.
/// </summary>
public abstract class DisclosureTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private static readonly string[] Sections = ["person", "household", "benefits", "residence", "contacts", "cases", "corrections", "erasure", "consents", "referrals", "achievements", "accessLog"];

    [Fact]
    public async Task The_json_Auskunft_holds_every_section_the_access_log_and_is_itself_audited()
    {
        var cm1 = await As("cm1");
        var (clientId, lastName, @case) = await FullClientWithCaseAsync(cm1);
        await GetAsync(cm1, clientId); // a read that must show up in the access log
        // consent → referral to the Jobcenter (accepted, with feedback) → an integration achievement, each read once
        await @case.AgreePlanAsync();
        var jobcenterId = await ReferralRequests.OrganisationAsync(app, ReferralRequests.Jobcenter);
        var consentId = await ReferralRequests.ConsentAsync(app, clientId, jobcenterId, DataCategory.IdentityContact, DataCategory.ReferralContent);
        var draft = await ReferralRequests.CreateAsync(cm1, ReferralRequests.Body(@case.Id, jobcenterId, null, "IdentityContact", "ReferralContent"));
        var sent = await ReferralRequests.OkAsync(cm1, draft.Id(), "send", draft.Version());
        var jobcenter = await As("jobcenter");
        var accepted = await ReferralRequests.OkAsync(jobcenter, draft.Id(), "accept", sent.Version());
        await ReferralRequests.OkAsync(jobcenter, draft.Id(), "feedback", accepted.Version(), new() { ["text"] = "Erstgespräch vereinbart." });
        var achievementId = (await AchievementRequests.AddAsync(cm1, clientId, AchievementRequests.LanguageCertificate())).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await cm1.GetAsync($"/api/v1/consents/{consentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await jobcenter.GetAsync($"/api/v1/referrals/{draft.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cm1.GetAsync($"/api/v1/clients/{clientId}/achievements")).StatusCode);
        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        using var response = await DisclosureAsync(cm1, clientId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("lotse-auskunft/1", json.GetProperty("format").GetString());
        Assert.Equal(clientId, json.GetProperty("client").GetProperty("id").GetGuid());
        var sections = json.GetProperty("sections");
        Assert.Equal(Sections, sections.EnumerateObject().Select(p => p.Name).ToArray());

        var person = sections.GetProperty("person");
        Assert.Equal(lastName, person.GetProperty("lastName").GetString());
        Assert.Equal("1988-03-14", person.GetProperty("birthDate").GetString());
        Assert.Equal(2, person.GetProperty("nameVariants").GetArrayLength());
        Assert.Equal("Lindenweg 7", person.GetProperty("street").GetString());
        Assert.Equal(2, sections.GetProperty("household").GetArrayLength());
        Assert.Equal(2, sections.GetProperty("benefits").GetArrayLength());
        Assert.Equal(2, sections.GetProperty("residence").GetArrayLength());
        Assert.Equal("Frau Berater", sections.GetProperty("contacts")[0].GetProperty("personName").GetString());

        var theCase = Assert.Single(sections.GetProperty("cases").EnumerateArray());
        Assert.Equal(@case.Id, theCase.GetProperty("id").GetGuid());
        Assert.Equal("Wohnung, Sprachkurs, Anerkennung", theCase.GetProperty("intake").GetProperty("firstConcerns").GetString());
        Assert.Equal("Gemeinschaftsunterkunft", theCase.GetProperty("assessments")[0].GetProperty("ratings")[0].GetProperty("situation").GetString());
        Assert.Equal("Eigene Wohnung finden", theCase.GetProperty("goals")[0].GetProperty("description").GetString());
        Assert.Equal("Wohnungsangebote sichten", theCase.GetProperty("goals")[0].GetProperty("steps")[0].GetProperty("description").GetString());
        Assert.Contains(lastName, theCase.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.True(theCase.GetProperty("events").GetArrayLength() >= 2);

        var consent = Assert.Single(sections.GetProperty("consents").EnumerateArray());
        Assert.Equal(consentId, consent.GetProperty("id").GetGuid());
        Assert.Equal([ReferralRequests.Jobcenter], consent.GetProperty("recipients").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(["Personalien und Kontaktdaten", "Inhalt der Verweisung"], consent.GetProperty("categories").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal("Verweisung an das Jobcenter", consent.GetProperty("purpose").GetString());
        Assert.Equal("SignedPaper", consent.GetProperty("form").GetString());
        Assert.Equal(JsonValueKind.Null, consent.GetProperty("revokedAt").ValueKind);

        var referral = Assert.Single(sections.GetProperty("referrals").EnumerateArray());
        Assert.Equal(draft.Id(), referral.GetProperty("id").GetGuid());
        Assert.Equal(ReferralRequests.Jobcenter, referral.GetProperty("toOrganisation").GetString());
        Assert.Equal("Integrationskurs-Berechtigung", referral.GetProperty("service").GetString());
        Assert.Equal("Accepted", referral.GetProperty("status").GetString());
        Assert.Equal(["Personalien und Kontaktdaten", "Inhalt der Verweisung"], referral.GetProperty("sharedCategories").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.NotEqual(JsonValueKind.Null, referral.GetProperty("sentAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, referral.GetProperty("acceptedAt").ValueKind);
        Assert.Equal("Erstgespräch vereinbart.", Assert.Single(referral.GetProperty("feedback").EnumerateArray()).GetProperty("text").GetString());

        var achievement = Assert.Single(sections.GetProperty("achievements").EnumerateArray());
        Assert.Equal(achievementId, achievement.GetProperty("id").GetGuid());
        Assert.Equal(("LanguageCertificate", "B1"), (achievement.GetProperty("kind").GetString(), achievement.GetProperty("level").GetString()));

        var log = sections.GetProperty("accessLog").EnumerateArray().ToList();
        Assert.Contains(log, e => e.GetProperty("operation").GetString() == "Read" && e.GetProperty("recordId").GetString() == consentId.ToString()
                                  && e.GetProperty("record").GetString() == "Consent" && e.GetProperty("userName").GetString() == "cm1");
        Assert.Contains(log, e => e.GetProperty("operation").GetString() == "Read" && e.GetProperty("recordId").GetString() == draft.Id().ToString()
                                  && e.GetProperty("record").GetString() == "Referral" && e.GetProperty("userName").GetString() == "jobcenter");
        Assert.Contains(log, e => e.GetProperty("operation").GetString() == "Read" && e.GetProperty("record").GetString() == "IntegrationAchievements"
                                  && e.GetProperty("recordId").GetString() == clientId.ToString() && e.GetProperty("userName").GetString() == "cm1");
        Assert.Contains(log, e => e.GetProperty("operation").GetString() == "Create" && e.GetProperty("recordId").GetString() == achievementId.ToString());
        Assert.Contains(log, e => e.GetProperty("operation").GetString() == "Read" && e.GetProperty("recordId").GetString() == clientId.ToString()
                                  && e.GetProperty("userName").GetString() == "cm1");
        Assert.Contains(log, e => e.GetProperty("operation").GetString() == "Create" && e.GetProperty("record").GetString() == "CaseNote");
        Assert.Contains(log, e => e.GetProperty("operation").GetString() == "Update" && e.GetProperty("recordId").GetString() == @case.Id.ToString());

        var entries = await app.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > since).ToListAsync());
        var export = Assert.Single(entries, e => e.EntityType == "Client");
        Assert.Equal((AuditOperation.Export, clientId.ToString(), "cm1"), (export.Operation, export.EntityId, export.UserName));
        Assert.Contains("Art. 15", export.Purpose);
        Assert.Contains(entries, e => e.EntityType == "Case" && e.EntityId == @case.Id.ToString() && e.Operation == AuditOperation.Export);
    }

    [Fact]
    public async Task The_data_protection_officer_gets_the_Auskunft_as_a_PDF_and_that_is_audited_under_their_name()
    {
        var cm1 = await As("cm1");
        var (clientId, _, @case) = await FullClientWithCaseAsync(cm1);
        // with a consent, a sent referral and an achievement, so those sections are rendered with content
        await @case.AgreePlanAsync();
        var jobcenterId = await ReferralRequests.OrganisationAsync(app, ReferralRequests.Jobcenter);
        await ReferralRequests.ConsentAsync(app, clientId, jobcenterId, DataCategory.IdentityContact, DataCategory.ReferralContent);
        var draft = await ReferralRequests.CreateAsync(cm1, ReferralRequests.Body(@case.Id, jobcenterId, null, "IdentityContact", "ReferralContent"));
        await ReferralRequests.OkAsync(cm1, draft.Id(), "send", draft.Version());
        await AchievementRequests.AddAsync(cm1, clientId, AchievementRequests.LanguageCertificate());
        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        using var response = await DisclosureAsync(await As("datenschutz"), clientId, "pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.StartsWith("Auskunft-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.DoesNotContain(clientId.ToString(), response.Content.Headers.ContentDisposition.ToString());
        var entry = await app.WithDb(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id > since && e.EntityType == "Client"));
        Assert.Equal((AuditOperation.Export, "datenschutz"), (entry.Operation, entry.UserName));
    }

    [Theory]
    [InlineData("cm1", HttpStatusCode.OK)]
    [InlineData("datenschutz", HttpStatusCode.OK)]
    [InlineData("cm2", HttpStatusCode.NotFound)]
    [InlineData("koordination", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("jobcenter", HttpStatusCode.Forbidden)]
    [InlineData("abh", HttpStatusCode.Forbidden)]
    [InlineData("ebh", HttpStatusCode.Forbidden)]
    [InlineData("lenkung", HttpStatusCode.Forbidden)]
    public async Task Only_the_DPO_and_the_clients_own_case_manager_get_an_Auskunft(string user, HttpStatusCode expected)
    {
        var cm1 = await As("cm1");
        var clientId = await RegisterAsync(cm1, "Rana", UniqueName("Matrix"));
        await Cases.CaseRequests.OpenAsync(cm1, clientId);
        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        using var response = await DisclosureAsync(await As(user), clientId);

        Assert.Equal(expected, response.StatusCode);
        var exports = await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Id > since && e.Operation == AuditOperation.Export));
        Assert.Equal(expected == HttpStatusCode.OK ? 2 : 0, exports); // client + its case, only when given
    }

    [Fact]
    public async Task A_colleague_of_the_same_organisation_who_does_not_manage_the_client_gets_403()
    {
        var cm1 = await As("cm1");
        var clientId = await RegisterAsync(cm1, "Rana", UniqueName("Kollegin"));
        await Cases.CaseRequests.OpenAsync(cm1, clientId);
        var colleague = await app.CreateUserAsync(Lotse.Web.Domain.Roles.CaseManager, "kollegin");
        var caritas = (await app.FindUserAsync("cm1")).OrganisationId;
        await app.WithDb(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == colleague);
            user.OrganisationId = caritas;
            await db.SaveChangesAsync();
        });
        var client = await app.ApiClientAsync(colleague, LotseAppFactory.TestPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/clients/{clientId}")).StatusCode); // she may read the file …
        await (await DisclosureAsync(client, clientId)).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden"); // … but not give the Auskunft
    }

    [Fact]
    public async Task An_unknown_client_is_404_and_an_unknown_format_400()
    {
        await (await DisclosureAsync(await As("datenschutz"), Guid.NewGuid())).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        var id = await RegisterAsync(await As("cm1"), "Rana", UniqueName("Format"));
        await (await DisclosureAsync(await As("cm1"), id, "xml")).AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");
    }

    [Fact]
    public async Task The_Auskunft_is_not_offered_by_GET()
    {
        var id = await RegisterAsync(await As("cm1"), "Rana", UniqueName("Get"));
        using var response = await (await As("cm1")).GetAsync($"/api/v1/data-protection/clients/{id}/disclosure");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
    }
}

public sealed class DisclosureTests_Sqlite(SqliteApp app) : DisclosureTests(app), IClassFixture<SqliteApp>;
public sealed class DisclosureTests_Postgres(PostgresApp app) : DisclosureTests(app), IClassFixture<PostgresApp>;
