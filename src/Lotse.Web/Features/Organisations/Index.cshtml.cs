using Lotse.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Organisations;

public sealed class IndexModel(LotseDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync() =>
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync()).Select(OrganisationDto.From).ToList();
}
