using Lotse.Web.Features.DataProtection.Retention;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.DataProtection;

/// <summary>The dry-run report of the retention periods (changes nothing), and running them now.</summary>
[Authorize(Policy = Policies.AuditTrail)]
public sealed class RetentionModel(RetentionJob job) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    public RetentionReport Report { get; private set; } = null!;

    public async Task OnGetAsync() => Report = await job.PlanAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await job.RunAsync(HttpContext.RequestAborted);
        StatusMessage = result.TotalDue == 0 ? "Es war nichts fällig; nichts wurde geändert." : $"{result.TotalDue} Datensätze wurden anonymisiert.";
        return RedirectToPage();
    }
}
