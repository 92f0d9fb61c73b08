using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.Rules;

/// <summary>The case page's panel "Zuständigkeiten & Perspektiven" (rendered by Cases/Details with one line).</summary>
public sealed class FindingsPanelViewComponent(RuleFindings findings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var result = await findings.ForCaseAsync(caseId, HttpContext.RequestAborted);
        return View("~/Features/Rules/_FindingsPanel.cshtml", result);
    }
}
