using Microsoft.Playwright;

namespace Lotse.BrowserTests.Pages;

/// <summary>The panel "Zuständigkeiten &amp; Perspektiven" on the case page (Features/Rules/_FindingsPanel.cshtml).</summary>
public sealed class FindingsPanel(IPage page)
{
    public ILocator Region => page.GetByRole(AriaRole.Region, new() { Name = "Zuständigkeiten & Perspektiven" });
    public ILocator Disclaimer => Region.Locator(".findings-disclaimer");
    public ILocator Finding(string title) => Region.GetByRole(AriaRole.Article, new() { Name = title });
    public ILocator SourceLink(string norm) => Region.GetByRole(AriaRole.Link, new() { Name = norm, Exact = true });
}

/// <summary>The start page's list "Hinweise aus den Regelwerken" (Features/Rules/_StartPageFindings.cshtml).</summary>
public sealed class StartPageFindings(IPage page)
{
    public ILocator Region => page.GetByRole(AriaRole.Region, new() { Name = "Hinweise aus den Regelwerken" });
}
