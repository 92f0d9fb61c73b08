using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.TypicalCases;

public static class TypicalCasesApi
{
    public static RouteGroupBuilder MapTypicalCasesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/typical-cases").WithTags("Fallrekonstruktion");

        g.MapPost("/", async (ReconstructionInput input, CaseReconstructions cases, CancellationToken ct) =>
                (await cases.CreateAsync(input, ct)).ToHttp(t => Results.Created($"/api/v1/typical-cases/{t.Id}", t)))
            .WithSummary("Fallrekonstruktion aus einem Fall erzeugen (fallführende Case Manager:in oder Koordinierende Stelle): anonymisierte Zeitleiste in relativen Tagen.");
        g.MapGet("/", async (CaseReconstructions cases, CancellationToken ct) => (await cases.ListAsync(ct)).ToHttp(Results.Ok))
            .WithSummary("Alle Fallrekonstruktionen (anonymisiert).");
        g.MapGet("/{id:guid}", async (Guid id, CaseReconstructions cases, CancellationToken ct) => (await cases.GetAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Eine Fallrekonstruktion mit Zeitleiste, Anmerkungen und optimalem Verlauf.");
        g.MapPost("/{id:guid}/annotations", async (Guid id, AnnotationInput input, CaseReconstructions cases, CancellationToken ct) =>
                (await cases.AnnotateAsync(id, input, ct)).ToHttp(Results.Ok))
            .WithSummary("Anmerkung zu einem Eintrag der Zeitleiste (entryIndex) oder zum ganzen Fall.");
        g.MapPut("/{id:guid}/optimal-path", async (Guid id, OptimalPathInput input, CaseReconstructions cases, CancellationToken ct) =>
                (await cases.SetOptimalPathAsync(id, input, ct)).ToHttp(Results.Ok))
            .WithSummary("Optimalen Verlauf neben den realen legen: Schritte mit Tag, Beschreibung und Organisation.");
        return api;
    }

    public static IServiceCollection AddTypicalCasesFeature(this IServiceCollection services)
    {
        services.AddScoped<CaseReconstructions>();
        // Timeline sources; referrals and obstacles are added the same way.
        services.AddScoped<ITimelineSource, CaseTimelineSource>();
        services.AddScoped<ITimelineSource, ReferralTimelineSource>();
        services.AddScoped<ITimelineSource, ObstacleTimelineSource>();
        return services;
    }
}
