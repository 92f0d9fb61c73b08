using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>Angebotslandkarte, Versorgungslücken, Dienstleistungskette and Stellenplanung as their users see them, with axe-core.</summary>
public sealed class NetworkTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_case_manager_finds_a_language_course_for_a_tolerated_Farsi_speaker_and_opens_it()
    {
        await SignInAsync(DemoUser.CaseManager2);
        var search = await new OfferSearchPage(Page).GotoAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Angebotslandkarte", Output);

        await search.SearchAsync(lifeDomain: "Sprache", language: "Farsi", age: "34", status: "Duldung (§ 60a AufenthG)");
        await Expect(search.OfferLink("Sprachcafé und Deutschkurs für Anfänger")).ToBeVisibleAsync();
        await Expect(search.OfferLink("Integrationskurs mit Alphabetisierung")).ToHaveCountAsync(0);
        // The person's age and status are not in the address.
        Assert.DoesNotContain("34", Page.Url);
        await Axe.AssertNoSeriousViolationsAsync(Page, "Angebotslandkarte mit Ergebnis", Output);

        await search.OfferLink("Sprachcafé und Deutschkurs für Anfänger").ClickAsync();
        var details = new OfferDetailsPage(Page);
        await Expect(details.Heading("Sprachcafé und Deutschkurs für Anfänger")).ToBeVisibleAsync();
        await Expect(details.Facts).ToContainTextAsync("Caritasverband für den Kreis Musterland e.V.");
        await Expect(details.Facts).ToContainTextAsync("2 Wochen");
        // An offer of another organisation: no edit button for the AWO case manager.
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Angebot bearbeiten" })).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(Page, "Angebot", Output);
        Diagnostics.AssertClean("offer search");
    }

    [Fact]
    public async Task The_coordination_imports_newcomer_counts_and_sees_table_and_chart()
    {
        await SignInAsync(DemoUser.Coordinator);
        var planning = await new StaffPlanningPage(Page).GotoAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Stellenplanung", Output);

        await planning.ImportAsync("fehler.csv", "Kommune;Geduldete\r\nAtlantis;4\r\n"u8.ToArray(), "2");
        await Expect(planning.Errors).ToContainTextAsync("Zeile 2: Die Kommune „Atlantis“ ist nicht bekannt.");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Stellenplanung mit Fehlern", Output);

        await planning.ImportAsync("zahlen.csv", StaffPlanningPage.SampleCsv, "2.5");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("„zahlen.csv“");
        var sued = planning.Table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "Regionalbereich Süd" }) });
        await Expect(sued).ToContainTextAsync("0,4");
        await Expect(planning.Chart).ToBeVisibleAsync();
        await Expect(planning.Chart.Locator("desc")).ToContainTextAsync("Regionalbereich Mitte: zugeteilt 1,5 VZÄ");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Stellenplanung mit Ergebnis", Output);
        Diagnostics.AssertClean("staff planning");
    }

    [Fact]
    public async Task The_Lenkungsgruppe_sees_parallel_offers_and_gaps_and_the_coordination_the_chain()
    {
        await SignInAsync(DemoUser.Steering);
        await Page.GotoAsync("/Netzwerk/Versorgung");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Parallele Angebote", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Bedarfe (Personen) und Angebote je Kommune und Lebenslage" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Versorgungslücken", Output);
        Diagnostics.AssertClean("coverage");

        var (coordination, diagnostics) = await SignInElsewhereAsync(DemoUser.Coordinator);
        await coordination.GotoAsync("/Netzwerk/Ketten");
        await coordination.GetByRole(AriaRole.Link, new() { Name = "Integrationskurs für neu anerkannte Geflüchtete" }).ClickAsync();
        await Expect(coordination.GetByRole(AriaRole.Note)).ToContainTextAsync("Bruchstelle");
        await Axe.AssertNoSeriousViolationsAsync(coordination, "Dienstleistungskette", Output);
        diagnostics.AssertClean("service chain");
    }
}
