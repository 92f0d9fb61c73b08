using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Referrals.ReferralRequests;

namespace Lotse.IntegrationTests.Features.Referrals;

/// <summary>The referral pages: the new-referral form (consent coverage shown, refusals shown), the inbox, the lead-time pages.</summary>
public abstract class ReferralPageTests(LotseAppFactory app)
{
    [Fact]
    public async Task New_referral_form_shows_consent_coverage_and_creates_a_draft_that_cannot_be_sent_uncovered()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);
        var browser = await app.BrowserClientAsync("cm1");

        var form = await (await browser.GetAsync($"/Faelle/{@case.Id}/Verweisungen/Neu?an={jc}")).TextAsync();
        Assert.Contains("Personalien und Kontaktdaten (durch Einwilligung gedeckt)", form);
        Assert.Contains("Leistungsbezug (keine gültige Einwilligung)", form);

        var url = $"/Faelle/{@case.Id}/Verweisungen/Neu?an={jc}";
        using (var invalid = await Html.PostFormAsync(browser, url, new Dictionary<string, string> { ["an"] = jc.ToString(), ["Input.Service"] = "" }))
            Assert.Contains("Bitte geben Sie die Leistung oder das Angebot an.", await invalid.TextAsync());

        using var created = await Html.PostFormAsync(browser, url, new Dictionary<string, string>
        {
            ["an"] = jc.ToString(), ["Input.Service"] = "Seitentest-Beratung", ["Input.PlanStepId"] = stepId.ToString(),
            ["Input.SharedCategories"] = "Benefits", ["Input.Urgency"] = "Normal"
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/Verweisungen/", location);
        var id = Guid.Parse(location["/Verweisungen/".Length..]);

        var page = await (await browser.GetAsync(location)).Content.ReadAsStringAsync();
        var version = await app.WithDb(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        using var send = await Html.PostFormAsync(browser, $"{location}?handler=Senden", new Dictionary<string, string> { ["Version"] = version.ToString() }, location);
        var text = await send.TextAsync();
        Assert.Contains("keine gültige Einwilligung zugunsten der empfangenden Stelle", text);
        Assert.Contains("Leistungsbezug", text);
        Assert.Equal("Draft", (await app.WithDb(db => db.Referrals.SingleAsync(r => r.Id == id))).Status.ToString());
        Assert.Contains("Verweisung versenden", page);
    }

    [Theory]
    [InlineData("jobcenter", "/Verweisungen/Eingang", HttpStatusCode.OK)]
    [InlineData("abh", "/Verweisungen/Eingang", HttpStatusCode.OK)]
    [InlineData("cm1", "/Verweisungen/Eingang", HttpStatusCode.Forbidden)]
    [InlineData("koordination", "/Verweisungen/Durchlaufzeiten", HttpStatusCode.OK)]
    [InlineData("cm1", "/Verweisungen/Durchlaufzeiten", HttpStatusCode.Forbidden)]
    [InlineData("lenkung", "/Verweisungen/Durchlaufzeiten", HttpStatusCode.Forbidden)]
    [InlineData("lenkung", "/Organisationen", HttpStatusCode.OK)]
    public async Task Pages_by_role(string user, string url, HttpStatusCode expected)
    {
        using var response = await (await app.BrowserClientAsync(user)).GetAsync(url);
        if (expected == HttpStatusCode.Forbidden)
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Zugriff-verweigert"),
                $"{user} {url}: {(int)response.StatusCode} {response.Headers.Location}");
        else Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Lead_times_withhold_small_groups_from_everyone_but_the_coordination_office()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);
        var service = "Durchlauftest " + Guid.NewGuid().ToString("N")[..6];
        var body = new Dictionary<string, object?>(Body(@case.Id, jc, stepId, "IdentityContact")) { ["service"] = service };
        var draft = await CreateAsync(cm1, body);
        var sent = await OkAsync(cm1, draft.Id(), "send", draft.Version());
        await OkAsync(await app.SharedApiClientAsync("jobcenter"), draft.Id(), "accept", sent.Version());

        var forCoordinator = await (await (await app.SharedApiClientAsync("koordination")).GetAsync("/api/v1/referrals/lead-times")).ReadJsonAsync();
        var row = forCoordinator.EnumerateArray().Single(r => r.GetProperty("service").GetString() == service);
        Assert.Equal("1", row.GetProperty("referrals").GetString());
        Assert.Equal(0, row.GetProperty("sentToAccepted").GetProperty("median").GetDouble());

        var forSteering = await (await (await app.SharedApiClientAsync("lenkung")).GetAsync("/api/v1/referrals/lead-times")).ReadJsonAsync();
        var masked = forSteering.EnumerateArray().Single(r => r.GetProperty("service").GetString() == service);
        Assert.Equal("< 5", masked.GetProperty("referrals").GetString());
        Assert.True(masked.GetProperty("withheld").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, masked.GetProperty("sentToAccepted").ValueKind);

        var orgPage = await (await (await app.BrowserClientAsync("lenkung")).GetAsync("/Organisationen")).TextAsync();
        Assert.Contains("Durchlaufzeiten der Verweisungen", orgPage);
        Assert.Contains($"{service} < 5 bei weniger als 5 Verweisungen nicht ausgewiesen", orgPage);
        var overview = await (await (await app.BrowserClientAsync("koordination")).GetAsync("/Verweisungen/Durchlaufzeiten")).TextAsync();
        Assert.Contains($"{service} 1 0 Tage / 0 Tage (n = 1)", overview);
    }
}

public sealed class ReferralPageTests_Sqlite(SqliteApp app) : ReferralPageTests(app), IClassFixture<SqliteApp>;
public sealed class ReferralPageTests_Postgres(PostgresApp app) : ReferralPageTests(app), IClassFixture<PostgresApp>;
