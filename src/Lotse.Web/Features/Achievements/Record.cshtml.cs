using Lotse.Web.Domain;
using Lotse.Web.Domain.Achievements;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Achievements;

/// <summary>The case manager records one Integrationsleistung of a client; the kind comes from the link and decides the fields.</summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class RecordModel(AchievementRecords records, ClientAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Art { get; set; }
    [BindProperty] public AchievementInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public AchievementKind Kind { get; private set; }
    public string FileNumber { get; private set; } = "";
    public IReadOnlyList<string> Children { get; private set; } = [];
    public DateOnly Today => LocalCalendar.Today(clock);

    public static IEnumerable<SelectListItem> Levels => Enum.GetValues<CefrLevel>().Select(l => new SelectListItem(l.ToString(), l.ToString()));
    public static IEnumerable<SelectListItem> EmploymentKinds =>
        Enum.GetValues<EmploymentKind>().Select(k => new SelectListItem(AchievementNames.Of(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Kind == AchievementKind.LanguageCertificate) Input.Language = "Deutsch";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (ModelState.HasUnreadableValues()) return Page();
        Input.Kind = Kind;
        var result = await records.AddAsync(Id, Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = $"{AchievementNames.Of(Kind)} wurde erfasst.";
            return Redirect($"/Personen/{Id}#integrationsleistungen");
        }
        switch (result.Error!.Kind)
        {
            case ErrorKind.NotFound: return NotFound();
            case ErrorKind.Forbidden: return Forbid();
        }
        result.Error.AddToForm(ModelState, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (AchievementNames.FromSlug(Art) is not { } kind) return false;
        Kind = kind;
        var client = await access.EditableClients().AsNoTracking().Where(c => c.Id == Id)
            .Select(c => new { c.FileNumber, c.Household }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (client is null) return false;
        FileNumber = client.FileNumber;
        Children = AchievementRecords.Children(client.Household);
        return true;
    }
}
