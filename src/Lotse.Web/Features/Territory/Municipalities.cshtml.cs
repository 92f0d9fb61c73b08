using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

[Authorize(Policy = Policies.Administration)]
public sealed class MunicipalitiesModel(LotseDbContext db) : PageModel
{
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync() =>
        Municipalities = (await db.Municipalities.AsNoTracking().Include(m => m.Region).OrderBy(m => m.Name).ToListAsync())
            .Select(MunicipalityDto.From).ToList();
}
