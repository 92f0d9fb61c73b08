using System.ComponentModel.DataAnnotations;
using System.Text;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Lotse.Web.Features.Account;

/// <summary>Set up (or switch off, where not required) TOTP two-factor authentication for one's own account.</summary>
public sealed class TwoFactorModel(UserManager<LotseUser> users, SignInManager<LotseUser> signIn, TwoFactorPolicy policy) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Bitte geben Sie den Code aus der App ein.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Der Code besteht aus sechs Ziffern.")]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (ModelState.IsValid)
        {
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code.Replace(" ", ""));
            if (valid)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                await signIn.RefreshSignInAsync(user);
                StatusMessage = "Die Zwei-Faktor-Authentifizierung ist eingerichtet. Bei der nächsten Anmeldung fragt Lotse nach dem Code.";
                return RedirectToPage();
            }
            ModelState.AddModelError(nameof(Code), "Der Code ist ungültig. Bitte prüfen Sie die Uhrzeit Ihres Geräts und versuchen Sie es erneut.");
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await policy.IsRequiredForAsync(user.Id))
        {
            StatusMessage = "Die Zwei-Faktor-Authentifizierung ist für Ihr Konto vorgeschrieben und kann nicht ausgeschaltet werden.";
            return RedirectToPage();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        StatusMessage = "Die Zwei-Faktor-Authentifizierung ist ausgeschaltet.";
        return RedirectToPage();
    }

    private async Task LoadAsync(LotseUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = await policy.IsRequiredForAsync(user.Id);
        if (Enabled) return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/Lotse:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=Lotse&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
