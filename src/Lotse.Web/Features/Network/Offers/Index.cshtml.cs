using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.Offers;

/// <summary>Angebotslandkarte: search offers (POST, so a client's age and status never appear in a URL).</summary>
[Authorize(Roles = NetworkRoles.OfferReaders)]
public sealed class IndexModel(OfferDirectory directory, NetworkAccess access, LotseDbContext db) : PageModel
{
    [BindProperty] public OfferSearch Search { get; set; } = new();
    public OfferPage? Results { get; private set; }
    public bool CanCreate => access.CanCreateOffers;
    public List<SelectListItem> MunicipalityOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> LifeDomainOptions => Enum.GetValues<LifeDomain>().Select(d => new SelectListItem(CaseNames.Of(d), d.ToString()));
    public IEnumerable<SelectListItem> StatusOptions => Enum.GetValues<ResidenceStatusType>().Select(s => new SelectListItem(ClientNames.Of(s), s.ToString()));
    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync() => await RunAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        await RunAsync();
        return Page();
    }

    private async Task RunAsync()
    {
        MunicipalityOptions = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToListAsync();
        var result = await directory.SearchAsync(Search, HttpContext.RequestAborted);
        if (result.IsSuccess) Results = result.Value;
        else result.Error!.AddTo(ModelState, "Search");
    }
}
