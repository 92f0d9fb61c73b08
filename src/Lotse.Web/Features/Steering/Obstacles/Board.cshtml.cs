using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.Obstacles;

/// <summary>
/// The obstacle board: aggregates for the Koordinierende Stelle (exact), the Lenkungsgruppe and working groups (small cells as "&lt; 5");
/// for the Koordinierende Stelle also the single obstacles without a topic, to group them into a topic.
/// </summary>
public sealed class BoardModel(ObstacleBoard board, SteeringAccess access) : SteeringPage
{
    [BindProperty(SupportsGet = true)] public string? Von { get; set; }
    [BindProperty(SupportsGet = true)] public string? Bis { get; set; }
    [BindProperty, ValidateNever] public TopicInput Topic { get; set; } = new();
    [BindProperty] public Guid? ExistingTopicId { get; set; }

    public ObstacleBoardDto Board { get; private set; } = null!;
    public IReadOnlyList<BoardObstacleDto> Obstacles { get; private set; } = [];
    public IReadOnlyList<SelectListItem> TopicOptions { get; private set; } = [];
    public bool IsCoordinator => access.IsCoordinator;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostThemaAsync() =>
        RunAsync("thema", nameof(Topic), async ct =>
            {
                if (ExistingTopicId is { } existing)
                    return await board.AddObstaclesAsync(existing, new TopicObstaclesInput { ObstacleIds = Topic.ObstacleIds }, ct);
                if (Topic.ObstacleIds.Count == 0) return Infrastructure.Http.Error.Invalid("obstacleIds", "Bitte wählen Sie mindestens ein Hemmnis.");
                return await board.CreateTopicAsync(Topic, ct);
            },
            ExistingTopicId is null ? "Das Thema wurde angelegt." : "Die Hemmnisse wurden dem Thema zugeordnet.",
            t => RedirectToPage("/Steering/Obstacles/Topic", new { id = t.Id }), ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var ct = HttpContext.RequestAborted;
        var filter = new BoardFilter { From = Von, To = Bis };
        var result = await board.BoardAsync(filter, ct);
        if (!result.IsSuccess)
        {
            if (Denied(result.Error!) is { } denied) return denied;
            ModelState.AddModelError(nameof(Von), "Bitte geben Sie den Zeitraum als Monate an; der Beginn liegt vor dem Ende.");
            Von = Bis = null;
            result = await board.BoardAsync(new BoardFilter(), ct);
            filter = new BoardFilter();
        }
        Board = result.Value!;
        if (IsCoordinator)
        {
            Obstacles = (await board.ListAsync(filter, withoutTopicOnly: true, ct)).Value ?? [];
            TopicOptions = ((await board.TopicsAsync(ct)).Value ?? []).Select(t => new SelectListItem(t.Title, t.Id.ToString())).ToList();
        }
        return Page();
    }
}
