using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Personen/Neu and /Personen/{id}/Bearbeiten (Features/Clients/Register.cshtml, Edit.cshtml, _ClientForm.cshtml).</summary>
public sealed class ClientFormPage(IPage page)
{
    public const string NewPath = "/Personen/Neu";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    private ILocator NameGroup => page.GetByRole(AriaRole.Group, new() { Name = "Name", Exact = true });
    public ILocator FirstName => NameGroup.GetByLabel("Vorname", new() { Exact = true });
    public ILocator LastName => NameGroup.GetByLabel("Nachname", new() { Exact = true });
    public ILocator BirthDate => page.GetByLabel("Geburtsdatum", new() { Exact = true });
    public ILocator Sex => page.GetByLabel("Geschlecht", new() { Exact = true });
    public ILocator Nationalities => page.GetByLabel("Staatsangehörigkeiten", new() { Exact = true });
    public ILocator Languages => page.GetByLabel("Sprachen", new() { Exact = true });
    public ILocator InterpreterNeeded => page.GetByLabel("Dolmetschung nötig", new() { Exact = true });
    public ILocator PostalCode => page.GetByLabel("Postleitzahl", new() { Exact = true });
    public ILocator Municipality => page.GetByLabel("Kommune", new() { Exact = true });
    public ILocator EntryDate => page.GetByLabel("Einreise nach Deutschland am", new() { Exact = true });

    /// <summary>A repeated row of the form: "Schreibweise 2", "Aufenthaltsstatus 1", "Haushaltsmitglied 1", ...</summary>
    public ILocator Row(string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
    public ILocator InRow(string legend, string label) => Row(legend).GetByLabel(label, new() { Exact = true });

    public ILocator CreateButton => page.GetByRole(AriaRole.Button, new() { Name = "Person anlegen", Exact = true });
    public ILocator CheckAgainButton => page.GetByRole(AriaRole.Button, new() { Name = "Erneut prüfen", Exact = true });
    public ILocator CreateAnywayButton => page.GetByRole(AriaRole.Button, new() { Name = "Trotzdem neu anlegen", Exact = true });
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true });
    public ILocator ErrorSummary => page.Locator("#fehler");

    /// <summary>The duplicate warning: its heading, its table of candidates.</summary>
    public ILocator DuplicateWarning => page.GetByRole(AriaRole.Heading, new() { Name = "Diese Person ist möglicherweise schon erfasst" });
    public ILocator DuplicateTable => page.GetByRole(AriaRole.Table, new() { Name = "Mögliche Dubletten, wahrscheinlichste zuerst" });
    public ILocator DuplicateRow(string name) =>
        DuplicateTable.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    /// <summary>The message under a field: the one of the ".field" block around it.</summary>
    public ILocator ErrorOf(ILocator field) =>
        field.Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]").Locator(".field-error");

    public async Task<ClientFormPage> GotoNewAsync()
    {
        await page.GotoAsync(NewPath);
        await ExpectShownAsync();
        return this;
    }

    public async Task ExpectShownAsync() => await Expect(FirstName).ToBeVisibleAsync();

    public async Task FillPersonAsync(string firstName, string lastName, string birthDate, string? nationalities = null)
    {
        await FirstName.FillAsync(firstName);
        await LastName.FillAsync(lastName);
        await BirthDate.FillAsync(birthDate);
        if (nationalities is not null) await Nationalities.FillAsync(nationalities);
    }

    public async Task FillVariantAsync(int row, string firstName, string lastName, string? source = null)
    {
        await InRow($"Schreibweise {row}", "Vorname").FillAsync(firstName);
        await InRow($"Schreibweise {row}", "Nachname").FillAsync(lastName);
        if (source is not null) await InRow($"Schreibweise {row}", "Quelle").FillAsync(source);
    }

    public async Task FillResidenceStatusAsync(int row, string typeLabel, string? issuedOn = null, string? validUntil = null)
    {
        await InRow($"Aufenthaltsstatus {row}", "Status").SelectOptionAsync(new SelectOptionValue { Label = typeLabel });
        if (issuedOn is not null) await InRow($"Aufenthaltsstatus {row}", "Ausgestellt am").FillAsync(issuedOn);
        if (validUntil is not null) await InRow($"Aufenthaltsstatus {row}", "Gültig bis").FillAsync(validUntil);
    }

    /// <summary>Submits; on success the browser lands on the new client file.</summary>
    public async Task<ClientFilePage> CreateAsync()
    {
        await CreateButton.ClickAsync();
        var file = new ClientFilePage(page);
        await file.ExpectShownAsync();
        return file;
    }
}
