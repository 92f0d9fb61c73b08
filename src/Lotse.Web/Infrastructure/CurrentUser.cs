using System.Security.Claims;
using Lotse.Web.Infrastructure.Auditing;

namespace Lotse.Web.Infrastructure;

/// <summary>The signed-in person as handlers need them: id, organisation, roles.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal? _actingAs;

    private ClaimsPrincipal Principal => _actingAs ?? http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>A background job started by a person (e.g. an import) works with that person's identity and rights.</summary>
    public void ActAs(ClaimsPrincipal principal) => _actingAs = principal;

    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
    public Guid OrganisationId => Guid.TryParse(Principal.FindFirstValue(LotseClaims.Organisation), out var id) ? id : Guid.Empty;
    public bool IsInRole(string role) => Principal.IsInRole(role);
}
