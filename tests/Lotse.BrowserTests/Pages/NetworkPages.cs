using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Netzwerk/Angebote (Features/Network/Offers/Index.cshtml): the Angebotslandkarte search.</summary>
public sealed class OfferSearchPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Angebotslandkarte", Level = 1 });
    public ILocator Results => page.GetByRole(AriaRole.Table);

    public async Task<OfferSearchPage> GotoAsync()
    {
        await page.GotoAsync("/Netzwerk/Angebote");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task SearchAsync(string? lifeDomain = null, string? language = null, string? age = null, string? status = null)
    {
        if (lifeDomain is not null) await page.GetByLabel("Lebenslage").SelectOptionAsync(new SelectOptionValue { Label = lifeDomain });
        if (language is not null) await page.GetByLabel("Sprache", new() { Exact = true }).FillAsync(language);
        if (age is not null) await page.GetByLabel("Alter", new() { Exact = true }).FillAsync(age);
        if (status is not null) await page.GetByLabel("Aufenthaltsstatus").SelectOptionAsync(new SelectOptionValue { Label = status });
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
    }

    public ILocator OfferLink(string title) => Results.GetByRole(AriaRole.Link, new() { Name = title });
}

/// <summary>/Netzwerk/Angebote/{id}: one offer.</summary>
public sealed class OfferDetailsPage(IPage page)
{
    public ILocator Heading(string title) => page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 });
    public ILocator Facts => page.Locator("dl.facts");
}

/// <summary>/Stellenplanung (Features/StaffPlanning/Index.cshtml).</summary>
public sealed class StaffPlanningPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Stellenplanung", Level = 1 });
    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "VZÄ und aktive Fälle je Regionalbereich" });
    public ILocator Chart => page.GetByRole(AriaRole.Img, new() { Name = "Zugeteilte VZÄ und VZÄ nach Fallzahl je Regionalbereich" });
    public ILocator Errors => page.Locator(".error-summary");

    public static readonly byte[] SampleCsv = Encoding.UTF8.GetBytes(
        "Kommune;Neuzugewanderte über 28;Gestattete;Geduldete\r\n" +
        "Musterstadt;100;20;0\r\nNordfeld;30;0;0\r\nSandhagen;10;5;5\r\nBergheim am See;25;0;5\r\n");

    public async Task<StaffPlanningPage> GotoAsync()
    {
        await page.GotoAsync("/Stellenplanung");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task ImportAsync(string fileName, byte[] content, string availableFte)
    {
        var form = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Importieren" }) });
        await form.GetByLabel("Datei").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = content });
        await form.GetByLabel("Verfügbare VZÄ").FillAsync(availableFte);
        await form.GetByRole(AriaRole.Button, new() { Name = "Importieren" }).ClickAsync();
    }
}
