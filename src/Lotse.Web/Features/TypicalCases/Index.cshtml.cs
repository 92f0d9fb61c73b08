using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.TypicalCases;

public sealed class IndexModel(CaseReconstructions reconstructions) : PageModel
{
    public IReadOnlyList<TypicalCaseSummary> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await reconstructions.ListAsync(HttpContext.RequestAborted);
        if (!result.IsSuccess) return Forbid();
        Items = result.Value!;
        return Page();
    }
}
