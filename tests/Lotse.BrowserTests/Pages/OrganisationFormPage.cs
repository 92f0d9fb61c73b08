using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Organisationen/Bearbeiten (Features/Organisations/Edit.cshtml), here for a new organisation.</summary>
public sealed class OrganisationFormPage(IPage page)
{
    public const string NewPath = "/Organisationen/Bearbeiten";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Neue Organisation", Level = 1 });
    public ILocator Name => page.GetByLabel("Name", new() { Exact = true });
    public ILocator Type => page.GetByLabel("Art", new() { Exact = true });
    public ILocator LegalDomain => page.GetByLabel("Rechtskreis", new() { Exact = true });
    public ILocator Municipality => page.GetByLabel("Kommune", new() { Exact = true });
    public ILocator Street => page.GetByLabel("Straße und Hausnummer", new() { Exact = true });
    public ILocator PostalCode => page.GetByLabel("Postleitzahl", new() { Exact = true });
    public ILocator City => page.GetByLabel("Ort", new() { Exact = true });
    public ILocator Email => page.GetByLabel("E-Mail", new() { Exact = true });
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true });
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);

    /// <summary>The error shown under a field: the form's ".field" block that holds the field's label.</summary>
    public ILocator ErrorOf(ILocator field) =>
        page.Locator(".field").Filter(new() { Has = field }).Locator(".field-error");

    public async Task<OrganisationFormPage> GotoNewAsync()
    {
        await page.GotoAsync(NewPath);
        await ExpectShownAsync();
        return this;
    }

    public async Task ExpectShownAsync() => await Expect(Heading).ToBeVisibleAsync();

    public async Task FillAsync(string name, string typeLabel, string legalDomainLabel, string? postalCode = null, string? city = null)
    {
        await Name.FillAsync(name);
        await Type.SelectOptionAsync(new SelectOptionValue { Label = typeLabel });
        await LegalDomain.SelectOptionAsync(new SelectOptionValue { Label = legalDomainLabel });
        if (postalCode is not null) await PostalCode.FillAsync(postalCode);
        if (city is not null) await City.FillAsync(city);
    }

    public Task SaveAsync() => SaveButton.ClickAsync();
}
