using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Faelle/{id}/Assessment (Features/Cases/Assessment.cshtml): all ten life domains in one form.</summary>
public sealed class AssessmentPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator ErrorSummary => page.Locator("#fehler");
    public ILocator Domain(string name) => page.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Re-)?Assessment speichern$") });

    public async Task ExpectShownAsync() => await Expect(Heading).ToHaveTextAsync(new Regex("^(Re-)?Assessment erfassen"));

    /// <summary>Rates one life domain; <paramref name="rating"/> 1–5 as on the documented scale.</summary>
    public async Task RateAsync(string domain, int rating, string? situation = null, string? need = null, string? clientView = null)
    {
        var group = Domain(domain);
        await group.GetByLabel("Einschätzung").SelectOptionAsync(rating.ToString());
        if (situation is not null) await group.GetByLabel("Situation").FillAsync(situation);
        if (need is not null) await group.GetByLabel("Bedarf").FillAsync(need);
        if (clientView is not null) await group.GetByLabel("Sicht der Person").FillAsync(clientView);
    }

    public async Task<CasePage> SaveAsync()
    {
        await SaveButton.ClickAsync();
        var casePage = new CasePage(page);
        await casePage.ExpectShownAsync();
        return casePage;
    }
}
