using System.Security.Claims;

namespace Lotse.Web.Infrastructure.Auditing;

/// <summary>Who is acting and through which channel, for the audit trail. Scoped per request or job.</summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    private AuditChannel? _channel;
    private string? _purpose;

    /// <summary>Jobs and exports say who they are; a request otherwise is UI or API by its path.</summary>
    public void Use(AuditChannel channel, string? purpose = null)
    {
        _channel = channel;
        _purpose = purpose;
    }

    private ClaimsPrincipal? _actingAs;

    /// <summary>A background job started by a person (e.g. an import) is recorded under that person.</summary>
    public void ActAs(ClaimsPrincipal principal) => _actingAs = principal;

    public ClaimsPrincipal? Principal => _actingAs ?? http.HttpContext?.User;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public Guid? OrganisationId => Guid.TryParse(Principal?.FindFirstValue(LotseClaims.Organisation), out var id) ? id : null;

    public string? Purpose => _purpose;

    public AuditChannel Channel => _channel ?? (http.HttpContext is { } ctx
        ? ctx.Request.Path.StartsWithSegments("/api") ? AuditChannel.Api : AuditChannel.Ui
        : AuditChannel.Job);
}

public static class LotseClaims
{
    public const string Organisation = "lotse:org";
    public const string DisplayName = "lotse:name";
    public const string Session = "lotse:session";
}
