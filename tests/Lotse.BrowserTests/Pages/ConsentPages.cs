using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>The consents panel of the client file (Features/Consents/_ConsentsPanel.cshtml).</summary>
public sealed class ConsentPanel(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Einwilligungen", Exact = true, Level = 2 });
    public ILocator RecordLink => page.GetByRole(AriaRole.Link, new() { Name = "Einwilligung erfassen", Exact = true });
    public ILocator List => page.GetByRole(AriaRole.Table, new() { Name = "Einwilligungen, neueste zuerst" });
    public ILocator WhoMaySee => page.GetByRole(AriaRole.Table, new() { Name = "Wer darf was sehen – und warum" });
    public ILocator WhoMaySeeRow(string organisation) => WhoMaySee.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = organisation, Exact = true }) });
    public ILocator RevokeLink => List.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Widerruf erfassen") });
    public ILocator PrintLink => List.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Formular drucken") });

    public async Task<ConsentRecordPage> StartRecordingAsync()
    {
        await RecordLink.ClickAsync();
        var form = new ConsentRecordPage(page);
        await Expect(form.Heading).ToBeVisibleAsync();
        return form;
    }
}

/// <summary>/Personen/{id}/Einwilligungen/Neu (Features/Consents/Record.cshtml).</summary>
public sealed class ConsentRecordPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Einwilligung erfassen"), Level = 1 });
    public ILocator Recipient(string organisation) => page.GetByRole(AriaRole.Group, new() { Name = "Empfangende Stellen" }).GetByLabel(organisation, new() { Exact = true });
    public ILocator Category(string name) => page.GetByRole(AriaRole.Group, new() { Name = "Datenkategorien" }).GetByLabel(name, new() { Exact = true });
    public ILocator Purpose => page.GetByLabel("Zweck der Weitergabe");
    public ILocator ValidUntil => page.GetByLabel("Gültig bis");
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Einwilligung speichern", Exact = true });
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);
}

/// <summary>/Einwilligungen/{id}/Widerruf (Features/Consents/Revoke.cshtml).</summary>
public sealed class ConsentRevokePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Widerruf einer Einwilligung", Level = 1 });
    public ILocator Note => page.GetByLabel("Notiz zum Widerruf");
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Widerruf speichern", Exact = true });
}
