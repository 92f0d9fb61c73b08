using System.Security.Claims;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Infrastructure.Identity;

/// <summary>Adds the user's organisation and display name to the principal.</summary>
public sealed class LotseClaimsPrincipalFactory(UserManager<LotseUser> users, RoleManager<LotseRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LotseUser, LotseRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LotseUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LotseClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(LotseClaims.DisplayName, user.DisplayName));
        return identity;
    }
}

/// <summary>Deactivated accounts cannot sign in, whatever their password.</summary>
public sealed class LotseSignInManager(
    UserManager<LotseUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LotseUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LotseUser>> logger, Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LotseUser> confirmation)
    : SignInManager<LotseUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(LotseUser user) => user.IsActive && await base.CanSignInAsync(user);
}

/// <summary>Refuses the published demo password outside the demo environment (and the Testing environment, which seeds demo data).</summary>
public sealed class NoDemoPasswordValidator(IHostEnvironment env) : IPasswordValidator<LotseUser>
{
    public const string DemoPassword = "Lotse-Demo-2026!";

    public Task<IdentityResult> ValidateAsync(UserManager<LotseUser> manager, LotseUser user, string? password) =>
        Task.FromResult(password == DemoPassword && !env.IsDemo() && !env.IsEnvironment(LotseEnvironments.Testing)
            ? IdentityResult.Failed(new IdentityError { Code = "DemoPassword", Description = "Das Demo-Passwort ist öffentlich bekannt und darf hier nicht verwendet werden." })
            : IdentityResult.Success);
}

public static class LotseEnvironments
{
    public const string Demo = "Demo";
    public const string Testing = "Testing";

    /// <summary>Development and the Demo environment carry demo data and demo passwords; nothing else does.</summary>
    public static bool IsDemo(this IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment(Demo);
}
