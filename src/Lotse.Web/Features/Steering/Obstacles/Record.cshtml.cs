using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.Obstacles;

/// <summary>Recording a Hemmnis in a case: with a confirmation step when the text looks as if it held personal data.</summary>
public sealed class RecordModel(LotseDbContext db, ClientAccess access, ObstacleWork work) : SteeringPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty, ValidateNever] public ObstacleInput Input { get; set; } = new();

    public string FileNumber { get; private set; } = "";
    public bool NeedsConfirmation { get; private set; }
    public IReadOnlyList<SelectListItem> OrganisationOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> StepOptions { get; private set; } = [];
    /// <summary>The case's referrals (not drafts) an obstacle may concern.</summary>
    public IReadOnlyList<SelectListItem> ReferralOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        !access.IsCaseManager ? Forbid() : await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync() =>
        RunAsync("hemmnis", nameof(Input), ct => work.RecordAsync(Id, Input, ct), "Das Hemmnis wurde erfasst.",
            _ => RedirectToPage("/Cases/Details", null, new { id = Id }, "hemmnisse"),
            async () =>
            {
                NeedsConfirmation = ModelState.ContainsKey($"{nameof(Input)}.ConfirmNoPersonalData");
                return await LoadAsync() ? Page() : NotFound();
            });

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var @case = await access.EditableCases().AsNoTracking().Include(c => c.Goals).ThenInclude(g => g.Steps).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == Id, ct);
        if (@case is null) return false;
        FileNumber = await db.Clients.Where(c => c.Id == @case.ClientId).Select(c => c.FileNumber).FirstAsync(ct);
        OrganisationOptions = await ClientFormOptions.OrganisationItemsAsync(db, ct);
        StepOptions = @case.Goals.OrderBy(g => g.Sequence).SelectMany(g => g.Steps.OrderBy(s => s.Sequence)
            .Select(s => new SelectListItem($"{CaseNames.Of(g.Domain)}: {s.Description}", s.Id.ToString()))).ToList();
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == @case.Id && r.SentAt != null)
            .Join(db.Organisations, r => r.ToOrganisationId, o => o.Id, (r, o) => new { r.Id, r.Service, r.Status, r.CreatedAt, Organisation = o.Name })
            .ToListAsync(ct);
        ReferralOptions = referrals.OrderBy(r => r.CreatedAt)
            .Select(r => new SelectListItem($"{r.Service} an {r.Organisation} ({Referrals.ReferralNames.Of(r.Status)})", r.Id.ToString())).ToList();
        return true;
    }
}
