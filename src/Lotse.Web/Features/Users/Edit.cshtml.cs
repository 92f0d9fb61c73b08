using System.ComponentModel.DataAnnotations;
using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

/// <summary>Create or edit an account; for an existing one also end its sessions, set a new password, lift a lockout.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(LotseDbContext db, ReadUsers read, SaveUser save, UserAccess access, TwoFactorPolicy twoFactor) : PageModel
{
    public sealed class PasswordResetInput
    {
        [Display(Name = "Neues Passwort")]
        public string? Password { get; set; }

        [Display(Name = "Neues Passwort wiederholen")]
        public string? Confirmation { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public UserInput Input { get; set; } = new();
    [BindProperty] public PasswordResetInput NewPassword { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    /// <summary>The stored account (existing accounts only), with its sessions, 2FA and lockout state.</summary>
    public UserDetailDto? Account { get; private set; }
    public bool TwoFactorRequired { get; private set; }
    public bool IsSelf => Id is { } id && id == UsersApi.ActingUserId(User);
    public List<SelectListItem> OrganisationOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            if (!await LoadAccountAsync(id)) return NotFound();
            Input = UserInput.From(Account!);
        }
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var result = Id is { } id
            ? await save.UpdateAsync(id, Input, UsersApi.ActingUserId(User), ct)
            : await save.CreateAsync(Input, ct);
        if (result.IsSuccess)
        {
            var user = result.Value!;
            StatusMessage = user.IsActive
                ? $"Das Benutzerkonto „{user.DisplayName}“ wurde gespeichert."
                : $"Das Benutzerkonto „{user.DisplayName}“ wurde gespeichert. Es ist deaktiviert; alle seine Sitzungen und API-Tokens sind beendet.";
            return RedirectToPage("/Users/Index");
        }
        ModelState.Clear();
        result.Error!.AddTo(ModelState);
        Input.Password = null;
        if (Id is { } existing && !await LoadAccountAsync(existing)) return NotFound();
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEndSessionsAsync()
    {
        if (Id is not { } id) return NotFound();
        var result = await access.EndSessionsAsync(id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return await ShowErrorAsync(id, result.Error!);
        StatusMessage = result.Value == 0
            ? "Das Konto hatte keine aktiven Sitzungen."
            : $"Alle Sitzungen und API-Tokens des Kontos wurden beendet ({result.Value}).";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        if (Id is not { } id) return NotFound();
        if (!string.IsNullOrEmpty(NewPassword.Password) && NewPassword.Password != NewPassword.Confirmation)
            return await ShowErrorAsync(id, Infrastructure.Http.Error.Invalid("confirmation", "Die beiden Eingaben des neuen Passworts stimmen nicht überein."), nameof(NewPassword));
        var result = await access.ResetPasswordAsync(id, new PasswordInput { Password = NewPassword.Password ?? "" }, HttpContext.RequestAborted);
        if (!result.IsSuccess) return await ShowErrorAsync(id, result.Error!, nameof(NewPassword));
        StatusMessage = "Das neue Passwort ist gesetzt. Alle Sitzungen und API-Tokens des Kontos wurden beendet; bitte teilen Sie der Person das Passwort auf sicherem Weg mit.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        if (Id is not { } id) return NotFound();
        var result = await access.UnlockAsync(id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return await ShowErrorAsync(id, result.Error!);
        StatusMessage = "Die Sperre ist aufgehoben. Die Person kann sich wieder anmelden.";
        return RedirectToPage(new { id });
    }

    /// <summary>Shows the page again with the stored account and the error of a failed action.</summary>
    private async Task<IActionResult> ShowErrorAsync(Guid id, Infrastructure.Http.Error error, string prefix = nameof(Input))
    {
        ModelState.Clear();
        error.AddTo(ModelState, prefix);
        NewPassword = new PasswordResetInput();
        if (!await LoadAccountAsync(id)) return NotFound();
        Input = UserInput.From(Account!);
        await LoadOptionsAsync();
        return Page();
    }

    private async Task<bool> LoadAccountAsync(Guid id)
    {
        var result = await read.GetAsync(id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return false;
        Account = result.Value;
        TwoFactorRequired = await twoFactor.IsRequiredForAsync(id, HttpContext.RequestAborted);
        return true;
    }

    private async Task LoadOptionsAsync() =>
        OrganisationOptions = await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive || o.Id == Input.OrganisationId)
            .OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();

    private static readonly TimeZoneInfo GermanTime = FindGermanTime();

    /// <summary>A stored UTC time as local German time.</summary>
    public static string Local(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, GermanTime).ToString("dd.MM.yyyy 'um' HH:mm 'Uhr'", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    private static TimeZoneInfo FindGermanTime()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
