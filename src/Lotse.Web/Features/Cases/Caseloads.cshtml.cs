using Lotse.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Cases;

/// <summary>Fallzahlen for the Koordinierende Stelle: active cases per case manager against 1:100, and per Regionalbereich.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class CaseloadsModel(Caseload caseload) : PageModel
{
    public CaseloadOverview Overview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var overview = await caseload.OverviewAsync(HttpContext.RequestAborted);
        if (overview is null) return Forbid();
        Overview = overview;
        return Page();
    }
}
