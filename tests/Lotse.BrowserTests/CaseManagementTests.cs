using System.Text.RegularExpressions;
using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>The case-management cycle on the case page, the start page caseload, access and conflicts.</summary>
public sealed class CaseManagementTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
    private static string German(DateOnly d) => d.ToString("dd.MM.yyyy");

    private const string Goal = "Ich habe eine eigene Wohnung.";

    [Fact]
    public async Task Case_manager_works_a_case_from_intake_to_closure_and_it_leaves_the_start_page()
    {
        var start = await SignInAsync(DemoUser.CaseManager1);
        var form = await new ClientFormPage(Page).GotoNewAsync();
        await form.FillPersonAsync("Aster", "Tesfaye", "1979", "ERI");
        await form.FillVariantAsync(1, "Aster", "Tesfay", "Jobcenter");
        await form.Municipality.SelectOptionAsync(new SelectOptionValue { Label = "Sandhagen" });
        var expires = Today.AddDays(20);
        await form.FillResidenceStatusAsync(1, "Aufenthaltserlaubnis", validUntil: Iso(expires));
        var file = await form.CreateAsync();
        var fileNumber = await file.FileNumberAsync();
        var clientId = file.Id;

        // Zugang
        var @case = await file.OpenCaseAsync();
        await @case.ExpectSavedAsync("Der Fall wurde eröffnet. Bitte erfassen Sie zuerst die Erstberatung.");
        await @case.ExpectPhaseAsync("Zugang");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall (Zugang)", Output);

        // The new case is on the start page, with the expiring residence permit as text.
        await start.GotoAsync();
        var row = start.CaseRow(fileNumber);
        await Expect(row).ToContainTextAsync("Tesfaye, Aster");
        await Expect(row).ToContainTextAsync("Zugang");
        await Expect(row).ToContainTextAsync($"Aufenthaltsdokument läuft am {German(expires)} ab");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Startseite mit Fallliste", Output);
        await row.GetByRole(AriaRole.Link, new() { Name = "Tesfaye, Aster" }).ClickAsync();
        await @case.ExpectShownAsync();

        await @case.RecordIntakeAsync("Sucht eine Wohnung; Abschluss als Krankenpflegerin soll anerkannt werden.");
        await @case.ExpectSavedAsync("Die Erstberatung wurde gespeichert.");
        await @case.ExpectPhaseAsync("Zugang");

        // Assessment
        var assessment = await @case.StartAssessmentAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Assessment", Output);
        await assessment.RateAsync("Wohnen", 4, situation: "Gemeinschaftsunterkunft", need: "eigene Wohnung", clientView: "möchte nach Sandhagen");
        await assessment.RateAsync("Qualifikation/Anerkennung", 3, need: "Anerkennung als Pflegefachkraft");
        @case = await assessment.SaveAsync();
        await @case.ExpectSavedAsync("Das Assessment wurde gespeichert (2 Lebenslagen).");
        await @case.ExpectPhaseAsync("Assessment");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = $"Assessment vom {German(Today)}" }))
            .ToContainTextAsync("4 – hoher Unterstützungsbedarf");

        // Planung: a goal without a step cannot be agreed — the domain says why.
        await @case.Button("Planung beginnen").ClickAsync();
        await @case.ExpectSavedAsync("Die Planung hat begonnen. Vereinbaren Sie nun Ziele und Schritte.");
        await @case.ExpectPhaseAsync("Planung");
        await @case.AddGoalAsync("Wohnen", Goal);
        await @case.ExpectSavedAsync("Das Ziel wurde hinzugefügt.");
        await @case.AgreePlanAsync();
        await Expect(@case.ErrorSummary).ToContainTextAsync($"Das Ziel „{Goal}“ hat noch keinen Schritt.");
        await @case.ExpectPhaseAsync("Planung");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall (Planung, Zielvereinbarung abgelehnt)", Output);

        await @case.AddStepAsync(1, "Bewerbung bei der Wohnungsbaugesellschaft abgeben", "Klient:in", dueOn: Iso(Today.AddDays(-1)));
        await @case.ExpectSavedAsync("Der Schritt wurde hinzugefügt.");
        await @case.AddStepAsync(1, "Wohnberechtigungsschein beantragen", "Organisation", organisation: "Sozialamt Kreis Musterland", dueOn: Iso(Today.AddDays(14)));
        await @case.ExpectSavedAsync("Der Schritt wurde hinzugefügt.");
        var steps = Page.GetByRole(AriaRole.Table, new() { Name = "Schritte zu Ziel 1" });
        await Expect(steps).ToContainTextAsync("Organisation: Sozialamt Kreis Musterland");
        await Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bewerbung" })).ToContainTextAsync("überfällig");
        await @case.AgreePlanAsync();
        await @case.ExpectSavedAsync("Die Zielvereinbarung wurde abgeschlossen. Der Fall ist jetzt in der Phase „Linking“.");
        await @case.ExpectPhaseAsync("Linking");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Zielvereinbarung drucken" })).ToHaveAttributeAsync("href", $"/Faelle/{@case.Id}/Zielvereinbarung");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Zielvereinbarung als PDF" })).ToHaveAttributeAsync("href", $"/api/v1/cases/{@case.Id}/goal-agreement.pdf");

        // Monitoring
        await @case.Button("Monitoring beginnen").ClickAsync();
        await @case.ExpectSavedAsync("Das Monitoring hat begonnen.");
        await @case.ExpectPhaseAsync("Monitoring");
        await @case.AddNoteAsync("Wohnungsbesichtigung vorbereitet.", type: "Telefonat", interpreter: true, minutes: 20);
        await @case.ExpectSavedAsync("Der Kontakt wurde dokumentiert.");
        await Expect(@case.Notes).ToContainTextAsync("Wohnungsbesichtigung vorbereitet.");
        await Expect(@case.Notes).ToContainTextAsync("Telefonat");
        await Expect(@case.Notes).ToContainTextAsync("20 Min.");
        await @case.SetStepStatusAsync(goal: 1, step: 1, "erledigt");
        await @case.ExpectSavedAsync("Der Status des Schritts wurde gespeichert.");
        await Expect(steps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bewerbung" })).ToContainTextAsync($"erledigt am {German(Today)}");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall (Monitoring)", Output);

        // Evaluation: closing needs every goal evaluated.
        await @case.Button("Evaluation beginnen").ClickAsync();
        await @case.ExpectSavedAsync("Die Evaluation hat begonnen. Bitte bewerten Sie jedes Ziel.");
        await @case.ExpectPhaseAsync("Evaluation");
        await @case.CloseAsync("Ziele erreicht");
        await Expect(@case.ErrorSummary).ToContainTextAsync($"Bitte bewerten Sie zuerst das Ziel „{Goal}“.");
        await @case.EvaluateGoalAsync(1, "erreicht", "Mietvertrag ab nächstem Monat.");
        await @case.ExpectSavedAsync("Die Bewertung des Ziels wurde gespeichert.");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall (Evaluation)", Output);

        // Abschluss
        await @case.CloseAsync("Ziele erreicht", "Drei Monate Wartezeit auf einen Termin der Anerkennungsberatung.");
        await @case.ExpectSavedAsync("Der Fall wurde abgeschlossen.");
        await @case.ExpectPhaseAsync("Abgeschlossen");
        await Expect(@case.Form("Fall wiederaufnehmen")).ToBeVisibleAsync();
        await Expect(@case.History).ToContainTextAsync("Phase „Evaluation“ → „Abgeschlossen“");
        await Expect(@case.History).ToContainTextAsync("Erstberatung erfasst");
        await Expect(@case.History).ToContainTextAsync("Ziel vereinbart");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall (abgeschlossen)", Output);

        // Gone from the start page; the client file lists it as closed and offers a new case.
        await start.GotoAsync();
        await Expect(start.CaseRow(fileNumber)).ToHaveCountAsync(0);
        await Page.GotoAsync($"/Personen/{clientId}");
        await Expect(file.ClosedCases).ToContainTextAsync("Ziele erreicht");
        await Expect(file.OpenCaseButton).ToBeVisibleAsync();

        Diagnostics.AssertClean("case cycle");
    }

    [Fact]
    public async Task Short_advice_closes_from_intake_reopening_needs_an_assessment_and_a_hand_over_moves_the_case()
    {
        var start = await SignInAsync(DemoUser.CaseManager1);
        var (_, @case) = await Steps.RegisterWithCaseAsync(Page, "Svetlana", "Morozova", "1968");
        var fileNumber = (await @case.Heading.InnerTextAsync()).Split("Aktenzeichen ")[1].Trim();

        // Kurzberatung needs a reason; the message stands next to the field and the choice is kept.
        await @case.RecordIntakeAsync("Frage zum Sprachkurs.", decision: "Kurzberatung");
        var reason = @case.Form("Erstberatung erfassen").GetByLabel("Begründung");
        await Expect(@case.ErrorOf(reason)).ToHaveTextAsync("Bitte begründen Sie, warum kein Case Management angezeigt ist.");
        await Expect(@case.Form("Erstberatung erfassen").GetByLabel("Kurzberatung", new() { Exact = true })).ToBeCheckedAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fall (Erstberatung mit Fehler)", Output);
        await reason.FillAsync("Nur eine Information zum Integrationskurs nötig.");
        await @case.Form("Erstberatung erfassen").GetByRole(AriaRole.Button, new() { Name = "Erstberatung speichern" }).ClickAsync();
        await @case.ExpectSavedAsync("Die Erstberatung wurde gespeichert.");
        await Expect(@case.AssessmentLink).ToHaveCountAsync(0);

        await @case.CloseAsync("Kurzberatung abgeschlossen");
        await @case.ExpectSavedAsync("Der Fall wurde abgeschlossen.");
        await @case.ExpectPhaseAsync("Abgeschlossen");

        // Reopened, the case starts again with an assessment — the domain refuses planning without one.
        await @case.ReopenAsync("Person meldet sich mit Wohnungsproblemen wieder.");
        await @case.ExpectSavedAsync("Der Fall wurde wiederaufgenommen. Bitte erfassen Sie ein Re-Assessment.");
        await @case.ExpectPhaseAsync("Assessment");
        await @case.Button("Planung beginnen").ClickAsync();
        await Expect(@case.ErrorSummary).ToContainTextAsync("Ohne Assessment kann keine Planung beginnen.");
        await @case.ExpectPhaseAsync("Assessment");

        // Hand-over to a colleague of another organisation: gone from here, on the colleague's start page.
        await @case.HandOverAsync("Ahmet Awo (AWO Kreisverband Musterland e.V.)");
        await start.ExpectShownAsync();
        await Expect(start.StatusMessage).ToHaveTextAsync("Der Fall wurde an Ahmet Awo übergeben.");
        await Expect(start.CaseRow(fileNumber)).ToHaveCountAsync(0);

        var (awo, awoDiagnostics) = await SignInElsewhereAsync(DemoUser.CaseManager2);
        var awoStart = new StartPage(awo);
        await Expect(awoStart.CaseRow(fileNumber)).ToContainTextAsync("Assessment");
        await awoStart.CaseRow(fileNumber).GetByRole(AriaRole.Link).ClickAsync();
        var handedOver = new CasePage(awo);
        await handedOver.ExpectShownAsync();
        await Expect(handedOver.History).ToContainTextAsync("Fall übergeben");
        await Expect(handedOver.AssessmentLink).ToBeVisibleAsync();
        awoDiagnostics.AssertClean("cm2 takes over");
        Diagnostics.AssertClean("short advice, reopening, hand-over");
    }

    [Fact]
    public async Task A_form_from_an_outdated_page_is_refused_and_the_page_shows_the_current_case()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var (_, first) = await Steps.RegisterWithCaseAsync(Page, "Hamid", "Rahimi", "03.2001");
        var otherTab = await Context.NewPageAsync();
        await otherTab.GotoAsync($"/Faelle/{first.Id}");
        var second = new CasePage(otherTab);
        await second.ExpectShownAsync();

        await first.AddNoteAsync("Erstes Telefonat mit der Schwester.", type: "Telefonat");
        await first.ExpectSavedAsync("Der Kontakt wurde dokumentiert.");

        // The second tab still shows the earlier version.
        await second.AddNoteAsync("Termin beim Jobcenter besprochen.");
        await Expect(second.ErrorSummary).ToContainTextAsync("Der Fall wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert");
        await Expect(second.Notes).ToContainTextAsync("Erstes Telefonat mit der Schwester.");
        await Expect(second.Notes).Not.ToContainTextAsync("Termin beim Jobcenter besprochen.");
        await Expect(second.Form("Kontakt dokumentieren").GetByLabel("Notiz")).ToHaveValueAsync("Termin beim Jobcenter besprochen.");
        await Axe.AssertNoSeriousViolationsAsync(otherTab, "Fall mit Bearbeitungskonflikt", Output);

        // Now on the current version, saving again works.
        await second.Form("Kontakt dokumentieren").GetByRole(AriaRole.Button, new() { Name = "Kontakt dokumentieren" }).ClickAsync();
        await second.ExpectSavedAsync("Der Kontakt wurde dokumentiert.");
        await Expect(second.Notes.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        Diagnostics.AssertClean("stale case form");
    }

    [Fact]
    public async Task Case_manager_of_another_organisation_gets_not_found_and_the_coordinator_reads_without_forms()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var (clientId, @case) = await Steps.RegisterWithCaseAsync(Page, "Natalia", "Wiśniewska", "22.08.1975");
        var caseId = @case.Id;

        var (awo, awoDiagnostics) = await SignInElsewhereAsync(DemoUser.CaseManager2);
        var response = await awo.GotoAsync($"/Faelle/{caseId}");
        Assert.Equal(404, response!.Status);
        await new NotFoundPage(awo).ExpectShownAsync();
        await Expect(awo.GetByText("Wiśniewska")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(awo, "Fall einer anderen Organisation (404)", Output);
        response = await awo.GotoAsync($"/Personen/{clientId}");
        Assert.Equal(404, response!.Status);
        await new NotFoundPage(awo).ExpectShownAsync();
        var search = await new ClientSearchPage(awo).GotoAsync();
        await search.SearchAsync(name: "Natalia Wiśniewska");
        await Expect(search.NoResult).ToBeVisibleAsync();
        awoDiagnostics.AssertClean("cm2 and cm1's case", except: "status of 404 (Not Found)");

        // The Koordinierende Stelle reads the case (Fachaufsicht) but has no forms, and sees the figures.
        var (coordinator, coordinatorDiagnostics) = await SignInElsewhereAsync(DemoUser.Coordinator);
        await coordinator.GotoAsync($"/Faelle/{caseId}");
        var readOnly = new CasePage(coordinator);
        await readOnly.ExpectShownAsync();
        await Expect(coordinator.GetByText("Sie können diesen Fall lesen.")).ToBeVisibleAsync();
        await Expect(coordinator.GetByRole(AriaRole.Main).Locator("form")).ToHaveCountAsync(0);
        await new SiteHeader(coordinator).NavigationLink("Fallzahlen").ClickAsync();
        var figures = new CaseloadsPage(coordinator);
        await Expect(figures.Heading).ToBeVisibleAsync();
        await Expect(figures.Row(figures.PerCaseManager, "Clara Caritas")).ToContainTextAsync("Caritasverband für den Kreis Musterland e.V.");
        await Expect(figures.Row(figures.PerCaseManager, "Ahmet Awo")).ToBeVisibleAsync();
        await Expect(figures.PerRegion).ToContainTextAsync("ohne Regionalbereich");
        await Axe.AssertNoSeriousViolationsAsync(coordinator, "Fallzahlen", Output);
        coordinatorDiagnostics.AssertClean("coordinator");

        // A case manager is not shown the figures.
        response = await awo.GotoAsync(CaseloadsPage.Path);
        Assert.Equal(403, response!.Status);
        Diagnostics.AssertClean("cm1 opens a case");
    }
}
