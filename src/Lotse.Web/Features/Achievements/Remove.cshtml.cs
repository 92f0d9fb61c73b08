using Lotse.Web.Domain;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Achievements;

/// <summary>Removes a mistakenly recorded Integrationsleistung after a confirmation (the removal is audited).</summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class RemoveModel(AchievementRecords records, ClientAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid AchievementId { get; set; }
    [BindProperty] public int? Version { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public string FileNumber { get; private set; } = "";
    public AchievementDto? Achievement { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await records.RemoveAsync(Id, AchievementId, Version, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = $"{AchievementNames.Of(result.Value!.Kind)} wurde entfernt.";
            return Redirect($"/Personen/{Id}#integrationsleistungen");
        }
        switch (result.Error!.Kind)
        {
            case ErrorKind.NotFound: return NotFound();
            case ErrorKind.Forbidden: return Forbid();
        }
        if (!await LoadAsync()) return NotFound();
        result.Error.AddTo(ModelState, "");
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        FileNumber = await access.EditableClients().Where(c => c.Id == Id).Select(c => c.FileNumber).FirstOrDefaultAsync(ct) ?? "";
        if (FileNumber.Length == 0) return false;
        var list = await records.ForClientAsync(Id, ct, "Integrationsleistung entfernen");
        Achievement = list?.Items.FirstOrDefault(a => a.Id == AchievementId);
        if (Achievement is null) return false;
        Version = Achievement.Version;
        return true;
    }
}
