using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>The rules on screen: the case panel "Zuständigkeiten &amp; Perspektiven" and the start page's reminders (demo clients of cm1).</summary>
public sealed class RulesTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Case_manager_sees_responsibilities_and_perspectives_with_sources_on_the_case_page()
    {
        var start = await SignInAsync(DemoUser.CaseManager1);

        // The start page lists the demo client whose residence permit runs out in 30 days (the refresh runs in the background).
        var reminders = new StartPageFindings(Page);
        for (var attempt = 0; attempt < 20 && !(await reminders.Region.TextContentAsync() ?? "").Contains("Haddad, Karim"); attempt++)
        {
            await Task.Delay(500);
            await start.GotoAsync();
        }
        // The permit's expiry is flagged once, in the caseload row; the rules panel does not repeat that reminder.
        await Expect(start.Caseload.GetByRole(AriaRole.Row).Filter(new() { HasText = "Haddad, Karim" })).ToContainTextAsync("Aufenthaltsdokument läuft am");
        await Expect(reminders.Region).Not.ToContainTextAsync("Aufenthaltsdokument läuft am");
        await Expect(reminders.Region).ToContainTextAsync("Haddad, Karim");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Startseite mit Hinweisen aus den Regelwerken", Output);

        await reminders.Region.GetByRole(AriaRole.Link, new() { Name = "Haddad, Karim" }).First.ClickAsync();
        var @case = new CasePage(Page);
        await @case.ExpectShownAsync();

        var panel = new FindingsPanel(Page);
        await Expect(panel.Region).ToBeVisibleAsync();
        await Expect(panel.Disclaimer).ToContainTextAsync("keine rechtliche Entscheidung");
        await Expect(panel.Finding("Jobcenter (SGB II): eigenes Fallmanagement – verweisen, nicht doppelt begleiten")).ToContainTextAsync("Erfüllt:");
        await Expect(panel.Finding("Aufenthaltsdokument läuft ab: Verlängerung rechtzeitig beantragen")).ToContainTextAsync("Achtung:");
        await Expect(panel.SourceLink("§ 14, § 16 SGB II")).ToHaveAttributeAsync("href", "https://www.gesetze-im-internet.de/sgb_2/__14.html");
        // The Kreis's own agreement from the demo configuration's local rule set.
        await Expect(panel.Region).ToContainTextAsync("innerhalb von 10 Arbeitstagen");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall mit Zuständigkeiten & Perspektiven", Output);

        // Missing data is recorded in the form behind the panel; the answer becomes definite.
        await panel.Region.GetByRole(AriaRole.Link, new() { Name = "Angaben für die Perspektivprüfung ergänzen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Angaben für die Perspektivprüfung");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Angaben für die Perspektivprüfung", Output);
        await Page.GetByLabel("Sprachniveau Deutsch (GER)").SelectOptionAsync("A2");
        await Page.GetByLabel("Lebensunterhalt (überwiegend) gesichert").SelectOptionAsync(new SelectOptionValue { Label = "ja" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Angaben speichern" }).ClickAsync();
        await @case.ExpectSavedAsync("Die Angaben für die Perspektivprüfung wurden gespeichert.");
        await Expect(panel.Finding("Integrationskurs: Verpflichtung und Berechtigungsschein durch das Jobcenter")).ToContainTextAsync("Erfüllt:");
    }
}
