using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Network;

/// <summary>The network pages as forms: search, maintaining offers, chains and agreements, and who is turned away.</summary>
public abstract class NetworkPageTests(LotseAppFactory app)
{
    private Task<Guid> OrganisationAsync(string prefix) => app.WithDb(db => db.Organisations.Where(o => o.Name.StartsWith(prefix)).Select(o => o.Id).FirstAsync());
    private Task<Guid> MunicipalityAsync(string name) => app.WithDb(db => db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task The_search_page_filters_by_POST()
    {
        var browser = await app.BrowserClientAsync("cm1");
        var all = await (await browser.GetAsync("/Netzwerk/Angebote")).TextAsync();
        Assert.Contains("Wohnungssuche und Mietberatung", all);
        using var response = await Html.PostFormAsync(browser, "/Netzwerk/Angebote", new Dictionary<string, string>
        {
            ["Search.LifeDomain"] = "Health", ["Search.Age"] = "40", ["Search.After"] = ""
        });
        var text = await response.TextAsync();
        Assert.Contains("Sprechstunde Gesundheit für Geflüchtete", text);
        Assert.DoesNotContain("Wohnungssuche und Mietberatung", text);
    }

    [Fact]
    public async Task A_case_manager_creates_an_offer_of_their_organisation_through_the_form()
    {
        var browser = await app.BrowserClientAsync("cm1");
        var title = "Hausaufgabenhilfe " + Guid.NewGuid().ToString("N")[..6];
        using var response = await Html.PostFormAsync(browser, "/Netzwerk/Angebote/Bearbeiten", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = (await OrganisationAsync("Caritas")).ToString(),
            ["Input.Title"] = title,
            ["Input.LifeDomain"] = "EducationSchool",
            ["Input.MinAge"] = "6",
            ["Input.MaxAge"] = "16",
            ["Input.MunicipalityIds"] = (await MunicipalityAsync("Kirchlinde")).ToString(),
            ["LanguagesText"] = "Deutsch, arabisch",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await (await browser.GetAsync(response.Headers.Location!)).TextAsync();
        Assert.Contains(title, details);
        Assert.Contains("6–16 Jahre", details);
        Assert.Contains("Deutsch, Arabisch", details);
        Assert.Contains("Angebot bearbeiten", details);
    }

    [Fact]
    public async Task The_offer_form_shows_German_errors_and_unreadable_numbers()
    {
        var browser = await app.BrowserClientAsync("cm1");
        using var response = await Html.PostFormAsync(browser, "/Netzwerk/Angebote/Bearbeiten", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.LifeDomain"] = "Housing", ["Input.Capacity"] = "viele",
        });
        var text = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dieser Wert konnte nicht gelesen werden.", text);

        using var second = await Html.PostFormAsync(browser, "/Netzwerk/Angebote/Bearbeiten", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.LifeDomain"] = "Housing",
        });
        Assert.Contains("Bitte geben Sie den Titel des Angebots an.", await second.TextAsync());
    }

    [Fact]
    public async Task A_case_manager_cannot_open_the_form_of_another_organisations_offer()
    {
        var vhsOffer = await app.WithDb(db => db.Offers.Where(o => o.Title == "Integrationskurs mit Alphabetisierung").Select(o => o.Id).SingleAsync());
        var browser = await app.BrowserClientAsync("cm2");
        using var response = await browser.GetAsync($"/Netzwerk/Angebote/Bearbeiten/{vhsOffer}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Zugriff-verweigert", new Uri(LotseAppFactory.BaseAddress, response.Headers.Location!).AbsolutePath);
        Assert.DoesNotContain("Angebot bearbeiten", await (await browser.GetAsync($"/Netzwerk/Angebote/{vhsOffer}")).TextAsync());
    }

    [Fact]
    public async Task The_coordination_creates_a_chain_with_the_filled_rows_only()
    {
        var browser = await app.BrowserClientAsync("koordination");
        var name = "Kette per Formular " + Guid.NewGuid().ToString("N")[..6];
        using var response = await Html.PostFormAsync(browser, "/Netzwerk/Ketten/Bearbeiten", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Steps[0].Title"] = "Erstberatung", ["Input.Steps[0].ResponsibleOrganisationId"] = (await OrganisationAsync("Migrationsberatung")).ToString(),
            ["Input.Steps[0].TargetDuration"] = "5", ["Input.Steps[0].TargetUnit"] = "WorkingDays",
            // A browser sends the empty rows too.
            ["Input.Steps[1].Title"] = "", ["Input.Steps[1].ResponsibleOrganisationId"] = "", ["Input.Steps[1].TargetDuration"] = "",
            ["Input.Steps[2].Title"] = "Anerkennungsantrag", ["Input.Steps[2].ResponsibleOrganisationId"] = (await OrganisationAsync("Jobcenter")).ToString(),
            ["Input.Steps[2].TargetDuration"] = "30", ["Input.Steps[2].TargetUnit"] = "CalendarDays",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var steps = await app.WithDb(db => db.ServiceChains.Where(c => c.Name == name).SelectMany(c => c.Steps).OrderBy(s => s.Position).Select(s => s.Title).ToListAsync());
        Assert.Equal(["Erstberatung", "Anerkennungsantrag"], steps);

        // A half-filled row is reported next to its own row (the third on the form).
        using var invalid = await Html.PostFormAsync(browser, "/Netzwerk/Ketten/Bearbeiten", new Dictionary<string, string>
        {
            ["Input.Name"] = name + " 2",
            ["Input.Steps[0].Title"] = "Erstberatung", ["Input.Steps[0].ResponsibleOrganisationId"] = (await OrganisationAsync("Migrationsberatung")).ToString(),
            ["Input.Steps[0].TargetDuration"] = "5",
            ["Input.Steps[1].Title"] = "", ["Input.Steps[1].TargetDuration"] = "",
            ["Input.Steps[2].Title"] = "Ohne Organisation", ["Input.Steps[2].TargetDuration"] = "3",
        });
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Bitte wählen Sie die verantwortliche Organisation.", Html.Text(html));
        Assert.Contains("data-valmsg-for=\"Input.Steps[2].ResponsibleOrganisationId\"", html);
    }

    [Fact]
    public async Task The_agreement_form_needs_two_parties()
    {
        var browser = await app.BrowserClientAsync("koordination");
        using var response = await Html.PostFormAsync(browser, "/Netzwerk/Vereinbarungen/Bearbeiten", new Dictionary<string, string>
        {
            ["Input.Subject"] = "Allein", ["Input.PartyIds"] = (await OrganisationAsync("AWO")).ToString(), ["Input.ValidFrom"] = "2026-01-01",
        });
        Assert.Contains("Eine Kooperationsvereinbarung hat mindestens zwei Vertragsparteien.", await response.TextAsync());
        Assert.False(await app.WithDb(db => db.Agreements.AnyAsync(a => a.Subject == "Allein")));
    }

    [Theory]
    [InlineData("cm1", "/Netzwerk/Vereinbarungen")]
    [InlineData("cm1", "/Netzwerk/Ketten/Bearbeiten")]
    [InlineData("cm1", "/Stellenplanung")]
    [InlineData("cm1", "/Netzwerk/Versorgung")]
    [InlineData("jobcenter", "/Netzwerk/Vereinbarungen/Bearbeiten")]
    [InlineData("datenschutz", "/Netzwerk/Angebote")]
    public async Task Pages_outside_the_role_are_refused(string user, string url)
    {
        var browser = await app.BrowserClientAsync(user);
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Zugriff-verweigert", new Uri(LotseAppFactory.BaseAddress, response.Headers.Location!).AbsolutePath);
    }
}

public sealed class NetworkPageTests_Sqlite(SqliteApp app) : NetworkPageTests(app), IClassFixture<SqliteApp>;
public sealed class NetworkPageTests_Postgres(PostgresApp app) : NetworkPageTests(app), IClassFixture<PostgresApp>;
