using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Network.Offers;

/// <summary>Parallel offers and the gap map: aggregates for the Koordinierende Stelle and the Lenkungsgruppe.</summary>
[Authorize(Roles = NetworkRoles.Strategic)]
public sealed class CoverageModel(OfferCoverage coverage) : PageModel
{
    public IReadOnlyList<OverlapDto> Overlaps { get; private set; } = [];
    public GapMap Gaps { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Overlaps = await coverage.OverlapsAsync(HttpContext.RequestAborted);
        Gaps = await coverage.GapMapAsync(HttpContext.RequestAborted);
    }
}
