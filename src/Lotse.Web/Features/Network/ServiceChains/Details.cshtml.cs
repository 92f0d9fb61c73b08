using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Network.ServiceChains;

[Authorize(Roles = NetworkRoles.Coordination)]
public sealed class DetailsModel(ServiceChains chains) : PageModel
{
    public ChainDto Chain { get; private set; } = null!;
    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await chains.GetAsync(id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return NotFound();
        Chain = result.Value!;
        return Page();
    }
}
