using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

[Authorize(Policy = Policies.Administration)]
public sealed class EditMunicipalityModel(LotseDbContext db, SaveMunicipality save) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public MunicipalityInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public List<SelectListItem> RegionOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
            if (municipality is null) return NotFound();
            Input = MunicipalityInput.From(municipality);
        }
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = Id is { } id ? await save.UpdateAsync(id, Input, HttpContext.RequestAborted) : await save.CreateAsync(Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = $"Die Kommune „{result.Value!.Name}“ wurde gespeichert.";
            return RedirectToPage("/Territory/Municipalities");
        }
        ModelState.Clear();
        result.Error!.AddTo(ModelState);
        await LoadOptionsAsync();
        return Page();
    }

    private async Task LoadOptionsAsync() =>
        RegionOptions = await db.Regions.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new SelectListItem(r.Name, r.Id.ToString())).ToListAsync();
}
