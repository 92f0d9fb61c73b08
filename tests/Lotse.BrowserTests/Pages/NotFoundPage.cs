using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>The German 404 page (Features/Home/Error.cshtml with code 404).</summary>
public sealed class NotFoundPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Seite nicht gefunden", Level = 1 });

    public async Task ExpectShownAsync() => await Expect(Heading).ToBeVisibleAsync();
}
