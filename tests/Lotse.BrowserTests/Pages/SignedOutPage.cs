using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>What /Abmelden shows after signing out (Features/Account/Logout.cshtml).</summary>
public sealed class SignedOutPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Sie sind abgemeldet", Level = 1 });
    public ILocator SignInAgainLink => page.GetByRole(AriaRole.Link, new() { Name = "Erneut anmelden" });

    public async Task ExpectShownAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Abmelden$"));
    }
}
