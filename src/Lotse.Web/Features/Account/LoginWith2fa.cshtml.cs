using System.ComponentModel.DataAnnotations;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<LotseUser> signIn, AuditLog audit, LotseDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Bitte geben Sie den Code ein.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Der Code besteht aus sechs Ziffern.")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", ""), isPersistent: false, rememberClient: false);
        audit.Add(result.Succeeded ? AuditOperation.SignIn : AuditOperation.SignInFailed, nameof(LotseUser), user.Id.ToString(), userId: user.Id, userName: user.UserName, organisationId: user.OrganisationId);
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Ihr Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt."
            : "Der Code ist ungültig. Bitte prüfen Sie die Uhrzeit Ihres Geräts und versuchen Sie es erneut.");
        return Page();
    }
}
