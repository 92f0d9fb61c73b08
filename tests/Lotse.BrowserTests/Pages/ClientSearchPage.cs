using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Personen (Features/Clients/Index.cshtml): search by name, birth date or Aktenzeichen, posted.</summary>
public sealed class ClientSearchPage(IPage page)
{
    public const string Path = "/Personen";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Personen", Level = 1, Exact = true });
    public ILocator Name => page.GetByLabel("Name", new() { Exact = true });
    public ILocator BirthDate => page.GetByLabel("Geburtsdatum", new() { Exact = true });
    public ILocator FileNumber => page.GetByLabel("Aktenzeichen", new() { Exact = true });
    public ILocator SearchButton => page.GetByRole(AriaRole.Button, new() { Name = "Suchen", Exact = true });
    public ILocator NewPersonLink => page.GetByRole(AriaRole.Link, new() { Name = "Neue Person anlegen" });
    public ILocator Results => page.GetByRole(AriaRole.Table);
    public ILocator NoResult => page.GetByText("Keine Person gefunden.");

    /// <summary>The result row whose row header (the name) is exactly <paramref name="name"/> ("Nachname, Vorname").</summary>
    public ILocator Row(string name) =>
        Results.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });

    public async Task<ClientSearchPage> GotoAsync()
    {
        await page.GotoAsync(Path);
        await ExpectShownAsync();
        return this;
    }

    public async Task ExpectShownAsync() => await Expect(Heading).ToBeVisibleAsync();

    public async Task SearchAsync(string? name = null, string? birthDate = null, string? fileNumber = null)
    {
        await Name.FillAsync(name ?? "");
        await BirthDate.FillAsync(birthDate ?? "");
        await FileNumber.FillAsync(fileNumber ?? "");
        await SearchButton.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ergebnis" })).ToBeVisibleAsync();
    }

    public async Task<ClientFormPage> StartNewAsync()
    {
        await NewPersonLink.ClickAsync();
        var form = new ClientFormPage(page);
        await form.ExpectShownAsync();
        return form;
    }
}
