using Lotse.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Clients;

/// <summary>
/// Personensuche. Search and paging are posted (with antiforgery): the criteria hold names and birth dates, and names
/// must never appear in a URL. The next page is found by the handler's keyset cursor, kept in a hidden field.
/// </summary>
[Authorize(Roles = $"{Roles.CaseManager},{Roles.Coordinator}")]
public sealed class IndexModel(ClientQueries queries, ClientAccess access) : PageModel
{
    public const int PageSize = 50;

    [BindProperty] public ClientSearchInput Search { get; set; } = new();
    /// <summary>How many results the earlier pages showed (for "Treffer 51 bis 100").</summary>
    [BindProperty] public int Shown { get; set; }

    public ClientSearchResult? Result { get; private set; }
    public bool MayRegister => access.MayRegisterClients;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.HasUnreadableValues()) return Page();
        Search.PageSize = PageSize;
        if (Shown < 0) Shown = 0;
        var result = await queries.SearchAsync(Search, HttpContext.RequestAborted);
        if (result.IsSuccess) Result = result.Value;
        else result.Error!.AddToForm(ModelState, nameof(Search));
        return Page();
    }
}
