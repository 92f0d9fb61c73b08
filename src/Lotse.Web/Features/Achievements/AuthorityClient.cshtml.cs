using Lotse.Web.Domain;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lotse.Web.Features.Achievements;

/// <summary>
/// One client as the Ausländer-/Einbürgerungsbehörde sees it: the integration achievements and (if consented) the
/// residence history; and the form to record the authority's status decision. 404 without a valid consent.
/// </summary>
[Authorize(Roles = Roles.ImmigrationCaseworker)]
public sealed class AuthorityClientModel(ImmigrationView view, AchievementAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ResidenceDecisionInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public ImmigrationClientFacts Facts { get; private set; } = null!;
    public bool IsNaturalisationAuthority { get; private set; }
    public bool Stale { get; private set; }
    public DateOnly Today => LocalCalendar.Today(clock);

    public IEnumerable<SelectListItem> Types => Enum.GetValues<ResidenceStatusType>()
        .Where(t => IsNaturalisationAuthority ? t == ResidenceStatusType.Naturalised : t != ResidenceStatusType.Naturalised)
        .Select(t => new SelectListItem(ClientNames.Of(t), t.ToString()));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = new ResidenceDecisionInput
        {
            Version = Facts.Version,
            Type = IsNaturalisationAuthority ? ResidenceStatusType.Naturalised : null
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (ModelState.HasUnreadableValues()) return await LoadAsync() ? Page() : NotFound();
        var result = await view.RecordDecisionAsync(Id, Input, ct);
        if (result.IsSuccess)
        {
            StatusMessage = $"Die Entscheidung wurde in den Verlauf des Aufenthaltsstatus übernommen ({ClientNames.Of(result.Value!.Type)}).";
            return RedirectToPage(new { id = Id });
        }
        switch (result.Error!.Kind)
        {
            case ErrorKind.NotFound: return NotFound();
            case ErrorKind.Forbidden: return Forbid();
            case ErrorKind.Concurrency: Stale = true; break;
        }
        if (!await LoadAsync()) return NotFound();
        if (Stale) Input.Version = Facts.Version; // the caseworker has now seen the current state and may save again
        result.Error.AddToForm(ModelState, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var facts = await view.GetAsync(Id, ct);
        if (facts is null) return false;
        Facts = facts;
        IsNaturalisationAuthority = await access.IsNaturalisationAuthorityAsync(ct);
        return true;
    }
}
