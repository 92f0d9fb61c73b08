using Lotse.Web.Data;
using Lotse.Web.Domain.Network;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.ServiceChains;

[Authorize(Roles = NetworkRoles.Coordination)]
public sealed class EditModel(ServiceChains chains, LotseDbContext db) : PageModel
{
    public const int Rows = 8;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ChainInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public List<SelectListItem> OrganisationOptions { get; private set; } = [];
    public List<SelectListItem> StandardOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> UnitOptions => Enum.GetValues<DurationUnit>().Select(u => new SelectListItem(DurationNames.Of(u), u.ToString()));

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var chain = await db.ServiceChains.AsNoTracking().Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id);
            if (chain is null) return NotFound();
            Input = new ChainInput
            {
                Name = chain.Name, Need = chain.Need, Version = chain.Version,
                Steps = chain.Steps.OrderBy(s => s.Position).Select(s => new ChainStepInput
                {
                    Title = s.Title, ResponsibleOrganisationId = s.ResponsibleOrganisationId, TargetDuration = s.TargetDuration,
                    TargetUnit = s.TargetUnit, StandardId = s.StandardId
                }).ToList()
            };
        }
        Pad();
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.HasUnreadableValues())
        {
            Pad();
            await LoadOptionsAsync();
            return Page();
        }
        // Rows left completely empty are not steps; the handler numbers the rest, so map its indexes back to form rows.
        var kept = Input.Steps.Select((s, i) => (s, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.s.Title) || x.s.ResponsibleOrganisationId is not null || x.s.TargetDuration is not null).ToList();
        var submitted = new ChainInput { Name = Input.Name, Need = Input.Need, Version = Input.Version, Steps = kept.Select(x => x.s).ToList() };
        var result = Id is { } id ? await chains.UpdateAsync(id, submitted, HttpContext.RequestAborted) : await chains.CreateAsync(submitted, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = $"Die Dienstleistungskette „{result.Value!.Name}“ wurde gespeichert.";
            return RedirectToPage("/Network/ServiceChains/Details", new { id = result.Value.Id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.Clear();
        result.Error.AddToForm(ModelState, "Input", (_, index) => index < kept.Count ? kept[index].i : index);
        Pad();
        await LoadOptionsAsync();
        return Page();
    }

    private void Pad()
    {
        while (Input.Steps.Count < Rows) Input.Steps.Add(new ChainStepInput());
    }

    private async Task LoadOptionsAsync()
    {
        OrganisationOptions = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
        StandardOptions = await db.ServiceStandards.AsNoTracking().OrderBy(s => s.Text).Select(s => new SelectListItem(s.Text, s.Id.ToString())).ToListAsync();
    }
}
