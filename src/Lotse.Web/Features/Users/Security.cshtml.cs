using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class SecurityModel(LotseDbContext db, SaveSecuritySettings settings) : PageModel
{
    [BindProperty] public SecuritySettingsInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    /// <summary>Active accounts without two-factor authentication: they must set it up once it is required for them.</summary>
    public int ActiveWithoutTwoFactor { get; private set; }

    public async Task OnGetAsync()
    {
        Input = SecuritySettingsInput.From(await settings.GetAsync(HttpContext.RequestAborted));
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await settings.UpdateAsync(Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = "Die Sicherheitseinstellungen wurden gespeichert. Sie gelten ab der nächsten Anfrage jeder Person.";
            return RedirectToPage();
        }
        ModelState.Clear();
        result.Error!.AddTo(ModelState);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        ActiveWithoutTwoFactor = await db.Users.CountAsync(u => u.IsActive && !u.TwoFactorEnabled, HttpContext.RequestAborted);
}
