using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.Steering.Obstacles;

public sealed class TopicsModel(ObstacleBoard board) : SteeringPage
{
    public IReadOnlyList<TopicSummaryDto> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await board.TopicsAsync(HttpContext.RequestAborted);
        if (!result.IsSuccess) return Denied(result.Error!) ?? Forbid();
        Topics = result.Value!;
        return Page();
    }
}
