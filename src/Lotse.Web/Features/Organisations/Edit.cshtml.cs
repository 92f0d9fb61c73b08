using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Organisations;

[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(LotseDbContext db, SaveOrganisation save) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public OrganisationInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public IEnumerable<SelectListItem> TypeOptions => Enum.GetValues<OrganisationType>()
        .Select(t => new SelectListItem(GermanNames.Of(t), t.ToString())).OrderBy(i => i.Text);
    public IEnumerable<SelectListItem> LegalDomainOptions => Enum.GetValues<LegalDomain>()
        .Select(d => new SelectListItem(GermanNames.Of(d), d.ToString()));
    public List<SelectListItem> MunicipalityOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
            if (organisation is null) return NotFound();
            Input = OrganisationInput.From(organisation);
        }
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = Id is { } id ? await save.UpdateAsync(id, Input, HttpContext.RequestAborted) : await save.CreateAsync(Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = $"Die Organisation „{result.Value!.Name}“ wurde gespeichert.";
            return RedirectToPage("/Organisations/Index");
        }
        ModelState.Clear();
        result.Error!.AddTo(ModelState);
        await LoadOptionsAsync();
        return Page();
    }

    private async Task LoadOptionsAsync() =>
        MunicipalityOptions = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToListAsync();
}
