using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Personen/{id} (Features/Clients/Details.cshtml): the client file.</summary>
public sealed partial class ClientFilePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);
    public ILocator OpenCaseButton => page.GetByRole(AriaRole.Button, new() { Name = "Fall eröffnen", Exact = true });
    public ILocator ActiveCaseLink => page.GetByRole(AriaRole.Link, new() { Name = "Zum aktiven Fall", Exact = true });
    public ILocator EditLink => page.GetByRole(AriaRole.Link, new() { Name = "Personendaten bearbeiten", Exact = true });
    public ILocator ClosedCases => page.GetByRole(AriaRole.Table, new() { Name = "Abgeschlossene Fälle" });
    public ILocator ResidenceTable => page.GetByRole(AriaRole.Table, new() { Name = "Verlauf, neuester zuerst" });

    /// <summary>The value shown for a term of the person's facts ("Geburtsdatum", "Weitere Schreibweisen", ...).</summary>
    public ILocator Fact(string term) =>
        page.Locator($"xpath=//dl[contains(@class,'facts')]/dt[normalize-space(.)='{term}']/following-sibling::dd[1]");

    /// <summary>The client's id, from the address when the page was last shown (see <see cref="ExpectShownAsync"/>).</summary>
    public Guid Id { get; private set; }

    /// <summary>"Aktenzeichen 2026-4F7K2Q" under the heading.</summary>
    public async Task<string> FileNumberAsync() =>
        FileNumberPattern().Match(await Heading.InnerTextAsync()).Value;

    public async Task ExpectShownAsync()
    {
        await Expect(page).ToHaveURLAsync(IdInUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fall", Exact = true, Level = 2 })).ToBeVisibleAsync();
        Id = Guid.Parse(IdInUrl().Match(page.Url).Groups[1].Value);
    }

    public async Task<CasePage> OpenCaseAsync()
    {
        await OpenCaseButton.ClickAsync();
        var casePage = new CasePage(page);
        await casePage.ExpectShownAsync();
        return casePage;
    }

    [GeneratedRegex(@"/Personen/([0-9a-f-]{36})(?:[?#].*)?$")]
    private static partial Regex IdInUrl();

    [GeneratedRegex(@"\d{4}-[0-9A-Z]{6}")]
    private static partial Regex FileNumberPattern();
}
