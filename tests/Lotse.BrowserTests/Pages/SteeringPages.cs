using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>The steering pages (obstacle form and board, topic, working group, Lenkungsgruppe, meeting, decision), as a user sees them.</summary>
public sealed class SteeringPages(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);
    public ILocator ErrorSummary => page.Locator("#fehler");
    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
    public ILocator Link(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    public async Task ExpectHeadingAsync(string heading) => await Expect(Heading).ToHaveTextAsync(heading);
    public async Task ExpectSavedAsync(string message) => await Expect(StatusMessage).ToHaveTextAsync(message);

    public async Task SelectAsync(string label, string option) =>
        await Field(label).SelectOptionAsync(new SelectOptionValue { Label = option });

    /// <summary>The obstacle form of a case: category, organisation, life domain and text.</summary>
    public async Task FillObstacleAsync(string category, string organisation, string lifeDomain, string description)
    {
        await SelectAsync("Art des Hemmnisses", category);
        await SelectAsync("Beteiligte Organisation(en)", organisation);
        await SelectAsync("Lebenslage", lifeDomain);
        await Field("Kurze Beschreibung (ohne Namen und Daten)").FillAsync(description);
    }
}
