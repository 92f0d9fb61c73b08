using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>A referral (/Verweisungen/{id}, Features/Referrals/Details.cshtml), the new-referral form and the partner inbox.</summary>
public sealed class ReferralPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator StatusMessage => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "wurde" });
    public ILocator PersonSection => page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Person", Exact = true, Level = 2 }) });
    public ILocator LeadTimes => page.GetByRole(AriaRole.Table, new() { Name = "Durchlaufzeiten (Kalendertage)" });
    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>From the case page: "Neue Verweisung", choose the organisation, fill in, create the draft.</summary>
    public async Task CreateFromCaseAsync(string organisation, string service, string step, params string[] categories)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Neue Verweisung", Exact = true }).ClickAsync();
        await Expect(Heading).ToContainTextAsync("Neue Verweisung");
        await page.GetByLabel("Empfangende Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = organisation });
        await Button("Weiter").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Verweisung an {organisation}" })).ToBeVisibleAsync();
        await page.GetByLabel("Leistung oder Angebot").FillAsync(service);
        await page.GetByLabel("Schritt im Integrationsplan").SelectOptionAsync(new SelectOptionValue { Label = step });
        foreach (var c in categories) await page.GetByLabel(new Regex("^" + Regex.Escape(c) + " ")).CheckAsync();
        await page.GetByLabel("Nachricht / Anliegen").FillAsync("Bitte um einen zeitnahen Beratungstermin.");
        await Button("Entwurf anlegen").ClickAsync();
        await Expect(StatusMessage).ToContainTextAsync("Der Entwurf der Verweisung wurde angelegt.");
    }

    public async Task ExpectSavedAsync(string message) => await Expect(StatusMessage).ToHaveTextAsync(message);

    public async Task OpenFromInboxAsync(string service)
    {
        await page.GotoAsync("/Verweisungen/Eingang");
        await Expect(Heading).ToHaveTextAsync("Eingang Verweisungen");
        await page.GetByRole(AriaRole.Link, new() { Name = service, Exact = true }).First.ClickAsync();
        await Expect(Heading).ToContainTextAsync(service);
    }
}
