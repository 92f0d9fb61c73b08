using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>Baustein 3: the case manager records an achievement, the Ausländerbehörde sees it and reports its decision back.</summary>
public sealed class AchievementTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
    private static string German(DateOnly d) => d.ToString("dd.MM.yyyy");

    /// <summary>Samira Barakzai (Caritas) consented to share her achievements and residence history with the ABH (demo data).</summary>
    private const string FileNumber = "DEMO-SB05";

    [Fact]
    public async Task Case_manager_records_a_language_certificate_the_Auslaenderbehoerde_sees_it_and_reports_a_new_title_back()
    {
        // The case manager's start page reminds of her residence permit running out in 40 days.
        var reminder = $"Aufenthaltsdokument läuft am {German(Today.AddDays(40))} ab";
        await SignInAsync(DemoUser.CaseManager1);
        // The caseload's reminder (the rules panel "Hinweise aus den Regelwerken" is refreshed in the background and checked in RulesTests).
        var caseload = Page.GetByRole(AriaRole.Region, new() { Name = "Ihre Fälle" });
        await Expect(caseload.GetByText(reminder)).ToBeVisibleAsync();

        // The case manager finds the person and records the certificate.
        var search = await new ClientSearchPage(Page).GotoAsync();
        await search.SearchAsync(fileNumber: FileNumber);
        await search.Row("Barakzai, Samira").GetByRole(AriaRole.Link, new() { Name = "Barakzai, Samira" }).ClickAsync();
        var file = new ClientFilePage(Page);
        await file.ExpectShownAsync();
        var section = new AchievementSection(Page);
        await Expect(section.Table).ToContainTextAsync("telc Deutsch B2");

        var form = await section.StartAsync("Sprachzertifikat");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Sprachzertifikat erfassen", Output);
        // A date in the future is refused with a German message next to the field.
        await form.Level.SelectOptionAsync("C1");
        await form.CertificateName.FillAsync("Goethe-Zertifikat C1");
        await form.CertificateDate.FillAsync(Iso(Today.AddDays(2)));
        await form.SaveButton.ClickAsync();
        await Expect(form.ErrorSummary).ToContainTextAsync("Das Datum des Zertifikats kann nicht in der Zukunft liegen.");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Sprachzertifikat mit Fehler", Output);
        await form.CertificateDate.FillAsync(Iso(Today.AddDays(-7)));
        await form.EvidencePresent.CheckAsync();
        await form.EvidenceNote.FillAsync("Zertifikat im Original gesehen");
        await form.SaveButton.ClickAsync();

        await file.ExpectShownAsync();
        await Expect(file.StatusMessage).ToContainTextAsync("Sprachzertifikat wurde erfasst.");
        await Expect(section.Table).ToContainTextAsync($"Deutsch C1 (Goethe-Zertifikat C1), {German(Today.AddDays(-7))}");
        await Expect(section.Table).ToContainTextAsync("Nachweis liegt vor (Zertifikat im Original gesehen)");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Personenakte mit Integrationsleistungen", Output);

        // The Ausländerbehörde finds her in its list and sees the certificate.
        var (abh, abhDiagnostics) = await SignInElsewhereAsync(DemoUser.Abh);
        await abh.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" })
            .GetByRole(AriaRole.Link, new() { Name = "Integrationsleistungen", Exact = true }).ClickAsync();
        var list = new AuthorityListPage(abh);
        await Expect(list.Heading).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(abh, "Integrationsleistungen (Behörde)", Output);
        await list.FileNumber.FillAsync(FileNumber);
        await list.SearchButton.ClickAsync();
        await list.PersonLink("Barakzai, Samira").ClickAsync();
        var facts = new AuthorityClientPage(abh);
        await Expect(facts.Heading).ToContainTextAsync("Barakzai, Samira");
        await Expect(facts.Achievements).ToContainTextAsync("Deutsch C1 (Goethe-Zertifikat C1)");
        await Expect(facts.ResidenceTable).ToContainTextAsync("Aufenthaltserlaubnis");
        await Axe.AssertNoSeriousViolationsAsync(abh, "Integrationsleistungen einer Person (Behörde)", Output);

        // … and records the settlement permit.
        await facts.Type.SelectOptionAsync(new SelectOptionValue { Label = "Niederlassungserlaubnis" });
        await facts.LegalBasis.FillAsync("§ 9 AufenthG");
        await facts.IssuedOn.FillAsync(Iso(Today));
        await facts.SaveButton.ClickAsync();
        await Expect(facts.StatusMessage).ToContainTextAsync("Die Entscheidung wurde in den Verlauf des Aufenthaltsstatus übernommen");
        await Expect(facts.ResidenceTable.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Niederlassungserlaubnis");
        await Expect(facts.ResidenceTable.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Ausländerbehörde");
        await Axe.AssertNoSeriousViolationsAsync(abh, "Entscheidung gespeichert", Output);

        // The case manager sees the new title with its source.
        await Page.ReloadAsync();
        var newest = file.ResidenceTable.GetByRole(AriaRole.Row).Nth(1);
        await Expect(newest).ToContainTextAsync("Niederlassungserlaubnis");
        await Expect(newest).ToContainTextAsync("§ 9 AufenthG");
        await Expect(newest).ToContainTextAsync("Ausländerbehörde");
        await Expect(file.ResidenceTable.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("abgelöst");
        await Expect(file.ResidenceTable).Not.ToContainTextAsync("läuft bald ab");
        // The new title replaces the old one's reminder on the start page.
        await Page.GotoAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Ihre Fälle" }).GetByText(reminder)).ToHaveCountAsync(0);

        Diagnostics.AssertClean("record an achievement");
        abhDiagnostics.AssertClean("Ausländerbehörde");
    }
}
