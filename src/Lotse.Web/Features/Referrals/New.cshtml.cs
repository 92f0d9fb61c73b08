using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// A new referral from a case, in two steps without script: first the receiving organisation is chosen (GET ?an=…),
/// then the form shows its people and which data categories a valid consent currently releases to it.
/// </summary>
public sealed class NewModel(LotseDbContext db, CaseQueries cases, ClientAccess access, ReferralConsents consents, ReferralCommands commands) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid CaseId { get; set; }
    /// <summary>The chosen receiving organisation (an opaque id, no personal data).</summary>
    [BindProperty(SupportsGet = true, Name = "an")] public Guid? To { get; set; }
    [BindProperty] public ReferralInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public CaseDto Case { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    public string? ReceiverName { get; private set; }
    public bool ReceiverKeepsOwnCases { get; private set; }
    public IReadOnlyList<SelectListItem> People { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Steps { get; private set; } = [];
    /// <summary>Steps of service chains the receiving organisation is responsible for.</summary>
    public IReadOnlyList<SelectListItem> ChainSteps { get; private set; } = [];
    public IReadOnlySet<DataCategory> Consented { get; private set; } = new HashSet<DataCategory>();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (ModelState.HasUnreadableValues()) return await LoadAsync() ? Page() : NotFound();
        Input.ToOrganisationId = To;
        var result = await commands.CreateAsync(CaseId, Input, ct);
        if (result.IsSuccess)
        {
            StatusMessage = "Der Entwurf der Verweisung wurde angelegt. Prüfen Sie ihn und versenden Sie ihn.";
            return RedirectToPage("/Referrals/Details", new { id = result.Value!.Id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        if (result.Error.Kind == ErrorKind.Forbidden) return Forbid();
        result.Error.AddToForm(ModelState, nameof(Input));
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!await access.EditableCases().AnyAsync(c => c.Id == CaseId, ct)) return false;
        var dto = await cases.GetAsync(CaseId, ct, "Verweisung anlegen");
        if (dto is null) return false;
        Case = dto;
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Id != dto.OrganisationId).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(ct);
        Steps = dto.Goals.SelectMany((g, gi) => g.Steps.Where(s => s.Status == StepStatus.Open)
            .Select(s => new SelectListItem($"Ziel {gi + 1}: {g.Description} – {s.Description}", s.Id.ToString()))).ToList();
        if (To is { } to && await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == to && o.IsActive, ct) is { } receiver)
        {
            ReceiverName = receiver.Name;
            ReceiverKeepsOwnCases = receiver.LegalDomain is Domain.LegalDomain.SgbII or Domain.LegalDomain.SgbIII or Domain.LegalDomain.SgbVIII;
            People = await db.Users.AsNoTracking().Where(u => u.OrganisationId == to && u.IsActive).OrderBy(u => u.DisplayName)
                .Select(u => new SelectListItem(u.DisplayName, u.Id.ToString())).ToListAsync(ct);
            Consented = await consents.ConsentedCategoriesAsync(dto.ClientId, to, ct);
            ChainSteps = (await db.ServiceChainSteps.AsNoTracking().Where(s => s.ResponsibleOrganisationId == to)
                    .Join(db.ServiceChains.AsNoTracking(), s => s.ChainId, c => c.Id, (s, c) => new { c.Name, s.Position, s.Title, s.Id })
                    .ToListAsync(ct))
                .OrderBy(x => x.Name).ThenBy(x => x.Position)
                .Select(x => new SelectListItem($"{x.Name} – Schritt {x.Position}: {x.Title}", x.Id.ToString())).ToList();
        }
        else To = null;
        return true;
    }
}
