using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>The start page "/" (Features/Home/Index.cshtml).</summary>
public sealed class StartPage(IPage page)
{
    public SiteHeader Header { get; } = new(page);
    public ILocator Greeting => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    /// <summary>"Sie sind angemeldet als ROLE bei ORGANISATION."</summary>
    public ILocator SignedInAs => page.GetByRole(AriaRole.Main).GetByText("Sie sind angemeldet als");

    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);

    /// <summary>The case manager's own active cases.</summary>
    public ILocator Caseload => page.GetByRole(AriaRole.Table).Filter(new() { Has = page.Locator("caption#caseload-caption") });
    public ILocator NoCasesText => page.GetByText("Sie haben keine aktiven Fälle.");

    /// <summary>The caseload row of the case with this Aktenzeichen.</summary>
    public ILocator CaseRow(string fileNumber) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = fileNumber, Exact = true }) });

    public async Task<StartPage> GotoAsync()
    {
        await page.GotoAsync("/");
        await ExpectShownAsync();
        return this;
    }

    public async Task ExpectShownAsync()
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^[^?#]*://[^/]+/$"));
        await Expect(Greeting).ToContainTextAsync("Guten Tag");
    }
}
