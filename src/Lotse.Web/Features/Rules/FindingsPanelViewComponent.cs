using Lotse.Web.Features.Clients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Rules;

/// <summary>The case page's panel "Zuständigkeiten & Perspektiven" (rendered by Cases/Details with one line).</summary>
public sealed class FindingsPanelViewComponent(RuleFindings findings, ClientAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var ct = HttpContext.RequestAborted;
        var result = await findings.ForCaseAsync(caseId, ct);
        ViewData["CaseId"] = caseId;
        ViewData["MayEdit"] = result is not null && await access.EditableCases().AnyAsync(c => c.Id == caseId, ct);
        return View("~/Features/Rules/_FindingsPanel.cshtml", result);
    }
}
