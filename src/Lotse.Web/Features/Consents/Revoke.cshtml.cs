using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Consents;

/// <summary>/Einwilligungen/{id}/Widerruf: record a revocation; it takes effect at once.</summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class RevokeModel(LotseDbContext db, ConsentQueries queries, ConsentCommands commands, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public RevocationInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public ConsentDto Consent { get; private set; } = null!;
    /// <summary>Referrals that have shared data under this consent so far (what the revocation will record as transmitted).</summary>
    public IReadOnlyList<TransmittedReferral> SharedSoFar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        Input = new RevocationInput { Version = Consent.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.HasUnreadableValues()) return await LoadAsync() ?? Page();
        var result = await commands.RevokeAsync(Id, Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            var count = result.Value!.TransmittedReferralIds.Count;
            StatusMessage = "Der Widerruf wurde erfasst und gilt ab sofort: Die empfangenden Stellen sehen keine Daten mehr unter dieser Einwilligung."
                + (count > 0 ? $" Vorher übermittelt (dokumentiert): {count} Verweisung(en)." : "");
            return Redirect($"/Personen/{result.Value.ClientId}#einwilligungen");
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (result.Error.Kind == ErrorKind.NotFound) return NotFound();
        if (await LoadAsync() is { } refused) return refused;
        result.Error.AddToForm(ModelState, nameof(Input));
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var consent = await queries.GetAsync(Id, ct, "Widerruf");
        if (!consent.IsSuccess) return consent.Error!.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        Consent = consent.Value!;
        var now = clock.GetUtcNow();
        var recipients = Consent.Recipients.Select(r => r.Id).ToList();
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.ClientId == Consent.ClientId && recipients.Contains(r.ToOrganisationId) && r.SentAt != null && r.SentAt <= now)
            .Select(r => new { r.Id, r.Service, r.ToOrganisationId, r.SentAt, r.Status, r.SharedCategories }).ToListAsync(ct);
        var categories = Consent.Categories.Select(c => c.Category).ToHashSet();
        SharedSoFar = referrals.Where(r => r.SharedCategories.Any(categories.Contains)).OrderBy(r => r.SentAt)
            .Select(r => new TransmittedReferral(r.Id, r.Service, Consent.Recipients.First(x => x.Id == r.ToOrganisationId).Name, r.SentAt, StatusName(r.Status)))
            .ToList();
        return null;
    }

    private static string StatusName(ReferralStatus s) => s switch
    {
        ReferralStatus.Sent => "versendet",
        ReferralStatus.Accepted => "angenommen",
        ReferralStatus.InProgress => "in Bearbeitung",
        ReferralStatus.Completed => "abgeschlossen",
        ReferralStatus.Rejected => "abgelehnt",
        ReferralStatus.Cancelled => "storniert",
        _ => "Entwurf"
    };
}
