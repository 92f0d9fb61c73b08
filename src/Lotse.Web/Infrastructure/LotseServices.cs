using System.Text.Json.Serialization;
using Lotse.Web.Data;
using Lotse.Web.Features;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Identity;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Infrastructure;

public static class Policies
{
    public const string Administration = "Administration";
    public const string AuditTrail = "AuditTrail";
}

/// <summary>Service registration: one place that shows how Lotse is put together.</summary>
public static class LotseServices
{
    public const string AuthScheme = "Lotse";

    public static WebApplicationBuilder AddLotse(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var env = builder.Environment;

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddLotseDatabase(config, env);
        services.AddScoped<AuditActor>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditSealer>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<SessionService>();
        services.AddScoped<TwoFactorPolicy>();
        services.AddSingleton<SignedInUserCache>();
        services.AddHostedService<AuditSealingService>();
        services.AddHostedService<SessionHousekeeping>();
        services.Configure<LotseSessionOptions>(config.GetSection("Sessions"));

        services.AddDataProtection().SetApplicationName("Lotse").PersistKeysToDbContext<LotseDbContext>();

        services.AddIdentity<LotseUser, LotseRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = config.GetValue("Identity:MaxFailedAccessAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Identity:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<LotseDbContext>()
            .AddSignInManager<LotseSignInManager>()
            .AddClaimsPrincipalFactory<LotseClaimsPrincipalFactory>()
            .AddErrorDescriber<GermanIdentityErrorDescriber>()
            .AddPasswordValidator<NoDemoPasswordValidator>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var secure = !env.IsDevelopment();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, UseDatabaseTicketStore>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = secure ? "__Host-Lotse" : "Lotse";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.LoginPath = "/Anmelden";
            o.LogoutPath = "/Abmelden";
            o.AccessDeniedPath = "/Zugriff-verweigert";
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, 401);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, 403);
        });
        services.ConfigureExternalCookie(o =>
        {
            o.Cookie.Name = secure ? "__Host-Lotse.Extern" : "Lotse.Extern";
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = secure ? "__Host-Lotse.Af" : "Lotse.Af";
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        // The half-finished sign-in between password and second factor, and status messages after a save.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = secure ? "__Host-Lotse.2fa" : "Lotse.2fa";
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = secure ? "__Host-Lotse.Msg" : "Lotse.Msg";
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
        });

        var auth = services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthScheme;
                o.DefaultAuthenticateScheme = AuthScheme;
                o.DefaultChallengeScheme = AuthScheme;
                o.DefaultForbidScheme = AuthScheme;
            })
            // API clients send a bearer token; browsers a session cookie.
            .AddPolicyScheme(AuthScheme, "Lotse", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, o => { });

        services.AddSingleton<IValidateOptions<OidcOptions>, OidcOptionsValidator>();
        services.AddOptions<OidcOptions>().Bind(config.GetSection(OidcOptions.Section)).ValidateOnStart();
        var oidc = config.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        if (oidc.Enabled)
        {
            auth.AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.CallbackPath = "/signin-oidc";
            });
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.AuditTrail, p => p.RequireRole(Roles.DataProtectionOfficer));

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
            })
            .AddMvcOptions(o => o.ModelMetadataDetailsProviders.Add(new HandlerValidatedForms()));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions.Remove("traceId");
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Unreadable API input (malformed JSON, "page=abc") throws in every environment, not only in Development,
        // so ProblemDetailsExceptionHandler answers with a German 400 problem instead of the HTML status page.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Lotse API";
            doc.Info.Description = "Schnittstelle von Lotse, der Software für das Kommunale Integrationsmanagement NRW. Anmeldung: POST /api/v1/auth/token, dann Authorization: Bearer <accessToken>.";
            return Task.CompletedTask;
        }));
        services.AddFeatureHandlers();
        services.AddHealthChecks().AddDbContextCheck<LotseDbContext>("database");
        return builder;
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            return ProblemResponses.WriteAuthProblem(ctx.HttpContext, status);
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
