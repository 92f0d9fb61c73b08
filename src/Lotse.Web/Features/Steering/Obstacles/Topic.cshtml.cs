using Lotse.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.Obstacles;

public sealed class TopicModel(ObstacleBoard board, SteeringAccess access, LotseDbContext db) : SteeringPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty, ValidateNever] public TopicHandOverInput HandOver { get; set; } = new();

    public TopicDto Topic { get; private set; } = null!;
    public bool IsCoordinator => access.IsCoordinator;
    public IReadOnlyList<SelectListItem> GroupOptions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostUebergabeAsync() =>
        RunAsync("uebergabe", nameof(HandOver), ct => board.HandOverAsync(Id, HandOver, ct), "Das Thema wurde der Arbeitsgruppe übergeben.",
            _ => RedirectToPage("/Steering/Obstacles/Topic", new { id = Id }), ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var result = await board.TopicAsync(Id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return result.Error!.Kind == Infrastructure.Http.ErrorKind.Forbidden ? Forbid() : NotFound();
        Topic = result.Value!;
        if (IsCoordinator)
            GroupOptions = await db.WorkingGroups.AsNoTracking().OrderBy(g => g.Name)
                .Select(g => new SelectListItem(g.Name, g.Id.ToString())).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
