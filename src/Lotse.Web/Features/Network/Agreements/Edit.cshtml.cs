using Lotse.Web.Data;
using Lotse.Web.Domain.Network;
using Lotse.Web.Features.Network.ServiceChains;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.Agreements;

[Authorize(Roles = NetworkRoles.Coordination)]
public sealed class EditModel(Agreements agreements, LotseDbContext db) : PageModel
{
    public const int Rows = 4;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public AgreementInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public List<SelectListItem> OrganisationOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> UnitOptions => Enum.GetValues<DurationUnit>().Select(u => new SelectListItem(DurationNames.Of(u), u.ToString()));

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var a = await db.Agreements.AsNoTracking().Include(x => x.Standards).FirstOrDefaultAsync(x => x.Id == id);
            if (a is null) return NotFound();
            Input = new AgreementInput
            {
                Subject = a.Subject, PartyIds = [.. a.PartyIds], ValidFrom = a.ValidFrom, ValidUntil = a.ValidUntil, Version = a.Version,
                Standards = a.Standards.OrderBy(s => s.Position).Select(s => new StandardInput
                {
                    Text = s.Text, ResponsibleOrganisationId = s.ResponsibleOrganisationId, FromEvent = s.FromEvent, ToEvent = s.ToEvent,
                    TargetDuration = s.TargetDuration, TargetUnit = s.TargetUnit
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
        var kept = Input.Standards.Select((s, i) => (s, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.s.Text) || !string.IsNullOrWhiteSpace(x.s.ToEvent) || x.s.TargetDuration is not null).ToList();
        var submitted = new AgreementInput
        {
            Subject = Input.Subject, PartyIds = Input.PartyIds, ValidFrom = Input.ValidFrom, ValidUntil = Input.ValidUntil, Version = Input.Version,
            Standards = kept.Select(x => x.s).ToList()
        };
        var result = Id is { } id ? await agreements.UpdateAsync(id, submitted, HttpContext.RequestAborted) : await agreements.CreateAsync(submitted, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = "Die Kooperationsvereinbarung wurde gespeichert.";
            return RedirectToPage("/Network/Agreements/Details", new { id = result.Value!.Id });
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
        while (Input.Standards.Count < Rows) Input.Standards.Add(new StandardInput());
    }

    private async Task LoadOptionsAsync() =>
        OrganisationOptions = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
}
