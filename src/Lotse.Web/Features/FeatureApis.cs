using Lotse.Web.Features.Account;
using Lotse.Web.Features.Audit;
using Lotse.Web.Features.Organisations;

namespace Lotse.Web.Features;

/// <summary>Every feature's API route group under /api/v1.</summary>
public static class FeatureApis
{
    public static void MapAll(RouteGroupBuilder api)
    {
        api.MapAuthApi();
        api.MapOrganisationsApi();
        api.MapAuditApi();
    }

    /// <summary>Use-case handlers shared by pages and API.</summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        services.AddScoped<SaveOrganisation>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<SearchAuditTrail>();
        services.AddScoped<ExportAuditTrail>();
        services.AddScoped<VerifyAuditTrail>();
        return services;
    }
}
