using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Network.ServiceChains;

[Authorize(Roles = NetworkRoles.Coordination)]
public sealed class IndexModel(ServiceChains chains) : PageModel
{
    public IReadOnlyList<ChainSummaryDto> Chains { get; private set; } = [];
    public async Task OnGetAsync() => Chains = await chains.ListAsync(HttpContext.RequestAborted);
}
