using System.Security.Claims;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Account;

/// <summary>Sign-out ends every session and API token of the user, on every device and app instance.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<LotseUser> signIn, SessionService sessions, AuditLog audit, LotseDbContext db) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Home/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            audit.Add(AuditOperation.SignOut, nameof(LotseUser), userId.ToString());
            await db.SaveChangesAsync();
            await sessions.EndAllAsync(userId, HttpContext.RequestAborted);
        }
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
