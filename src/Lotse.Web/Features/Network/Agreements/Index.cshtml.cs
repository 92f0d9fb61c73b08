using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Network.Agreements;

[Authorize(Roles = NetworkRoles.Coordination)]
public sealed class IndexModel(Agreements agreements) : PageModel
{
    public IReadOnlyList<AgreementSummaryDto> Agreements { get; private set; } = [];
    public async Task OnGetAsync() => Agreements = await agreements.ListAsync(HttpContext.RequestAborted);
}
