using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Zugriff-verweigert (Features/Home/AccessDenied.cshtml).</summary>
public sealed class AccessDeniedPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Keine Berechtigung", Level = 1 });

    public async Task ExpectShownAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync("Keine Berechtigung – Lotse");
    }
}
