using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

[Authorize(Policy = Policies.Administration)]
public sealed class RegionsModel(LotseDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, string? MainSite, IReadOnlyList<string> Municipalities);

    public IReadOnlyList<Row> Regions { get; private set; } = [];
    public IReadOnlyList<string> Unassigned { get; private set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        Regions = (await db.Regions.AsNoTracking().Include(r => r.Municipalities).OrderBy(r => r.Name).ToListAsync())
            .Select(r => new Row(r.Id, r.Name, r.MainSite, r.Municipalities.Select(m => m.Name).Order().ToList()))
            .ToList();
        Unassigned = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == null).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync();
    }
}
