using Lotse.Web.Features.DataProtection.Erasure;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.DataProtection;

/// <summary>The data-protection officer's start: find a client by file number (posted, never in the URL).</summary>
[Authorize(Policy = Policies.AuditTrail)]
public sealed class IndexModel(ErasureRequests erasure) : PageModel
{
    [BindProperty] public string? FileNumber { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var result = await erasure.LookupAsync(FileNumber, HttpContext.RequestAborted);
        if (result.IsSuccess) return RedirectToPage("/DataProtection/Person", new { id = result.Value });
        if (result.Error!.Kind == ErrorKind.NotFound) ModelState.AddModelError(nameof(FileNumber), "Eine Person mit diesem Aktenzeichen gibt es nicht.");
        else ModelState.AddModelError(nameof(FileNumber), result.Error.Message);
        return Page();
    }
}
