using Lotse.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.WorkingGroups;

public sealed class IndexModel(WorkingGroupWork work, SteeringAccess access, LotseDbContext db) : SteeringPage
{
    [BindProperty, ValidateNever] public WorkingGroupInput Input { get; set; } = new();
    public IReadOnlyList<WorkingGroupSummaryDto> Groups { get; private set; } = [];
    public bool IsCoordinator => access.IsCoordinator;
    public IReadOnlyList<SelectListItem> UserOptions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAsync() =>
        RunAsync("neue-ag", nameof(Input), ct => work.CreateAsync(Input, ct), "Die Arbeitsgruppe wurde eingerichtet.",
            g => RedirectToPage("/Steering/WorkingGroups/Details", new { id = g.Id }), ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var result = await work.ListAsync(HttpContext.RequestAborted);
        // Not in any group: the page says so (the navigation offers it to every case manager); the groups' material stays closed.
        Groups = result.Value ?? [];
        if (IsCoordinator) UserOptions = await UserItemsAsync(db, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Active user accounts with their organisation: the people a working group can have as members.</summary>
    public static async Task<List<SelectListItem>> UserItemsAsync(LotseDbContext db, CancellationToken ct) =>
        (await (from u in db.Users
                join o in db.Organisations on u.OrganisationId equals o.Id
                where u.IsActive
                select new { u.Id, u.DisplayName, Org = o.Name }).ToListAsync(ct))
        .OrderBy(u => u.DisplayName, StringComparer.Create(SteeringNames.Culture, false))
        .Select(u => new SelectListItem($"{u.DisplayName} ({u.Org})", u.Id.ToString())).ToList();
}
