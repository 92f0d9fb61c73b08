using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.Achievements;

/// <summary>
/// The "Integrationsleistungen" section of the client page (Personenakte), rendered there with one line:
/// <c>@await Component.InvokeAsync(typeof(AchievementsSection), new { clientId })</c>. Renders nothing for users who
/// may not see the achievements.
/// </summary>
public sealed class AchievementsSection(AchievementRecords records) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid clientId)
    {
        var achievements = await records.ForClientAsync(clientId, HttpContext.RequestAborted, "Personenakte");
        return achievements is null
            ? Content(string.Empty)
            : View("~/Features/Achievements/_AchievementsSection.cshtml", achievements);
    }
}
