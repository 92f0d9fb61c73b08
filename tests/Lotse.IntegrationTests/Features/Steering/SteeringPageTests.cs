using System.Net;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Steering;

/// <summary>The steering pages: who sees which page, the obstacle form with its confirmation step, the start-page list of overdue measures.</summary>
public abstract class SteeringPageTests(LotseAppFactory app)
{
    private async Task<HttpClient> Browser(string user) => await app.BrowserClientAsync(user);

    [Fact]
    public async Task Each_role_sees_the_steering_pages_it_may_and_no_others()
    {
        var (group, topic, meeting, decision) = await app.WithDb(async db => (
            await db.WorkingGroups.Where(g => g.Name == "AG Sprache und Arbeit").Select(g => g.Id).SingleAsync(),
            await db.Topics.Select(t => t.Id).FirstAsync(),
            await db.SteeringMeetings.Select(m => m.Id).FirstAsync(),
            await db.Decisions.Select(d => d.Id).FirstAsync()));
        var pages = new (string Url, string[] Allowed)[]
        {
            ("/Steuerung/Hemmnisse", ["koordination", "lenkung", "cm1"]),
            ("/Steuerung/Themen", ["koordination", "cm1"]),
            ($"/Steuerung/Themen/{topic}", ["koordination", "cm1"]),
            ($"/Steuerung/Arbeitsgruppen/{group}", ["koordination", "cm1"]),
            ("/Steuerung/Lenkungsgruppe", ["koordination", "lenkung"]),
            ($"/Steuerung/Lenkungsgruppe/Sitzungen/{meeting}", ["koordination", "lenkung"]),
            ($"/Steuerung/Lenkungsgruppe/Sitzungen/{meeting}/Druck?art=protokoll", ["koordination"]),
            ($"/Steuerung/Beschluesse/{decision}", ["koordination", "lenkung"]),
        };
        var failures = new List<string>();
        foreach (var user in new[] { "koordination", "lenkung", "cm1", "cm2", "abh" })
        {
            var client = await Browser(user);
            foreach (var (url, allowed) in pages)
            {
                using var response = await client.GetAsync(url);
                var ok = response.StatusCode == HttpStatusCode.OK;
                var denied = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                             || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("Zugriff", StringComparison.OrdinalIgnoreCase));
                if (allowed.Contains(user) ? !ok : !denied) failures.Add($"{user} {url}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_steering_group_sees_small_cells_as_less_than_five_and_the_coordinator_the_numbers()
    {
        var lenkung = await (await (await Browser("lenkung")).GetAsync("/Steuerung/Hemmnisse")).TextAsync();
        Assert.Contains("< 5", lenkung);
        Assert.DoesNotContain("Bescheid nur auf Deutsch", lenkung); // a demo obstacle's description
        var koordination = await (await (await Browser("koordination")).GetAsync("/Steuerung/Hemmnisse")).TextAsync();
        Assert.Contains("Bescheid nur auf Deutsch", koordination);
    }

    [Fact]
    public async Task The_obstacle_form_asks_for_confirmation_when_the_text_holds_a_name_then_saves_it()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var lastName = ClientRequests.UniqueName("Formular");
        var (_, @case) = await CaseRequests.NewAsync(cm1, lastName);
        var browser = await Browser("cm1");
        var url = $"/Faelle/{@case.Id}/Hemmnis";
        var fields = new Dictionary<string, string>
        {
            ["Input.Category"] = "LanguageBarrier", ["Input.LegalDomain"] = "AufenthG", ["Input.LifeDomain"] = "Residence",
            ["Input.Description"] = $"Herr {lastName} bekam keinen Dolmetscher"
        };
        using var first = await Html.PostFormAsync(browser, url, fields);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var text = await first.TextAsync();
        Assert.Contains("möglicherweise einen Namen", text);
        Assert.Contains("Ich habe den Text geprüft", text);
        Assert.Equal(0, await app.WithDb(db => db.Obstacles.CountAsync(o => o.CaseId == @case.Id)));

        using var confirmed = await Html.PostFormAsync(browser, url, new Dictionary<string, string>(fields) { ["Input.ConfirmNoPersonalData"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var casePage = await (await browser.GetAsync($"/Faelle/{@case.Id}")).TextAsync();
        Assert.Contains("Hemmnisse und Versorgungslücken", casePage);
        Assert.Contains("bekam keinen Dolmetscher", casePage);

        // Another organisation's case manager cannot even open the form.
        Assert.Equal(HttpStatusCode.NotFound, (await (await Browser("cm2")).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Overdue_measures_are_on_the_coordinators_start_page_only()
    {
        var home = await (await (await Browser("koordination")).GetAsync("/")).TextAsync();
        Assert.Contains("Überfällige Maßnahmen der Lenkungsgruppe", home);
        Assert.Contains("Ansprechperson im Jobcenter benennen", home); // demo: due three days ago
        Assert.DoesNotContain("Ablauf Verpflichtung Integrationskurs überarbeiten", home); // demo: due in 60 days
        Assert.DoesNotContain("Überfällige Maßnahmen", await (await (await Browser("cm1")).GetAsync("/")).TextAsync());
    }
}

public sealed class SteeringPageTests_Sqlite(SqliteApp app) : SteeringPageTests(app), IClassFixture<SqliteApp>;
public sealed class SteeringPageTests_Postgres(PostgresApp app) : SteeringPageTests(app), IClassFixture<PostgresApp>;
