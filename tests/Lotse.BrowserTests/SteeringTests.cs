using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>From the single case to the system: obstacle in a case → topic → working group → Lenkungsgruppe decision → measure done.</summary>
public sealed class SteeringTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    [Fact]
    public async Task An_obstacle_in_a_case_becomes_a_topic_a_working_group_proposal_a_decision_and_a_measure_that_gets_done()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        // One word, so no part of the name turns up in the other texts (the warning compares whole words).
        var lastName = "Hemmnisfall" + new string(suffix.Select(c => char.IsDigit(c) ? (char)('k' + c - '0') : c).ToArray());
        var obstacleText = $"Verpflichtung zum Integrationskurs kam erst nach zehn Wochen (Vorgang {suffix})";
        var topicTitle = $"Wartezeit Integrationskurs {suffix}";
        var proposalTitle = $"Feste Frist für die Verpflichtung {suffix}";
        var decisionTitle = $"Zehn Arbeitstage für die Verpflichtung {suffix}";
        var measureTitle = $"Ablauf im Jobcenter anpassen {suffix}";

        // 1. The case manager records the obstacle in her case; a name in the text asks for confirmation first.
        await SignInAsync(DemoUser.CaseManager1);
        var (_, @case) = await Steps.RegisterWithCaseAsync(Page, "Hanna", lastName, "1988");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hemmnis erfassen" }).ClickAsync();
        var s = new SteeringPages(Page);
        await s.ExpectHeadingAsync("Hemmnis erfassen");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Hemmnis erfassen", Output);
        await s.FillObstacleAsync("Wartezeit", "Jobcenter Kreis Musterland", "Sprache", $"Frau {lastName} wartet auf die Verpflichtung");
        await s.Button("Hemmnis speichern").ClickAsync();
        await Expect(s.ErrorSummary).ToContainTextAsync("möglicherweise einen Namen");
        await Expect(s.Field("Ich habe den Text geprüft: Er enthält keine Angaben zur Person.")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Hemmnis erfassen (Hinweis auf Namen)", Output);
        await s.Field("Kurze Beschreibung (ohne Namen und Daten)").FillAsync(obstacleText);
        await s.Button("Hemmnis speichern").ClickAsync();
        await @case.ExpectSavedAsync("Das Hemmnis wurde erfasst.");
        var obstacles = Page.GetByRole(AriaRole.Table).Filter(new() { HasText = obstacleText });
        await Expect(obstacles).ToContainTextAsync("Wartezeit");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall mit Hemmnis", Output);

        // 2. The Koordinierende Stelle groups it into a topic and hands the topic to the working group.
        var (coordinator, coordinatorDiagnostics) = await SignInElsewhereAsync(DemoUser.Coordinator);
        var k = new SteeringPages(coordinator);
        // Its navigation gathers the steering pages on the hub page "Steuerung".
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Steuerung" }).ClickAsync();
        await k.ExpectHeadingAsync("Steuerung");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Steuerung (Übersicht)", Output);
        await coordinator.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Hemmnisse" }).ClickAsync();
        await k.ExpectHeadingAsync("Hemmnisse und Versorgungslücken");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Hemmnisse (Koordinierende Stelle)", Output);
        await coordinator.GetByRole(AriaRole.Checkbox, new() { Name = $"Wartezeit: {obstacleText}" }).CheckAsync();
        await k.Field("Titel des neuen Themas").FillAsync(topicTitle);
        await k.Button("Zum Thema zusammenfassen").ClickAsync();
        await k.ExpectHeadingAsync($"Thema: {topicTitle}");
        await k.ExpectSavedAsync("Das Thema wurde angelegt.");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Thema", Output);
        await k.SelectAsync("Arbeitsgruppe", "AG Sprache und Arbeit");
        await k.Button("Übergeben").ClickAsync();
        await k.ExpectSavedAsync("Das Thema wurde der Arbeitsgruppe übergeben.");

        // 3. The case manager, a member of the working group, writes a Vorlage on the topic and submits it.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Arbeitsgruppen" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Arbeitsgruppen", Output);
        await s.Link("AG Sprache und Arbeit").ClickAsync();
        await s.ExpectHeadingAsync("AG Sprache und Arbeit");
        await Expect(s.Link(topicTitle)).ToBeVisibleAsync();
        await Page.GetByText("Vorlage entwerfen", new() { Exact = true }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Arbeitsgruppe", Output);
        await s.Field("Titel").FillAsync(proposalTitle);
        await s.Field("Vorschlag an die Lenkungsgruppe").FillAsync("Die Lenkungsgruppe empfiehlt eine Frist von zehn Arbeitstagen.");
        await s.SelectAsync("Zum Thema", topicTitle);
        await s.Button("Vorlage speichern").ClickAsync();
        await s.ExpectSavedAsync("Die Vorlage wurde gespeichert.");
        await s.Button($"„{proposalTitle}“ bei der Lenkungsgruppe einreichen").ClickAsync();
        await s.ExpectSavedAsync("Die Vorlage wurde bei der Lenkungsgruppe eingereicht.");

        // 4. The Koordinierende Stelle puts it on a meeting's agenda, records the decision and a measure (already overdue).
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Steuerung" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Lenkungsgruppe" }).ClickAsync();
        await k.ExpectHeadingAsync("Lenkungsgruppe");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Lenkungsgruppe", Output);
        await k.Field("Ort").FillAsync($"Kreishaus {suffix}");
        await k.Button("Sitzung anlegen").ClickAsync();
        await k.ExpectSavedAsync("Die Sitzung wurde angelegt.");
        await k.SelectAsync("Vorlage einer Arbeitsgruppe", $"{proposalTitle} (AG AG Sprache und Arbeit)");
        await k.Button("Tagesordnungspunkt hinzufügen").ClickAsync();
        await k.ExpectSavedAsync("Der Tagesordnungspunkt wurde hinzugefügt.");
        await Expect(coordinator.GetByRole(AriaRole.Listitem).Filter(new() { HasText = proposalTitle })).ToContainTextAsync("Vorlage der Arbeitsgruppe „AG Sprache und Arbeit“");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Sitzung der Lenkungsgruppe", Output);
        await k.Field("Titel").FillAsync(decisionTitle);
        await k.Field("Wortlaut").FillAsync("Die Lenkungsgruppe empfiehlt dem Jobcenter, die Verpflichtung binnen zehn Arbeitstagen auszustellen.");
        await k.Button("Beschluss erfassen").ClickAsync();
        await k.ExpectHeadingAsync($"Beschluss 1: {decisionTitle}");
        await k.Field("Maßnahme").FillAsync(measureTitle);
        await k.SelectAsync("Verantwortliche Organisation", "Jobcenter Kreis Musterland");
        await k.Field("Frist").FillAsync(Iso(DateOnly.FromDateTime(DateTime.Today).AddDays(-1)));
        await k.Button("Maßnahme anlegen").ClickAsync();
        await k.ExpectSavedAsync("Die Maßnahme wurde angelegt.");
        await Expect(coordinator.GetByRole(AriaRole.Article).Filter(new() { HasText = measureTitle })).ToContainTextAsync("überfällig");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Beschluss", Output);
        var decisionUrl = coordinator.Url;

        // The overdue measure is on the Koordinierende Stelle's start page.
        await coordinator.GotoAsync("/");
        var overdue = coordinator.GetByRole(AriaRole.Table).Filter(new() { HasText = measureTitle });
        await Expect(overdue).ToContainTextAsync("Jobcenter Kreis Musterland");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Startseite mit überfälligen Maßnahmen", Output);

        // 5. The measure is done: it leaves the start page, and the decision shows its history.
        await overdue.GetByRole(AriaRole.Link, new() { Name = decisionTitle }).ClickAsync();
        await k.SelectAsync("Neuer Status", "erledigt");
        await k.Field("Vermerk").FillAsync("Neuer Ablauf gilt seit Montag");
        await k.Button($"Status von „{measureTitle}“ speichern").ClickAsync();
        await k.ExpectSavedAsync("Der Status der Maßnahme wurde geändert.");
        var measure = coordinator.GetByRole(AriaRole.Article).Filter(new() { HasText = measureTitle });
        await Expect(measure).ToContainTextAsync("offen → erledigt – Neuer Ablauf gilt seit Montag");
        await Expect(measure).Not.ToContainTextAsync("überfällig");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Beschluss mit erledigter Maßnahme", Output);
        await coordinator.GotoAsync("/");
        await Expect(coordinator.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(measureTitle);

        // The printable minutes.
        await coordinator.GotoAsync(decisionUrl);
        await coordinator.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sitzung am") }).ClickAsync();
        await k.Link("Protokoll drucken").ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Main)).ToContainTextAsync(decisionTitle);
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Protokoll (Druckansicht)", Output);

        // 6. The Lenkungsgruppe reads what became of its decision, and the board only in aggregates.
        var (steering, steeringDiagnostics) = await SignInElsewhereAsync(DemoUser.Steering);
        await steering.GotoAsync(decisionUrl);
        await Expect(steering.GetByRole(AriaRole.Article).Filter(new() { HasText = measureTitle })).ToContainTextAsync("erledigt");
        await Expect(steering.GetByRole(AriaRole.Button)).ToHaveCountAsync(1); // only "Abmelden": no changes for the Lenkungsgruppe
        await Axe.AssertNoSeriousViolationsAsync(steering, "Beschluss (Lenkungsgruppe)", Output);
        await steering.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Hemmnisse" }).ClickAsync();
        await Expect(steering.GetByRole(AriaRole.Main)).ToContainTextAsync("< 5");
        await Expect(steering.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(obstacleText);
        await Axe.AssertNoSeriousViolationsAsync(steering, "Hemmnisse (Lenkungsgruppe)", Output);

        Diagnostics.AssertClean("case manager");
        coordinatorDiagnostics.AssertClean("Koordinierende Stelle");
        steeringDiagnostics.AssertClean("Lenkungsgruppe");
    }
}
