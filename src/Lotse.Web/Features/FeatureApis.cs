using Lotse.Web.Features.Account;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Cases.GoalAgreement;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Audit;
using Lotse.Web.Features.Import;
using Lotse.Web.Features.Organisations;
using Lotse.Web.Features.Steering;
using Lotse.Web.Features.Territory;
using Lotse.Web.Features.Users;

namespace Lotse.Web.Features;

/// <summary>Every feature's API route group under /api/v1.</summary>
public static class FeatureApis
{
    public static void MapAll(RouteGroupBuilder api)
    {
        api.MapAuthApi();
        api.MapOrganisationsApi();
        api.MapTerritoryApi();
        api.MapUsersApi();
        api.MapSecuritySettingsApi();
        api.MapClientsApi();
        api.MapCasesApi();
        api.MapAuditApi();
        api.MapImportApi();
        api.MapSteeringApi();
    }

    /// <summary>Use-case handlers shared by pages and API.</summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        services.AddScoped<SaveOrganisation>();
        services.AddScoped<SaveMunicipality>();
        services.AddScoped<SaveRegion>();
        services.AddScoped<ReadUsers>();
        services.AddScoped<SaveUser>();
        services.AddScoped<UserAccess>();
        services.AddScoped<SaveSecuritySettings>();
        services.AddScoped<Infrastructure.CurrentUser>();
        services.AddScoped<ClientAccess>();
        services.AddScoped<ClientFile>();
        services.AddScoped<ClientQueries>();
        services.AddScoped<DuplicateCheck>();
        services.AddScoped<MergeClients>();
        services.AddScoped<CaseWork>();
        services.AddScoped<CaseCommands>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<Caseload>();
        services.AddScoped<CaseManagerDirectory>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<SearchAuditTrail>();
        services.AddScoped<ExportAuditTrail>();
        services.AddScoped<VerifyAuditTrail>();
        services.AddScoped<GoalAgreements>();
        services.AddScoped<ImportSessions>();
        services.AddScoped<ImportDryRun>();
        services.AddScoped<ImportCommit>();
        services.AddSingleton<ImportProgress>();
        services.AddSingleton<ImportJobs>();
        services.AddHostedService<ImportHousekeeping>();
        services.AddScoped<CaseloadExport>();
        // Steering (Baustein 1): obstacles, topics, working groups, Lenkungsgruppe
        services.AddScoped<SteeringAccess>();
        services.AddScoped<Steering.Obstacles.ObstacleWork>();
        services.AddScoped<Steering.Obstacles.ObstacleBoard>();
        services.AddScoped<Steering.WorkingGroups.WorkingGroupWork>();
        services.AddScoped<Steering.SteeringGroup.SteeringGroupWork>();
        return services;
    }
}
