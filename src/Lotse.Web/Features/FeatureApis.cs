using Lotse.Web.Features.Account;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Cases.GoalAgreement;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Organisations;

namespace Lotse.Web.Features;

/// <summary>Every feature's API route group under /api/v1.</summary>
public static class FeatureApis
{
    public static void MapAll(RouteGroupBuilder api)
    {
        api.MapAuthApi();
        api.MapOrganisationsApi();
        api.MapCasesApi();
    }

    /// <summary>Use-case handlers shared by pages and API.</summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        services.AddScoped<SaveOrganisation>();
        services.AddScoped<Infrastructure.CurrentUser>();
        services.AddScoped<ClientAccess>();
        services.AddScoped<CaseWork>();
        services.AddScoped<CaseCommands>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<Caseload>();
        services.AddScoped<GoalAgreements>();
        return services;
    }
}
