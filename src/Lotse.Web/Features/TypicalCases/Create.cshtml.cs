using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.TypicalCases;

/// <summary>Creates a reconstruction from one case (its case manager or the Koordinierende Stelle).</summary>
public sealed class CreateModel(CaseReconstructions reconstructions) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid CaseId { get; set; }
    [BindProperty] public ReconstructionInput Input { get; set; } = new() { WaitingThresholdDays = CaseReconstructions.DefaultWaitingThresholdDays };

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        Input.CaseId = CaseId;
        var result = await reconstructions.CreateAsync(Input, HttpContext.RequestAborted);
        if (result.IsSuccess) return RedirectToPage("/TypicalCases/Details", new { id = result.Value!.Id });
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (result.Error.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState);
        return Page();
    }
}
