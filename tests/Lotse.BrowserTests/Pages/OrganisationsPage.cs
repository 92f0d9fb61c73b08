using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Organisationen (Features/Organisations/Index.cshtml).</summary>
public sealed class OrganisationsPage(IPage page)
{
    public const string Path = "/Organisationen";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Organisationen im Netzwerk", Level = 1 });
    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);
    public ILocator Table => page.GetByRole(AriaRole.Table);
    public ILocator NewOrganisationLink => page.GetByRole(AriaRole.Link, new() { Name = "Neue Organisation anlegen" });

    /// <summary>The table row whose row header is exactly <paramref name="name"/>.</summary>
    public ILocator Row(string name) =>
        Table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });

    public async Task<OrganisationsPage> GotoAsync()
    {
        await page.GotoAsync(Path);
        await ExpectShownAsync();
        return this;
    }

    public async Task ExpectShownAsync()
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Organisationen$"));
        await Expect(Heading).ToBeVisibleAsync();
    }

    public async Task<OrganisationFormPage> StartNewAsync()
    {
        await NewOrganisationLink.ClickAsync();
        var form = new OrganisationFormPage(page);
        await form.ExpectShownAsync();
        return form;
    }
}
