using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

[Authorize(Policy = Policies.Administration)]
public sealed class EditRegionModel(LotseDbContext db, SaveRegion save) : PageModel
{
    /// <summary>A Kommune to choose, with the Regionalbereich it belongs to now (if another one).</summary>
    public sealed record MunicipalityOption(Guid Id, string Name, string? OtherRegion);

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public RegionInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public List<MunicipalityOption> MunicipalityOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var region = await db.Regions.AsNoTracking().Include(r => r.Municipalities).FirstOrDefaultAsync(r => r.Id == id);
            if (region is null) return NotFound();
            Input = RegionInput.From(region);
        }
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = Id is { } id ? await save.UpdateAsync(id, Input, HttpContext.RequestAborted) : await save.CreateAsync(Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = $"Der Regionalbereich „{result.Value!.Name}“ wurde gespeichert.";
            return RedirectToPage("/Territory/Regions");
        }
        ModelState.Clear();
        result.Error!.AddTo(ModelState);
        await LoadOptionsAsync();
        return Page();
    }

    private async Task LoadOptionsAsync() =>
        MunicipalityOptions = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new MunicipalityOption(m.Id, m.Name, m.RegionId != null && m.RegionId != Id ? m.Region!.Name : null))
            .ToListAsync();
}
