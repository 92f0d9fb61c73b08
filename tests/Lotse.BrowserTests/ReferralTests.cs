using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>
/// Verweisberatung end to end: the case manager sends a referral under a consent, the Jobcenter accepts and reports a
/// result, the case manager sees it on the start page and in the case; a revocation cuts the Jobcenter's view at once.
/// The case is brought to "Linking" through the API (the case pages have their own browser tests); the consent is
/// recorded and revoked on the client page, and everything about the referral happens in the browser.
/// </summary>
public sealed class ReferralTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static string Today => DateTime.Today.ToString("yyyy-MM-dd");
    private const string Jobcenter = "Jobcenter Kreis Musterland";

    [Fact]
    public async Task Case_manager_sends_a_referral_the_Jobcenter_reports_a_result_and_the_case_manager_sees_it()
    {
        var name = "Tesfay" + Guid.NewGuid().ToString("N")[..5];
        var api = await Api.SignInAsync(Fixture.App.BaseUrl, "cm1");
        var (clientId, caseId) = await api.CaseInLinkingAsync("Selam", name, "Sprachkursplatz finden");

        // The case manager records the consent on the client page.
        await SignInAsync(DemoUser.CaseManager1);
        await Page.GotoAsync($"/Personen/{clientId}");
        var consent = await new ConsentPanel(Page).StartRecordingAsync();
        await consent.Recipient(Jobcenter).CheckAsync();
        await consent.Category("Personalien und Kontaktdaten").CheckAsync();
        await consent.Category("Inhalt der Verweisung").CheckAsync();
        await consent.Purpose.FillAsync("Beratung zur Arbeitsaufnahme beim Jobcenter");
        await consent.SaveButton.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Einwilligung wurde erfasst.");

        await Page.GotoAsync($"/Faelle/{caseId}");
        var referral = new ReferralPage(Page);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Verweisungen", Level = 2 })).ToBeVisibleAsync();
        await referral.CreateFromCaseAsync(Jobcenter, "Beratung zur Arbeitsaufnahme", "Ziel 1: Sprachkursplatz finden – Beim Jobcenter vorsprechen",
            "Personalien und Kontaktdaten", "Inhalt der Verweisung");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Verweisung (Entwurf)", Output);
        await referral.Button("Verweisung versenden").ClickAsync();
        await referral.ExpectSavedAsync("Die Verweisung wurde versendet.");
        await Expect(referral.Heading).ToContainTextAsync("Versendet");

        // The Jobcenter finds it in its inbox and sees the shared data.
        var (jc, jcDiagnostics) = await SignInElsewhereAsync(DemoUser.Jobcenter);
        var inbox = new ReferralPage(jc);
        await jc.GotoAsync("/Verweisungen/Eingang");
        await Expect(jc.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Beratung zur Arbeitsaufnahme");
        await Axe.AssertNoSeriousViolationsAsync(jc, "Eingang Verweisungen", Output);
        await jc.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(inbox.PersonSection).ToContainTextAsync($"{name}, Selam");
        await Expect(jc.GetByText("Bitte um einen zeitnahen Beratungstermin.")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(jc, "Verweisung (empfangende Stelle)", Output);
        await jc.GetByLabel("Ihr Aktenzeichen (optional)").FillAsync("JC-123-456");
        await inbox.Button("Verweisung annehmen").ClickAsync();
        await inbox.ExpectSavedAsync("Die Verweisung wurde angenommen.");
        await jc.GetByLabel("Ersttermin am").FillAsync(Today);
        await inbox.Button("Ersttermin speichern").ClickAsync();
        await inbox.ExpectSavedAsync("Der Ersttermin wurde gespeichert.");
        var result = $"Beratungstermin am {DateTime.Today:dd.MM.yyyy} wahrgenommen, Vermittlungsvorschlag erstellt";
        await jc.GetByLabel("Ergebnis").FillAsync(result);
        await inbox.Button("Mit Ergebnis abschließen").ClickAsync();
        await inbox.ExpectSavedAsync("Die Verweisung wurde mit Ergebnis abgeschlossen. Das Case Management wird benachrichtigt.");
        await Expect(inbox.LeadTimes).ToContainTextAsync("0 Tage");

        // Back at the case manager: the start page says so, the case shows it, opening it marks it seen.
        var start = await new StartPage(Page).GotoAsync();
        var notice = Page.GetByRole(AriaRole.Region, new() { Name = "Neue Rückmeldungen zu Verweisungen" });
        await Expect(notice).ToContainTextAsync($"Beratung zur Arbeitsaufnahme – {name}, Selam");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Startseite mit Rückmeldung", Output);
        await Page.GotoAsync($"/Faelle/{caseId}");
        var referrals = Page.GetByRole(AriaRole.Table).Filter(new() { Has = Page.Locator("caption#verweisungen-caption") });
        var row = referrals.GetByRole(AriaRole.Row).Filter(new() { HasText = "Beratung zur Arbeitsaufnahme" });
        await Expect(row).ToContainTextAsync("Abgeschlossen");
        await Expect(row).ToContainTextAsync("neue Rückmeldung");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Schritte zu Ziel 1" })).ToContainTextAsync($"erledigt am {DateTime.Today:dd.MM.yyyy}");
        await row.GetByRole(AriaRole.Link, new() { Name = "Beratung zur Arbeitsaufnahme" }).ClickAsync();
        await Expect(Page.GetByText(result)).ToBeVisibleAsync();
        await start.GotoAsync();
        await Expect(notice.Filter(new() { HasText = name })).ToHaveCountAsync(0);

        Diagnostics.AssertClean("referral (case manager)");
        jcDiagnostics.AssertClean("referral (Jobcenter)");
    }

    [Fact]
    public async Task Revocation_cuts_the_Jobcenters_view_at_once()
    {
        var name = "Haile" + Guid.NewGuid().ToString("N")[..5];
        var api = await Api.SignInAsync(Fixture.App.BaseUrl, "cm1");
        var (clientId, caseId) = await api.CaseInLinkingAsync("Abeba", name, "Arbeit finden");
        await api.ConsentAsync(clientId, await api.OrganisationAsync(Jobcenter), "IdentityContact", "ReferralContent");
        var referralId = await api.SentReferralAsync(caseId, await api.OrganisationAsync(Jobcenter), "IdentityContact", "ReferralContent");

        var start = await SignInAsync(DemoUser.Jobcenter);
        await Page.GotoAsync($"/Verweisungen/{referralId}");
        var referral = new ReferralPage(Page);
        await Expect(referral.PersonSection).ToContainTextAsync($"{name}, Abeba");

        // The case manager records the revocation on the client page; it takes effect at once.
        var (cm, cmDiagnostics) = await SignInElsewhereAsync(DemoUser.CaseManager1);
        await cm.GotoAsync($"/Personen/{clientId}");
        await new ConsentPanel(cm).RevokeLink.ClickAsync();
        var revoke = new ConsentRevokePage(cm);
        await revoke.Note.FillAsync("Widerruf telefonisch erklärt");
        await revoke.SaveButton.ClickAsync();
        await Expect(cm.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Widerruf wurde erfasst");
        cmDiagnostics.AssertClean("revocation (case manager)");

        await Page.ReloadAsync();
        await Expect(referral.PersonSection).ToContainTextAsync("Einwilligung widerrufen – keine Daten mehr sichtbar");
        await Expect(referral.PersonSection).Not.ToContainTextAsync(name);
        await Expect(Page.GetByText("Bitte um Beratung.")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(Page, "Verweisung nach Widerruf", Output);
        await Page.GotoAsync("/Verweisungen/Eingang");
        await Expect(Page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(name);
        Diagnostics.AssertClean("revocation");
        _ = start;
    }

    /// <summary>The API as cm1 uses it, for what the test needs before the referral.</summary>
    private sealed class Api(HttpClient http)
    {
        public static async Task<Api> SignInAsync(Uri baseUrl, string user)
        {
            var http = new HttpClient { BaseAddress = baseUrl };
            var token = await Json(await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DemoUser.Password }));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
            return new Api(http);
        }

        private static async Task<JsonElement> Json(HttpResponseMessage response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }

        private async Task<JsonElement> PostAsync(string url, object body) => await Json(await http.PostAsJsonAsync(url, body));

        public async Task<Guid> OrganisationAsync(string name)
        {
            var list = await Json(await http.GetAsync("/api/v1/organisations"));
            var items = list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items");
            return items.EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        }

        public async Task<(Guid ClientId, Guid CaseId)> CaseInLinkingAsync(string firstName, string lastName, string goal)
        {
            var clientId = (await PostAsync("/api/v1/clients", new { firstName, lastName, birthDate = "1991-04-12", nationalities = new[] { "ERI" } })).GetProperty("id").GetGuid();
            var @case = await PostAsync($"/api/v1/clients/{clientId}/cases", new { });
            var id = @case.GetProperty("id").GetGuid();
            var v = @case.GetProperty("version").GetInt32();
            async Task<JsonElement> Step(string action, object body)
            {
                var dict = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body))!;
                dict["version"] = v;
                var file = await PostAsync($"/api/v1/cases/{id}/{action}", dict);
                v = file.GetProperty("version").GetInt32();
                return file;
            }
            await Step("intake", new { firstContactOn = Today, route = "Self", firstConcerns = goal, decision = "CaseManagementIndicated" });
            await Step("assessments", new { assessedOn = Today, ratings = new[] { new { domain = "WorkTraining", rating = 4 } } });
            await Step("transitions", new { to = "Planning" });
            var file = await Step("goals", new { domain = "WorkTraining", description = goal });
            var goalId = file.GetProperty("goals")[0].GetProperty("id").GetGuid();
            await Step($"goals/{goalId}/steps", new { description = "Beim Jobcenter vorsprechen", responsible = "Organisation", responsibleOrganisationId = await OrganisationAsync(Jobcenter) });
            await Step("plan-agreement", new { agreedOn = Today });
            return (clientId, id);
        }

        public async Task<Guid> ConsentAsync(Guid clientId, Guid organisationId, params string[] categories) =>
            (await PostAsync($"/api/v1/clients/{clientId}/consents", new
            {
                recipientOrganisationIds = new[] { organisationId }, categories, purpose = "Verweisung an das Jobcenter",
                givenOn = Today, form = "SignedPaper"
            })).GetProperty("id").GetGuid();

        public async Task<Guid> SentReferralAsync(Guid caseId, Guid to, params string[] categories)
        {
            var draft = await PostAsync("/api/v1/referrals", new { caseId, toOrganisationId = to, service = "Beratung zur Arbeitsaufnahme", sharedCategories = categories, message = "Bitte um Beratung." });
            var id = draft.GetProperty("id").GetGuid();
            await PostAsync($"/api/v1/referrals/{id}/send", new { version = draft.GetProperty("version").GetInt32() });
            return id;
        }
    }
}
