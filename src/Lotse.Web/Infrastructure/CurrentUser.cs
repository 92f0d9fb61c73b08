using System.Security.Claims;
using Lotse.Web.Infrastructure.Auditing;

namespace Lotse.Web.Infrastructure;

/// <summary>The signed-in person as handlers need them: id, organisation, roles.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
    public Guid OrganisationId => Guid.TryParse(Principal.FindFirstValue(LotseClaims.Organisation), out var id) ? id : Guid.Empty;
    public bool IsInRole(string role) => Principal.IsInRole(role);
}
