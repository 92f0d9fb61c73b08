using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Features.Account;

/// <summary>
/// Return from the municipality's OpenID Connect provider: the external account is mapped to an
/// existing, active Lotse account (by a linked login, else by the configured user-name claim).
/// Lotse never creates accounts from external sign-ins: an administrator creates them.
/// </summary>
[AllowAnonymous]
public sealed class ExternalLoginModel(SignInManager<LotseUser> signIn, UserManager<LotseUser> users,
    IOptions<OidcOptions> oidc, AuditLog audit, LotseDbContext db) : PageModel
{
    public string Message { get; private set; } = "";

    public IActionResult OnGet() => RedirectToPage("/Account/Login");

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl = null, string? remoteError = null)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        if (remoteError is not null)
        {
            Message = "Der Anmeldedienst hat die Anmeldung abgelehnt. Bitte versuchen Sie es erneut.";
            return Page();
        }
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Message = "Die Antwort des Anmeldedienstes konnte nicht gelesen werden.";
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded) return await SignedInAsync(info, target);

        var userName = info.Principal.FindFirst(oidc.Value.UserNameClaim)?.Value;
        var user = string.IsNullOrEmpty(userName) ? null : await users.FindByNameAsync(userName);
        if (user is null || !user.IsActive)
        {
            Message = "Für diese Anmeldung gibt es kein aktives Lotse-Konto. Bitte wenden Sie sich an die Administration.";
            return Page();
        }
        var linked = await users.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            Message = string.Join(" ", linked.Errors.Select(e => e.Description));
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        audit.Add(AuditOperation.SignIn, nameof(LotseUser), user.Id.ToString(), "Externe Anmeldung (erstmals verknüpft)", user.Id, user.UserName, user.OrganisationId);
        await db.SaveChangesAsync();
        return LocalRedirect(target);
    }

    private async Task<IActionResult> SignedInAsync(ExternalLoginInfo info, string target)
    {
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (user is not null)
        {
            audit.Add(AuditOperation.SignIn, nameof(LotseUser), user.Id.ToString(), "Externe Anmeldung", user.Id, user.UserName, user.OrganisationId);
            await db.SaveChangesAsync();
        }
        return LocalRedirect(target);
    }
}
