using System.Security.Claims;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Features.Cases;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Home;

public sealed class IndexModel(LotseDbContext db, Caseload caseload, TimeProvider clock) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public string RoleNames { get; private set; } = "";
    [TempData] public string? StatusMessage { get; set; }
    /// <summary>The case manager's own active cases; null for other roles.</summary>
    public IReadOnlyList<CaseloadItem>? MyCases { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync()
    {
        DisplayName = User.FindFirstValue(LotseClaims.DisplayName) ?? User.Identity!.Name!;
        RoleNames = string.Join(", ", User.FindAll(ClaimTypes.Role).Select(c => Roles.GermanName(c.Value)));
        var orgId = Guid.Parse(User.FindFirstValue(LotseClaims.Organisation)!);
        OrganisationName = await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync() ?? "";
        if (User.IsInRole(Roles.CaseManager))
            MyCases = await caseload.MineAsync(HttpContext.RequestAborted);
    }
}
