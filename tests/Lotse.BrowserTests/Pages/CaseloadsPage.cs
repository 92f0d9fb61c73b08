using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Fallzahlen (Features/Cases/Caseloads.cshtml): the Koordinierende Stelle's caseload figures.</summary>
public sealed class CaseloadsPage(IPage page)
{
    public const string Path = "/Fallzahlen";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Fallzahlen", Level = 1 });
    public ILocator PerCaseManager => page.GetByRole(AriaRole.Table, new() { Name = "Aktive Fälle je Case Manager:in, höchste Fallzahl zuerst (Zielwert 1:100)" });
    public ILocator PerRegion => page.GetByRole(AriaRole.Table, new() { Name = "Aktive Fälle je Regionalbereich (nach Wohnort der Person)" });

    public ILocator Row(ILocator table, string header) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = header, Exact = true }) });

    public async Task<CaseloadsPage> GotoAsync()
    {
        await page.GotoAsync(Path);
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }
}
