using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Organisations;

/// <summary>The organisation pages in the browser: list, the administration's edit form, access denied.</summary>
public abstract class OrganisationsPageTests(LotseAppFactory app)
{
    private static Dictionary<string, string> Form(string name, string postalCode = "59999") => new()
    {
        ["Input.Name"] = name,
        ["Input.Type"] = "VolunteerInitiative",
        ["Input.LegalDomain"] = "None",
        ["Input.MunicipalityId"] = "",
        ["Input.Street"] = "Lindenallee 7",
        ["Input.PostalCode"] = postalCode,
        ["Input.City"] = "Nordfeld",
        ["Input.ContactEmail"] = "hallo@helfen.example",
        ["Input.ContactPhone"] = "",
        ["Input.IsActive"] = "true",
        ["Input.Version"] = "",
    };

    [Fact]
    public async Task The_administration_creates_an_organisation_through_the_form_and_finds_it_in_the_list()
    {
        using var admin = await app.BrowserClientAsync("admin");
        var name = "Nachbarschaftshilfe Nordfeld " + Guid.NewGuid().ToString("N")[..6];

        using var saved = await Html.PostFormAsync(admin, "/Organisationen/Bearbeiten", Form(name));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Organisationen", saved.Headers.Location!.OriginalString);

        using var list = await admin.GetAsync("/Organisationen");
        var text = await list.TextAsync();
        Assert.Contains($"Die Organisation „{name}“ wurde gespeichert.", text);
        Assert.Contains(name, text);
        var stored = await app.WithDb(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == name));
        Assert.Equal("Nordfeld", stored.City);
        Assert.Equal(Lotse.Web.Domain.OrganisationType.VolunteerInitiative, stored.Type);
    }

    [Fact]
    public async Task The_form_shows_German_errors_for_invalid_input_and_stores_nothing()
    {
        using var admin = await app.BrowserClientAsync("admin");
        var name = "Fehlerhaft " + Guid.NewGuid().ToString("N")[..6];

        using var response = await Html.PostFormAsync(admin, "/Organisationen/Bearbeiten", Form(name, postalCode: "123"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Die Postleitzahl besteht aus fünf Ziffern.", await response.TextAsync());
        Assert.False(await app.WithDb(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Fact]
    public async Task A_case_manager_sees_the_list_but_is_turned_away_from_the_edit_form()
    {
        using var caseManager = await app.BrowserClientAsync("cm1");
        using var list = await caseManager.GetAsync("/Organisationen");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var html = await list.Content.ReadAsStringAsync();
        Assert.Contains("Jobcenter Kreis Musterland", Html.Text(html));
        Assert.DoesNotContain("/Organisationen/Bearbeiten", html);

        using var edit = await caseManager.GetAsync("/Organisationen/Bearbeiten");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal("/Zugriff-verweigert", new Uri(LotseAppFactory.BaseAddress, edit.Headers.Location!).AbsolutePath);
        using var denied = await caseManager.GetAsync(edit.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Keine Berechtigung", await denied.TextAsync());
    }

    [Fact]
    public async Task A_case_manager_cannot_post_the_edit_form_either()
    {
        using var caseManager = await app.BrowserClientAsync("cm2");
        var name = "Unerlaubt " + Guid.NewGuid().ToString("N")[..6];
        // A valid antiforgery token from a page the case manager may see.
        using var response = await Html.PostFormAsync(caseManager, "/Organisationen/Bearbeiten", Form(name), formUrl: "/Organisationen");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Zugriff-verweigert", new Uri(LotseAppFactory.BaseAddress, response.Headers.Location!).AbsolutePath);
        Assert.False(await app.WithDb(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }
}

public sealed class OrganisationsPageTests_Sqlite(SqliteApp app) : OrganisationsPageTests(app), IClassFixture<SqliteApp>;
public sealed class OrganisationsPageTests_Postgres(PostgresApp app) : OrganisationsPageTests(app), IClassFixture<PostgresApp>;
