using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>Einwilligungen: record on the client page, "Wer darf was sehen" follows, revoke, print the form.</summary>
public sealed class ConsentTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Jobcenter = "Jobcenter Kreis Musterland";

    [Fact]
    public async Task Case_manager_records_a_consent_sees_who_may_see_what_and_revokes_it()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var file = await Steps.RegisterPersonAsync(Page, "Nadia", "Yousef" + Guid.NewGuid().ToString("N")[..4], "1987", "SYR");
        var panel = new ConsentPanel(Page);
        await Expect(panel.Heading).ToBeVisibleAsync();
        await Expect(panel.WhoMaySeeRow(Jobcenter)).ToHaveCountAsync(0);

        // A form with nothing chosen is refused with the errors linked to their fields.
        var form = await panel.StartRecordingAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Einwilligung erfassen", Output);
        await form.SaveButton.ClickAsync();
        await Expect(form.ErrorSummary).ToContainTextAsync("Bitte wählen Sie mindestens eine empfangende Stelle.");
        await Expect(form.ErrorSummary).ToContainTextAsync("Bitte wählen Sie mindestens eine Datenkategorie.");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Einwilligung erfassen mit Fehlern", Output);

        await form.Recipient(Jobcenter).CheckAsync();
        await form.Category("Personalien und Kontaktdaten").CheckAsync();
        await form.Category("Leistungsbezug").CheckAsync();
        await form.Purpose.FillAsync("Abstimmung der Arbeitsvermittlung mit dem Jobcenter");
        await form.ValidUntil.FillAsync(DateTime.Today.AddYears(1).ToString("yyyy-MM-dd"));
        await form.SaveButton.ClickAsync();

        await file.ExpectShownAsync();
        await Expect(file.StatusMessage).ToContainTextAsync("Die Einwilligung wurde erfasst.");
        await Expect(panel.List).ToContainTextAsync("Abstimmung der Arbeitsvermittlung mit dem Jobcenter");
        await Expect(panel.List).ToContainTextAsync("gültig");
        var jobcenterRow = panel.WhoMaySeeRow(Jobcenter);
        await Expect(jobcenterRow).ToContainTextAsync("Einwilligung vom");
        await Expect(jobcenterRow).ToContainTextAsync("noch keine aktive Verweisung");
        await Expect(panel.WhoMaySeeRow("Caritasverband für den Kreis Musterland e.V.")).ToContainTextAsync("Case Management");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Personenakte mit Einwilligung", Output);

        // The printable form lists exactly what was consented to.
        await panel.PrintLink.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Einwilligung in die Weitergabe von Daten");
        await Expect(Page.GetByRole(AriaRole.Article)).ToContainTextAsync(Jobcenter);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Als PDF herunterladen" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Einwilligungsformular", Output);
        await Page.GetByRole(AriaRole.Link, new() { Name = "العربية (Übersetzungsvorlage)" }).ClickAsync();
        await Expect(Page.Locator("article[dir=rtl]")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Einwilligungsformular (arabische Vorlage)", Output);
        await Page.GoBackAsync();
        await Page.GoBackAsync();

        // Revocation: effective at once, the Jobcenter disappears from "Wer darf was sehen".
        await panel.RevokeLink.ClickAsync();
        var revoke = new ConsentRevokePage(Page);
        await Expect(revoke.Heading).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Note)).ToContainTextAsync("Bisher wurden unter dieser Einwilligung keine Daten übermittelt.");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Widerruf", Output);
        await revoke.Note.FillAsync("Widerruf telefonisch erklärt");
        await revoke.SaveButton.ClickAsync();

        await file.ExpectShownAsync();
        await Expect(file.StatusMessage).ToContainTextAsync("Der Widerruf wurde erfasst und gilt ab sofort");
        await Expect(panel.List).ToContainTextAsync("widerrufen");
        await Expect(panel.List).ToContainTextAsync("Widerruf telefonisch erklärt");
        await Expect(panel.RevokeLink).ToHaveCountAsync(0);
        await Expect(panel.WhoMaySeeRow(Jobcenter)).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(Page, "Personenakte nach Widerruf", Output);

        Diagnostics.AssertClean("record and revoke a consent");
    }
}
