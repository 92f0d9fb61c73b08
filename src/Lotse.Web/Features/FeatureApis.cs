using Lotse.Web.Features.Account;
using Lotse.Web.Features.Achievements;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Cases.GoalAgreement;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Consents;
using Lotse.Web.Features.Audit;
using Lotse.Web.Features.Import;
using Lotse.Web.Features.Network;
using Lotse.Web.Features.StaffPlanning;
using Lotse.Web.Features.Organisations;
using Lotse.Web.Features.Rules;
using Lotse.Web.Features.Referrals;
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
        DataProtection.DataProtectionApi.MapDataProtectionApi(api); // Auskunft, Berichtigung, Löschung, Aufbewahrung
        TypicalCases.TypicalCasesApi.MapTypicalCasesApi(api);       // Fallrekonstruktion
        api.MapRulesApi();
        api.MapReferralsApi(); // referrals
        api.MapConsentsApi(); // issue 4: consents, who may see what
        api.MapAchievementsApi();
        api.MapSteeringApi();
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
        DataProtection.DataProtectionApi.AddDataProtectionFeature(services);
        TypicalCases.TypicalCasesApi.AddTypicalCasesFeature(services);
        // Rules (issue 5): rule catalogue checked at start-up, findings, materialised start-page reminders.
        services.AddSingleton<RuleCatalog>();
        services.AddHostedService<RuleCatalogCheck>();
        services.AddScoped<RuleFindings>();
        services.AddScoped<ClientFindingsStore>();
        services.AddScoped<StartPageFindingsQuery>();
        services.AddScoped<RuleFactsCommands>();
        services.AddSingleton<FindingsRefreshInterceptor>();
        services.AddSingleton<FindingsRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<FindingsRefresher>());
        // referrals
        services.AddScoped<ReferralAccess>();
        services.AddScoped<ReferralConsents>();
        services.AddScoped<ReferralCommands>();
        services.AddScoped<ReferralQueries>();
        // Consents and need-to-know sharing (issue 4)
        services.AddScoped<Consents.SharedClientView>();
        services.AddScoped<Consents.ConsentCommands>();
        services.AddScoped<Consents.ConsentQueries>();
        services.AddScoped<Consents.ConsentForms>();
        // Baustein 3: Integrationsleistungen and the Ausländer-/Einbürgerungsbehörde's view
        services.AddScoped<AchievementAccess>();
        services.AddScoped<AchievementRecords>();
        services.AddScoped<ImmigrationView>();
        // Steering (Baustein 1): obstacles, topics, working groups, Lenkungsgruppe
        services.AddScoped<SteeringAccess>();
        services.AddScoped<Steering.Obstacles.ObstacleWork>();
        services.AddScoped<Steering.Obstacles.ObstacleBoard>();
        services.AddScoped<Steering.WorkingGroups.WorkingGroupWork>();
        services.AddScoped<Steering.SteeringGroup.SteeringGroupWork>();
        // Network and staff planning (issue 6)
        services.AddScoped<NetworkAccess>();
        services.AddScoped<Network.Offers.OfferDirectory>();
        services.AddScoped<Network.Offers.OfferCoverage>();
        services.AddScoped<Network.Agreements.Agreements>();
        services.AddScoped<Network.ServiceChains.ServiceChains>();
        services.AddScoped<Network.ServiceChains.StoredServiceChainObservations>();
        services.AddScoped<Network.ServiceChains.ReferralServiceChainObservations>();
        services.AddScoped<Network.ServiceChains.IServiceChainObservations, Network.ServiceChains.CombinedServiceChainObservations>();
        services.AddScoped<StaffPlans>();
        return services;
    }
}
