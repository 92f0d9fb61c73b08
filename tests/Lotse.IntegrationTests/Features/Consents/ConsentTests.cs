using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Consents;

/// <summary>Recording, listing and revoking consents; who may see what; the consent form; the pages; the demo data.</summary>
public abstract class ConsentTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private static Dictionary<string, object?> Body(Guid recipient, params string[] categories) => new()
    {
        ["recipientOrganisationIds"] = new[] { recipient },
        ["categories"] = categories,
        ["purpose"] = "Prüfung der Integrationskurs-Berechtigung",
        ["givenOn"] = CaseRequests.Today,
        ["form"] = "SignedPaper",
        ["validUntil"] = CaseRequests.DaysFromToday(365)
    };

    private async Task<(Guid ClientId, Guid Jobcenter)> ClientWithCaseAsync(string birthDate = "1988-03-14", string? lastName = null)
    {
        var cm1 = await As("cm1");
        var clientId = await ClientRequests.RegisterAsync(cm1, "Samira", lastName ?? ClientRequests.UniqueName("Einw"), birthDate);
        await CaseRequests.OpenAsync(cm1, clientId);
        return (clientId, await ConsentSetup.OrganisationOfAsync(app, "jobcenter"));
    }

    private static async Task<Guid> RecordAsync(HttpClient client, Guid clientId, Dictionary<string, object?> body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/clients/{clientId}/consents", body);
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement[]> ListAsync(Guid clientId) =>
        (await (await (await As("cm1")).GetAsync($"/api/v1/clients/{clientId}/consents")).ReadJsonAsync()).EnumerateArray().ToArray();

    [Fact]
    public async Task A_recorded_consent_is_listed_as_valid_with_German_names()
    {
        var (clientId, jobcenter) = await ClientWithCaseAsync();
        var id = await RecordAsync(await As("cm1"), clientId, Body(jobcenter, "IdentityContact", "Benefits"));

        var consent = Assert.Single(await ListAsync(clientId));
        Assert.Equal(id, consent.GetProperty("id").GetGuid());
        Assert.Equal("gültig", consent.GetProperty("statusName").GetString());
        Assert.Equal("Jobcenter Kreis Musterland", consent.GetProperty("recipients")[0].GetProperty("name").GetString());
        Assert.Equal(["Personalien und Kontaktdaten", "Leistungsbezug"], consent.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("Papier, unterschrieben und eingescannt", consent.GetProperty("formName").GetString());
        // Recording is audited as a change, reading the list as a read.
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityType == "Consent" && e.EntityId == id.ToString() && e.Operation == AuditOperation.Create)));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityType == "Consent" && e.EntityId == id.ToString() && e.Operation == AuditOperation.Read)));
    }

    [Fact]
    public async Task Health_data_need_the_explicit_separate_consent()
    {
        var (clientId, jobcenter) = await ClientWithCaseAsync();
        var cm1 = await As("cm1");
        var body = Body(jobcenter, "IdentityContact", "Health");
        var problem = await (await cm1.PostAsJsonAsync($"/api/v1/clients/{clientId}/consents", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ausdrücklichen, gesonderten Einwilligung", Assert.Single(problem.Errors("healthExplicit")));
        body["healthExplicit"] = true;
        await RecordAsync(cm1, clientId, body);
        Assert.True(Assert.Single(await ListAsync(clientId)).GetProperty("healthExplicit").GetBoolean());
    }

    [Fact]
    public async Task A_child_certainly_under_15_needs_the_guardian_an_uncertain_age_does_not()
    {
        var cm1 = await As("cm1");
        var year = DateTime.Today.Year;
        var (child, jobcenter) = await ClientWithCaseAsync($"{year - 10}");
        var body = Body(jobcenter, "IdentityContact");
        var problem = await (await cm1.PostAsJsonAsync($"/api/v1/clients/{child}/consents", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sorgeberechtigten Person", Assert.Single(problem.Errors("guardianName")));
        body["guardianName"] = "Mona Beispiel";
        await RecordAsync(cm1, child, body);
        Assert.Equal("Mona Beispiel", Assert.Single(await ListAsync(child)).GetProperty("guardianName").GetString());

        // Born in a year that makes the client 14 or 15 today: the age is not certain, no guardian is demanded.
        var (uncertain, _) = await ClientWithCaseAsync($"{year - 15}");
        await RecordAsync(cm1, uncertain, Body(jobcenter, "IdentityContact"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named()
    {
        var (clientId, jobcenter) = await ClientWithCaseAsync();
        var cm1 = await As("cm1");
        async Task<JsonElement> Refused(Dictionary<string, object?> body) =>
            await (await cm1.PostAsJsonAsync($"/api/v1/clients/{clientId}/consents", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty((await Refused(Body(Guid.NewGuid(), "IdentityContact"))).Errors("recipientOrganisationIds"));
        Assert.NotEmpty((await Refused(Body(jobcenter))).Errors("categories"));
        Assert.NotEmpty((await Refused(new(Body(jobcenter)) { ["categories"] = null, ["recipientOrganisationIds"] = null })).Errors("categories"));
        Assert.NotEmpty((await Refused(new(Body(jobcenter, "Benefits")) { ["purpose"] = " " })).Errors("purpose"));
        Assert.NotEmpty((await Refused(new(Body(jobcenter, "Benefits")) { ["givenOn"] = CaseRequests.DaysFromToday(3) })).Errors("givenOn"));
        Assert.NotEmpty((await Refused(new(Body(jobcenter, "Benefits")) { ["validUntil"] = CaseRequests.DaysFromToday(-400), ["givenOn"] = CaseRequests.DaysFromToday(-1) })).Errors("validUntil"));
        Assert.NotEmpty((await Refused(new(Body(jobcenter, "Benefits")) { ["form"] = null })).Errors("form"));
        Assert.Empty(await ListAsync(clientId));
    }

    [Fact]
    public async Task Expired_and_revoked_consents_are_listed_as_such()
    {
        var (clientId, jobcenter) = await ClientWithCaseAsync();
        var today = DateOnly.FromDateTime(DateTime.Today);
        await ConsentSetup.ConsentAsync(app, clientId, jobcenter, [DataCategory.Benefits], today.AddDays(-100), today.AddDays(-1));
        await ConsentSetup.ConsentAsync(app, clientId, jobcenter, [DataCategory.Benefits], today.AddDays(-50), revoked: true);
        Assert.Equal(["abgelaufen", "widerrufen"], (await ListAsync(clientId)).Select(k => k.GetProperty("statusName").GetString()).Order());
    }

    [Fact]
    public async Task Revocation_cuts_the_partners_access_at_once_also_to_data_released_before_and_records_what_was_transmitted()
    {
        var lastName = ClientRequests.UniqueName("Widerruf");
        var (clientId, jobcenter) = await ClientWithCaseAsync(lastName: lastName);
        var cm1 = await As("cm1");
        var partner = await As("jobcenter");
        var consentId = await RecordAsync(cm1, clientId, Body(jobcenter, "IdentityContact", "Benefits"));
        var referralId = await ConsentSetup.SentReferralAsync(app, clientId, jobcenter, [DataCategory.IdentityContact]);

        Assert.Contains(lastName, await (await partner.GetAsync($"/api/v1/clients/{clientId}")).Content.ReadAsStringAsync());
        Assert.Contains(clientId, (await ClientRequests.SearchAsync(partner, new { name = "Samira " + lastName })).Ids());

        var version = Assert.Single(await ListAsync(clientId)).GetProperty("version").GetInt32();
        var revoked = await (await cm1.PostAsJsonAsync($"/api/v1/consents/{consentId}/revocation", new { note = "mündlich erklärt", version })).ReadJsonAsync();
        Assert.Equal("widerrufen", revoked.GetProperty("statusName").GetString());
        var transmitted = Assert.Single(revoked.GetProperty("transmittedBeforeRevocation").EnumerateArray());
        Assert.Equal(referralId, transmitted.GetProperty("id").GetGuid());

        // From this moment: nothing, neither new nor old, and the denial is audited.
        await (await partner.GetAsync($"/api/v1/clients/{clientId}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        Assert.Empty((await ClientRequests.SearchAsync(partner, new { name = "Samira " + lastName })).Ids());
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Operation == AuditOperation.Denied && e.UserName == "jobcenter" && e.EntityId == clientId.ToString())));

        // A second revocation, or one from a stale version, changes nothing.
        await (await cm1.PostAsJsonAsync($"/api/v1/consents/{consentId}/revocation", new { version = version + 1 })).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");
        await (await cm1.PostAsJsonAsync($"/api/v1/consents/{consentId}/revocation", new { version })).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");
    }

    [Fact]
    public async Task Who_may_see_what_names_every_organisation_with_categories_and_reasons()
    {
        var (clientId, jobcenter) = await ClientWithCaseAsync();
        var cm1 = await As("cm1");
        var abh = await ConsentSetup.OrganisationOfAsync(app, "abh");
        await RecordAsync(cm1, clientId, Body(jobcenter, "IdentityContact", "Benefits", "ResidenceStatus"));
        await RecordAsync(cm1, clientId, Body(abh, "IdentityContact", "IntegrationAchievements"));
        await ConsentSetup.SentReferralAsync(app, clientId, jobcenter, [DataCategory.IdentityContact, DataCategory.Benefits]);

        var rows = (await (await cm1.GetAsync($"/api/v1/clients/{clientId}/access")).ReadJsonAsync()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("organisationName").GetString()!);
        string[] Categories(string org) => rows[org].GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString()!).ToArray();
        string Reasons(string org) => string.Join(" / ", rows[org].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(9, Categories("Caritasverband für den Kreis Musterland e.V.").Length);
        Assert.Contains("Case Management", Reasons("Caritasverband für den Kreis Musterland e.V."));
        Assert.Contains("Koordinierende Stelle", Reasons("Kommunales Integrationszentrum Kreis Musterland"));
        Assert.Equal(["IdentityContact", "Benefits"], Categories("Jobcenter Kreis Musterland"));
        Assert.Contains("Einwilligung vom", Reasons("Jobcenter Kreis Musterland"));
        Assert.Contains("aktive Verweisung „Integrationskurs-Berechtigung“", Reasons("Jobcenter Kreis Musterland"));
        Assert.Equal(["IdentityContact", "IntegrationAchievements"], Categories("Ausländerbehörde Kreis Musterland"));
        Assert.Contains("Ausländer-/Einbürgerungsbehörde", Reasons("Ausländerbehörde Kreis Musterland"));
        Assert.DoesNotContain("AWO Kreisverband Musterland e.V.", rows.Keys);
    }

    [Fact]
    public async Task The_consent_form_is_a_PDF_in_German_or_English_and_an_RTL_print_view_in_Arabic()
    {
        var (clientId, jobcenter) = await ClientWithCaseAsync();
        var cm1 = await As("cm1");
        var id = await RecordAsync(cm1, clientId, Body(jobcenter, "IdentityContact", "Benefits"));

        using var pdf = await cm1.GetAsync($"/api/v1/consents/{id}/form.pdf?lang=de");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Equal(HttpStatusCode.OK, (await cm1.GetAsync($"/api/v1/consents/{id}/form.pdf?lang=en")).StatusCode);
        await (await cm1.GetAsync($"/api/v1/consents/{id}/form.pdf?lang=ar")).AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");
        await (await (await As("jobcenter")).GetAsync($"/api/v1/consents/{id}/form.pdf")).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
        await (await (await As("cm2")).GetAsync($"/api/v1/consents/{id}/form.pdf")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");

        var browser = await app.BrowserClientAsync("cm1");
        var german = await (await browser.GetAsync($"/Einwilligungen/{id}/Formular")).Content.ReadAsStringAsync();
        Assert.Contains("dir=\"ltr\"", german);
        var text = Html.Text(german);
        Assert.Contains("Jobcenter Kreis Musterland", text);
        Assert.Contains("Leistungsbezug", text);
        Assert.Contains("Prüfung der Integrationskurs-Berechtigung", text);
        Assert.Contains("Unterschrift der Person", text);
        var arabic = await (await browser.GetAsync($"/Einwilligungen/{id}/Formular?sprache=ar")).Content.ReadAsStringAsync();
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", arabic);
    }

    [Fact]
    public async Task The_client_page_shows_consents_and_who_may_see_what_and_partners_get_the_shared_view()
    {
        var lastName = ClientRequests.UniqueName("Seite");
        var (clientId, jobcenter) = await ClientWithCaseAsync(lastName: lastName);
        await RecordAsync(await As("cm1"), clientId, Body(jobcenter, "IdentityContact", "Benefits"));

        var page = Html.Text(await (await (await app.BrowserClientAsync("cm1")).GetAsync($"/Personen/{clientId}")).Content.ReadAsStringAsync());
        Assert.Contains("Wer darf was sehen – und warum", page);
        Assert.Contains("noch keine aktive Verweisung", page);

        var partner = await app.BrowserClientAsync("jobcenter");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/Personen/{clientId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/Personen/{clientId}/Freigabe")).StatusCode);

        await ConsentSetup.SentReferralAsync(app, clientId, jobcenter, [DataCategory.IdentityContact]);
        using var redirect = await partner.GetAsync($"/Personen/{clientId}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/Personen/{clientId}/Freigabe", redirect.Headers.Location!.OriginalString);
        var shared = Html.Text(await (await partner.GetAsync($"/Personen/{clientId}/Freigabe")).Content.ReadAsStringAsync());
        Assert.Contains(lastName, shared);
        Assert.DoesNotContain("Leistungsbezug", shared); // consented, but not shared by the referral
        Assert.DoesNotContain("Wer darf was sehen", shared);

        // Consent pages are the case management's: the partner is sent to "Zugriff verweigert" (and that is audited).
        using var denied = await partner.GetAsync($"/Personen/{clientId}/Einwilligungen/Neu");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Zugriff-verweigert", denied.Headers.Location!.OriginalString);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Operation == AuditOperation.Denied && e.UserName == "jobcenter" && e.EntityId == clientId.ToString() && e.Purpose == "Verweigert (403)")));
    }

    [Fact]
    public async Task The_demo_data_shows_consents_in_every_state()
    {
        var ids = await app.WithDb(db => db.Clients.Where(c => c.FileNumber.StartsWith("DEMO-")).ToDictionaryAsync(c => c.GivenName, c => c.Id));
        var statuses = new Dictionary<string, string?>();
        foreach (var (name, id) in ids) statuses[name] = Assert.Single(await ListAsync(id)).GetProperty("statusName").GetString();
        Assert.Equal("gültig", statuses["Amal"]);
        Assert.Equal("widerrufen", statuses["Dawit"]);
        Assert.Equal("abgelaufen", statuses["Iryna"]);
        Assert.Equal("gültig", statuses["Reza"]);
        Assert.Single(Assert.Single(await ListAsync(ids["Dawit"])).GetProperty("transmittedBeforeRevocation").EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, (await (await As("jobcenter")).GetAsync($"/api/v1/clients/{ids["Amal"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await As("jobcenter")).GetAsync($"/api/v1/clients/{ids["Dawit"]}")).StatusCode);
        var reza = await (await (await As("abh")).GetAsync($"/api/v1/clients/{ids["Reza"]}")).ReadJsonAsync();
        Assert.Contains("IntegrationAchievements", reza.GetProperty("visibleCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, reza.GetProperty("benefits").ValueKind);
    }
}

public sealed class ConsentTests_Sqlite(SqliteApp app) : ConsentTests(app), IClassFixture<SqliteApp>;
public sealed class ConsentTests_Postgres(PostgresApp app) : ConsentTests(app), IClassFixture<PostgresApp>;
