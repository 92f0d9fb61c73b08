using Lotse.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Referrals;

/// <summary>Overview of the Koordinierende Stelle: lead times per receiving organisation and service over a period.</summary>
public sealed class LeadTimesModel(ReferralQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public IReadOnlyList<LeadTimesView> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.IsInRole(Roles.Coordinator)) return Forbid();
        var today = LocalCalendar.Today(clock);
        To ??= today;
        From ??= To.Value.AddYears(-1);
        if (From > To) (From, To) = (To, From);
        Rows = (await queries.LeadTimesAsync(From.Value, To.Value, null, HttpContext.RequestAborted)).Select(r => LeadTimesView.Of(r, true)).ToList();
        return Page();
    }
}
