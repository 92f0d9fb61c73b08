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
