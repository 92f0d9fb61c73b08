using Lotse.Web.Data;
using Lotse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

/// <summary>
/// The account list. Search and paging are sent by POST, so search terms (names) never appear in a URL,
/// a browser history or a proxy log. Every account shown is recorded in the audit trail.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(LotseDbContext db, ReadUsers read) : PageModel
{
    [BindProperty] public UserQuery Filter { get; set; } = new();
    public UserPage Users { get; private set; } = new([], 0, 1, UserQuery.DefaultPageSize);
    public List<SelectListItem> OrganisationOptions { get; private set; } = [];
    public bool Filtered => !string.IsNullOrWhiteSpace(Filter.Text) || Filter.OrganisationId is not null;
    [TempData] public string? StatusMessage { get; set; }

    public Task OnGetAsync() => LoadAsync();

    public Task OnPostAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        ModelState.Clear();
        Filter.PageSize = UserQuery.DefaultPageSize;
        if (Filter.Page < 1) Filter.Page = 1;
        var result = await read.ListAsync(Filter, HttpContext.RequestAborted);
        if (result.IsSuccess) Users = result.Value!;
        else result.Error!.AddTo(ModelState, nameof(Filter));
        OrganisationOptions = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
    }
}
