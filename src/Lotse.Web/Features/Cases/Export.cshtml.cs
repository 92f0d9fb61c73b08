using Lotse.Web.Domain;
using Lotse.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Cases;

/// <summary>Download of the case manager's own caseload list as CSV or XLSX (posted, so that no link prefetch exports).</summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class ExportModel(CaseloadExport export) : PageModel
{
    public void OnGet() { }

    public Task<IActionResult> OnPostCsvAsync() => Download("csv");

    public Task<IActionResult> OnPostXlsxAsync() => Download("xlsx");

    private async Task<IActionResult> Download(string format)
    {
        var result = await export.ExportAsync(format, HttpContext.RequestAborted);
        if (result.IsSuccess) return new HttpResultAction(result.Value!.ToResult());
        ModelState.AddModelError(string.Empty, result.Error!.Message);
        return Page();
    }
}
