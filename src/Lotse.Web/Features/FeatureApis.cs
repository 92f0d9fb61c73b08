using Lotse.Web.Features.Account;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Cases.GoalAgreement;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Audit;
using Lotse.Web.Features.Import;
using Lotse.Web.Features.Network;
using Lotse.Web.Features.StaffPlanning;
using Lotse.Web.Features.Organisations;
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
        // Network and staff planning (issue 6)
        api.MapNetworkApi();
        api.MapStaffPlanningApi();
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
        // Network and staff planning (issue 6)
        services.AddScoped<NetworkAccess>();
        services.AddScoped<Network.Offers.OfferDirectory>();
        services.AddScoped<Network.Offers.OfferCoverage>();
        services.AddScoped<Network.Agreements.Agreements>();
        services.AddScoped<Network.ServiceChains.ServiceChains>();
        services.AddScoped<Network.ServiceChains.IServiceChainObservations, Network.ServiceChains.StoredServiceChainObservations>();
        services.AddScoped<StaffPlans>();
        return services;
    }
}
