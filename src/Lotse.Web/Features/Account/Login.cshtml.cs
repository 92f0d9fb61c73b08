using System.ComponentModel.DataAnnotations;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<LotseUser> signIn, UserManager<LotseUser> users, AuditLog audit, LotseDbContext db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihren Benutzernamen ein.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort ein.")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public IReadOnlyList<AuthenticationScheme> ExternalProviders { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByNameAsync(Input.UserName.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await RecordAsync(AuditOperation.SignIn, user!);
            return LocalRedirect(SafeReturnUrl());
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl = SafeReturnUrl() });

        if (user is not null) await RecordAsync(AuditOperation.SignInFailed, user);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Ihr Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es später erneut."
            : result.IsNotAllowed
                ? "Ihr Konto ist deaktiviert. Bitte wenden Sie sich an die Administration."
                : "Benutzername oder Passwort ist falsch.");
        return Page();
    }

    public IActionResult OnPostExternal(string provider)
    {
        var redirect = Url.Page("/Account/ExternalLogin", pageHandler: "Callback", values: new { ReturnUrl = SafeReturnUrl() });
        var properties = signIn.ConfigureExternalAuthenticationProperties(provider, redirect);
        return Challenge(properties, provider);
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    private async Task RecordAsync(AuditOperation operation, LotseUser user)
    {
        audit.Add(operation, nameof(LotseUser), user.Id.ToString(), userId: user.Id, userName: user.UserName, organisationId: user.OrganisationId);
        await db.SaveChangesAsync();
    }
}
