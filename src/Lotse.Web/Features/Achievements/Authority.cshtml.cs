using Lotse.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Achievements;

/// <summary>
/// The Ausländer-/Einbürgerungsbehörde's list (Baustein 3): the clients who currently consent to share their
/// Integrationsleistungen with the authority. Search and paging are posted, so no name appears in a URL.
/// </summary>
[Authorize(Roles = Roles.ImmigrationCaseworker)]
public sealed class AuthorityModel(ImmigrationView view) : PageModel
{
    public const int PageSize = 50;

    [BindProperty] public ImmigrationSearchInput Search { get; set; } = new();
    [BindProperty] public int Shown { get; set; }

    public ImmigrationSearchResult? Result { get; private set; }

    public Task<IActionResult> OnGetAsync() => SearchAsync();

    public Task<IActionResult> OnPostAsync() =>
        ModelState.HasUnreadableValues() ? Task.FromResult<IActionResult>(Page()) : SearchAsync();

    private async Task<IActionResult> SearchAsync()
    {
        Search.PageSize = PageSize;
        if (Shown < 0) Shown = 0;
        var result = await view.SearchAsync(Search, HttpContext.RequestAborted);
        if (result.IsSuccess) Result = result.Value;
        else if (result.Error!.Kind == Infrastructure.Http.ErrorKind.Forbidden) return Forbid();
        else result.Error.AddToForm(ModelState, nameof(Search));
        return Page();
    }
}
