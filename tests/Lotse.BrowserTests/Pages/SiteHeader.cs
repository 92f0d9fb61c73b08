using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>The header of every page (Features/Shared/_Layout.cshtml): main navigation, user box, sign-out.</summary>
public sealed class SiteHeader(IPage page)
{
    public ILocator MainNavigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" });
    public ILocator NavigationLink(string name) => MainNavigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Abmelden", Exact = true });
    public ILocator SkipLink => page.GetByRole(AriaRole.Link, new() { Name = "Zum Inhalt springen" });

    public async Task<SignedOutPage> SignOutAsync()
    {
        await SignOutButton.ClickAsync();
        var signedOut = new SignedOutPage(page);
        await signedOut.ExpectShownAsync();
        return signedOut;
    }

    /// <summary>The names of the links in the main navigation, in order.</summary>
    public async Task<IReadOnlyList<string>> NavigationLinkNamesAsync()
    {
        await Expect(MainNavigation).ToBeVisibleAsync();
        return (await MainNavigation.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
    }
}
