using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>The "Integrationsleistungen" section of the client file and its record page (Features/Achievements).</summary>
public sealed class AchievementSection(IPage page)
{
    public ILocator Section => page.Locator("section#integrationsleistungen-bereich");
    public ILocator Table => Section.GetByRole(AriaRole.Table);
    public ILocator RecordLink(string kind) => Section.GetByRole(AriaRole.Link, new() { Name = $"{kind} erfassen", Exact = true });

    public async Task<RecordAchievementPage> StartAsync(string kind)
    {
        await RecordLink(kind).ClickAsync();
        var form = new RecordAchievementPage(page);
        await Expect(form.Heading).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{kind} erfassen"));
        return form;
    }
}

/// <summary>/Personen/{id}/Integrationsleistungen/{Art}: one Integrationsleistung.</summary>
public sealed class RecordAchievementPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Language => page.GetByLabel("Sprache", new() { Exact = true });
    public ILocator Level => page.GetByLabel("Niveau (GER)");
    public ILocator CertificateName => page.GetByLabel("Prüfung oder Zertifikat");
    public ILocator CertificateDate => page.GetByLabel("Datum des Zertifikats");
    public ILocator EvidencePresent => page.GetByLabel("Nachweis liegt vor");
    public ILocator EvidenceNote => page.GetByLabel("Art des Nachweises (optional)");
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true });
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);
}

/// <summary>/Integrationsleistungen (Features/Achievements/Authority.cshtml): the ABH/EBH list.</summary>
public sealed class AuthorityListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Integrationsleistungen", Level = 1, Exact = true });
    public ILocator FileNumber => page.GetByLabel("Aktenzeichen (Integrationsmanagement)");
    public ILocator SearchButton => page.GetByRole(AriaRole.Button, new() { Name = "Suchen", Exact = true });
    public ILocator PersonLink(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}

/// <summary>/Integrationsleistungen/{id} (Features/Achievements/AuthorityClient.cshtml): facts and the decision form.</summary>
public sealed class AuthorityClientPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Achievements => page.GetByRole(AriaRole.Table, new() { Name = "Integrationsleistungen, neueste zuerst" });
    public ILocator ResidenceTable => page.GetByRole(AriaRole.Table, new() { Name = "Verlauf, neuester zuerst" });
    public ILocator Type => page.GetByLabel("Neuer Aufenthaltstitel");
    public ILocator LegalBasis => page.GetByLabel("Rechtsgrundlage");
    public ILocator IssuedOn => page.GetByLabel("Erteilt am");
    public ILocator ValidUntil => page.GetByLabel("Gültig bis (leer lassen, wenn unbefristet)");
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Entscheidung speichern", Exact = true });
    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);
}
