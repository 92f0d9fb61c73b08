using Lotse.Web.Data;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace Lotse.Web.Infrastructure;

public static class LotsePipeline
{
    /// <summary>
    /// Development and Demo migrate and seed on start; production migrates only when told to
    /// (Database:MigrateOnStartup=true) and otherwise through the "migrate" command.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var env = app.Environment;
        var config = app.Configuration;
        await using var scope = app.Services.CreateAsyncScope();
        var init = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        if (config.GetValue("Database:MigrateOnStartup", env.IsDemo()))
            await init.MigrateAsync();
        else if (!env.IsEnvironment(LotseEnvironments.Testing)) // test fixtures migrate their template databases themselves
            await init.EnsureMigratedAsync();
        if (config.GetValue("Demo:Seed", env.IsDemo()))
            await init.SeedDemoDataAsync();
        if (!env.IsDemo() && !env.IsEnvironment(LotseEnvironments.Testing))
            await init.EnsureNoDemoPasswordsAsync();
    }

    public static WebApplication UseLotsePipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/Fehler");
        // Pages get the German error page; the API keeps its problem details (or empty status) untouched.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/Fehler", "?code={0}"));
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<Auditing.DenialAuditMiddleware>(); // every denial on client data is audited
        app.UseMiddleware<RequireTwoFactorSetupMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapLotseEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = 200,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = 200,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = 503
            }
        }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-referenz", o => o
            .WithTitle("Lotse API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapRazorPages();
        // Unknown API addresses answer with problem details, not the HTML error page.
        app.Map("/api/{**path}", () => Http.Error.NotFound("Diese API-Adresse").ToProblem()).ExcludeFromDescription();
        Features.FeatureApis.MapAll(app.MapGroup("/api/v1"));
        return app;
    }
}
