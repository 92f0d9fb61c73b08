using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Network.Offers;

[Authorize(Roles = NetworkRoles.OfferReaders)]
public sealed class DetailsModel(OfferDirectory directory) : PageModel
{
    public OfferDto Offer { get; private set; } = null!;
    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await directory.GetAsync(id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return NotFound();
        Offer = result.Value!;
        return Page();
    }
}
