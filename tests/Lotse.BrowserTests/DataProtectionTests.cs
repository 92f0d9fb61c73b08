using Lotse.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>
/// The client's rights in the browser: the case manager reaches the data-protection page from the client file; the
/// data-protection officer finds the client by file number, records a Löschantrag (with the error summary first),
/// sets a Sperrvermerk and looks at the retention dry run. A case manager turns a case into a Fallrekonstruktion and
/// annotates it. axe-core on every page.
/// </summary>
public sealed class DataProtectionTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task Case_manager_and_data_protection_officer_work_on_a_clients_rights()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var file = await Steps.RegisterPersonAsync(Page, "Leyla", "Datenrecht", "1991-02-03", "IRQ");
        var fileNumber = await file.FileNumberAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Datenschutz: Auskunft und Berichtigungen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Auskunft (Art. 15 DSGVO, § 83 SGB X)" })).ToBeVisibleAsync();
        await Expect(Button(Page, "Auskunft als PDF herunterladen")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Löschanträge" })).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(Page, "Datenschutz (Case Management)", Output);

        var (dpo, diagnostics) = await SignInElsewhereAsync(DemoUser.DataProtection);
        await dpo.GotoAsync("/Datenschutz");
        await Axe.AssertNoSeriousViolationsAsync(dpo, "Datenschutz (Start)", Output);
        await dpo.GetByLabel("Aktenzeichen").FillAsync(fileNumber);
        await Button(dpo, "Person öffnen").ClickAsync();
        await Expect(dpo.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(fileNumber);

        await Button(dpo, "Löschantrag erfassen").ClickAsync();
        await Expect(dpo.Locator("#fehler")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(dpo, "Löschantrag mit Fehlern", Output);
        await dpo.GetByLabel("Eingegangen am").FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await dpo.GetByLabel("Umfang (was soll gelöscht werden?)").FillAsync("Alle Kontaktdaten");
        await Button(dpo, "Löschantrag erfassen").ClickAsync();
        await Expect(dpo.GetByRole(AriaRole.Status)).ToHaveTextAsync("Der Löschantrag wurde erfasst.");

        await dpo.GetByLabel("Grund des Sperrvermerks").FillAsync("Widerspruchsverfahren läuft");
        await Button(dpo, "Sperrvermerk setzen").ClickAsync();
        await Expect(dpo.GetByRole(AriaRole.Status)).ToHaveTextAsync("Der Sperrvermerk wurde gesetzt.");
        await Axe.AssertNoSeriousViolationsAsync(dpo, "Datenschutz (Person, DSB)", Output);

        await dpo.GotoAsync("/Datenschutz/Aufbewahrung");
        await Expect(dpo.GetByRole(AriaRole.Table, new() { Name = "Fällig je Art" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(dpo, "Aufbewahrung (Probelauf)", Output);
        diagnostics.AssertClean("data protection officer");
        Diagnostics.AssertClean("case manager");
    }

    [Fact]
    public async Task Case_manager_creates_and_annotates_a_typical_case()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var (_, @case) = await Steps.RegisterWithCaseAsync(Page, "Yonas", "Rekonstruiert", "1984");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Fallrekonstruktion (anonymisiert) erstellen" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fallrekonstruktion erstellen", Output);
        await Page.GetByLabel("Titel (ohne Namen)").FillAsync("Langer Weg zum Sprachkurs");
        await Button(Page, "Fallrekonstruktion erstellen").ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Langer Weg zum Sprachkurs");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Zeitleiste des realen Verlaufs" })).ToContainTextAsync("Tag 0");
        await Expect(Page.GetByText("Rekonstruiert")).ToHaveCountAsync(0);
        await Page.GetByLabel("Anmerkung (wo ist es gebrochen, was wäre besser gewesen?)").FillAsync("Rückmeldung fehlte");
        await Button(Page, "Anmerkung speichern").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Die Anmerkung wurde gespeichert.");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Fallrekonstruktion", Output);
        Diagnostics.AssertClean("typical case");
    }
}
