using Lotse.Web.Domain;
using Lotse.Web.Domain.Referrals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Referrals;

/// <summary>Eingang Verweisungen: the referrals addressed to the caller's organisation, newest first, keyset-paged.</summary>
public sealed class InboxModel(ReferralQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public ReferralStatus? Status { get; set; }
    /// <summary>Keyset cursor (instant and opaque id of the last row; no personal data).</summary>
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public ReferralPage Referrals { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.IsInRole(Roles.PartnerCaseworker) && !User.IsInRole(Roles.ImmigrationCaseworker)) return Forbid();
        Referrals = await queries.InboxAsync(new ReferralListQuery { Status = Status, After = After, PageSize = 25 }, HttpContext.RequestAborted);
        return Page();
    }
}
