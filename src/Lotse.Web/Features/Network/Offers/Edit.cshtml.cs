using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.Offers;

[Authorize(Roles = NetworkRoles.OfferReaders)]
public sealed class EditModel(OfferDirectory directory, NetworkAccess access, LotseDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public OfferInput Input { get; set; } = new();
    [BindProperty] public string? LanguagesText { get; set; }
    [BindProperty] public string? TargetLanguagesText { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public List<SelectListItem> OrganisationOptions { get; private set; } = [];
    public List<SelectListItem> MunicipalityOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> LifeDomainOptions => Enum.GetValues<LifeDomain>().Select(d => new SelectListItem(CaseNames.Of(d), d.ToString()));
    public IEnumerable<(ResidenceStatusType Value, string Name)> StatusOptions => Enum.GetValues<ResidenceStatusType>().Select(s => (s, ClientNames.Of(s)));

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
            if (offer is null) return NotFound();
            if (!access.CanEditOffersOf(offer.OrganisationId)) return Forbid();
            Input = OfferInput.From(offer);
            LanguagesText = string.Join(", ", offer.Languages);
            TargetLanguagesText = string.Join(", ", offer.TargetLanguages);
        }
        else
        {
            if (!access.CanCreateOffers) return Forbid();
            Input.OrganisationId = access.OrganisationId;
            LanguagesText = "Deutsch";
        }
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.HasUnreadableValues())
        {
            await LoadOptionsAsync();
            return Page();
        }
        Input.Languages = LanguageNames.Split(LanguagesText);
        Input.TargetLanguages = LanguageNames.Split(TargetLanguagesText);
        var result = Id is { } id ? await directory.UpdateAsync(id, Input, HttpContext.RequestAborted) : await directory.CreateAsync(Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = $"Das Angebot „{result.Value!.Title}“ wurde gespeichert.";
            return RedirectToPage("/Network/Offers/Details", new { id = result.Value.Id });
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (result.Error.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.Clear();
        result.Error.AddToForm(ModelState, "Input");
        await LoadOptionsAsync();
        return Page();
    }

    private async Task LoadOptionsAsync()
    {
        var orgs = db.Organisations.AsNoTracking().OrderBy(o => o.Name).AsQueryable();
        if (!access.MaintainsAllOffers)
        {
            var own = access.OrganisationId;
            orgs = orgs.Where(o => o.Id == own);
        }
        OrganisationOptions = await orgs.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
        MunicipalityOptions = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToListAsync();
    }
}
