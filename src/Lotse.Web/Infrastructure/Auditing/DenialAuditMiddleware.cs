namespace Lotse.Web.Infrastructure.Auditing;

/// <summary>
/// Every denial on a path that carries client data (pages and API of persons, cases, consents, referrals, caseload,
/// exports) is audited: 403, 404 and the sign-in scheme's redirect to "Zugriff verweigert". One place, so no handler
/// can forget it. The entry names the resource kind and its opaque id from the route (or "-"), never request values,
/// and is written in its own scope, so nothing a refused handler left in its context is saved with it.
/// </summary>
public sealed class DenialAuditMiddleware(RequestDelegate next, IServiceScopeFactory scopes)
{
    private static readonly (string Prefix, string EntityType)[] Resources =
    [
        ("/api/v1/clients", "Client"), ("/api/v1/cases", "Case"), ("/api/v1/consents", "Consent"),
        ("/api/v1/referrals", "Referral"), ("/api/v1/caseload", "Caseload"), ("/api/v1/achievements", "Client"),
        ("/Personen", "Client"), ("/Faelle", "Case"), ("/Fallliste", "Caseload"), ("/Einwilligungen", "Consent"),
        ("/Verweisungen", "Referral"),
        ("/api/v1/immigration", "Client"), ("/Integrationsleistungen", "Client"), // Baustein 3: the ABH/EBH view
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.User.Identity?.IsAuthenticated != true) return;
        var status = context.Response.StatusCode;
        var deniedPage = status == StatusCodes.Status302Found
            && context.Response.Headers.Location.ToString().Contains("/Zugriff-verweigert", StringComparison.Ordinal);
        if (status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound) && !deniedPage) return;
        var path = context.Request.Path;
        var entityType = Resources.FirstOrDefault(r => path.StartsWithSegments(r.Prefix, StringComparison.OrdinalIgnoreCase)).EntityType;
        if (entityType is null) return;
        var id = context.Request.RouteValues.TryGetValue("id", out var value) && Guid.TryParse(value?.ToString(), out var guid)
            ? guid.ToString()
            : "-";
        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        await audit.DeniedAsync(entityType, id, status == StatusCodes.Status404NotFound ? "Verweigert (404)" : "Verweigert (403)", context.RequestAborted);
    }
}
