using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Import (Features/Import/Index.cshtml): upload of a client list.</summary>
public sealed class ImportPage(IPage page)
{
    /// <summary>Three clients; row 3 has an impossible birth date.</summary>
    public static readonly byte[] SampleCsv = Encoding.UTF8.GetBytes(
        "Vorname;Nachname;Geburtsdatum;Staatsangehörigkeit;Fall offen seit\r\n" +
        "Test;Importperson;12.03.1990;syrisch;15.01.2024\r\n" +
        "Falsch;Datumsperson;31.02.1990;Eritrea;\r\n");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Import aus Tabellen", Level = 1 });
    public ILocator Errors => page.Locator(".error-summary");

    public async Task<ImportPage> GotoAsync()
    {
        await page.GotoAsync("/Import");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task<ImportSessionPage> UploadAsync(string fileName, byte[] content)
    {
        await page.GetByLabel("Datei (CSV oder XLSX)").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Hochladen" }).ClickAsync();
        return new ImportSessionPage(page);
    }
}

/// <summary>/Import/{id} (Features/Import/Session.cshtml): mapping, dry run, decisions, commit.</summary>
public sealed class ImportSessionPage(IPage page)
{
    public ILocator ResultHeading => page.GetByRole(AriaRole.Heading, new() { Name = "2. Ergebnis des Probelaufs" });
    public ILocator RowsTable => page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Hinweise" }) });

    /// <summary>Saves the suggested mapping and waits (through the page's own refresh) for the dry-run result.</summary>
    public async Task CheckAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Zuordnung speichern und Probelauf starten" }).ClickAsync();
        await Expect(ResultHeading).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    public ILocator ExcludeCheckbox(int row) => page.GetByLabel($"Zeile {row} ausschließen");

    public async Task SaveDecisionsAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Auswahl speichern" }).ClickAsync();

    public async Task CommitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Jetzt übernehmen" }).ClickAsync();
}
