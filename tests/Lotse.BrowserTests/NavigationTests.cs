using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

public sealed class NavigationTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Admin_sees_the_administration_links_in_the_main_navigation()
    {
        var start = await SignInAsync(DemoUser.Admin);

        await Expect(start.Header.NavigationLink("Benutzer")).ToBeVisibleAsync();
        Assert.Equal(
            ["Startseite", "Organisationen", "Regelwerke", "Kommunen", "Regionalbereiche", "Benutzer", "Sicherheit"],
            await start.Header.NavigationLinkNamesAsync());
        Diagnostics.AssertClean("admin start page");
    }

    [Fact]
    public async Task Case_manager_sees_no_administration_links()
    {
        var start = await SignInAsync(DemoUser.CaseManager1);

        await Expect(start.Header.NavigationLink("Benutzer")).ToHaveCountAsync(0);
        Assert.Equal(["Startseite", "Personen", "Organisationen", "Fallrekonstruktionen", "Arbeitsgruppen", "Angebote", "Import", "Export"], await start.Header.NavigationLinkNamesAsync());
        Diagnostics.AssertClean("case manager start page");
    }

    [Fact]
    public async Task Coordinator_sees_persons_and_caseload_figures()
    {
        var start = await SignInAsync(DemoUser.Coordinator);

        // Nine steering and network pages sit behind two hub links.
        Assert.Equal(["Startseite", "Personen", "Fallzahlen", "Organisationen", "Steuerung", "Regelwerke", "Netzwerk"], await start.Header.NavigationLinkNamesAsync());
        await Expect(start.Caseload).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Main).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Fallzahlen je Case Manager:in und Regionalbereich" })).ToBeVisibleAsync();
        Diagnostics.AssertClean("coordinator start page");
    }

    [Fact]
    public async Task Data_protection_officer_sees_the_access_log_but_no_administration()
    {
        var start = await SignInAsync(DemoUser.DataProtection);

        Assert.Equal(["Startseite", "Organisationen", "Datenschutz", "Zugriffsprotokoll"], await start.Header.NavigationLinkNamesAsync());
        Diagnostics.AssertClean("data protection officer start page");
    }

    [Fact]
    public async Task Case_manager_opening_the_organisation_form_gets_Keine_Berechtigung()
    {
        await SignInAsync(DemoUser.CaseManager1);

        var response = await Page.GotoAsync(OrganisationFormPage.NewPath);

        await new AccessDeniedPage(Page).ExpectShownAsync();
        Assert.Equal(403, response!.Status);
        await Expect(new OrganisationFormPage(Page).Name).ToHaveCountAsync(0);

        // Nor does the list offer to create one.
        var list = await new OrganisationsPage(Page).GotoAsync();
        await Expect(list.NewOrganisationLink).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Bearbeiten" })).ToHaveCountAsync(0);
        // The browser logs the page's own 403 status as an error; that status is intended.
        Diagnostics.AssertClean("access denied", except: "status of 403 (Forbidden)");
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        await Page.GotoAsync(OrganisationFormPage.NewPath);

        await LoginPage.ExpectShownAsync();
        await Expect(new SiteHeader(Page).MainNavigation).ToHaveCountAsync(0);
        Diagnostics.AssertClean("anonymous redirect");
    }
}
