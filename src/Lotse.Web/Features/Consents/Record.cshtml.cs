using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Consents;

/// <summary>/Personen/{id}/Einwilligungen/Neu: record a consent the client gave (on paper or electronically).</summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class RecordModel(LotseDbContext db, ClientAccess access, ConsentCommands commands, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ConsentInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public string FileNumber { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    /// <summary>Shown when the (possibly partial) birth date says for certain that the client is under 15.</summary>
    public bool GuardianNeeded { get; private set; }

    public static IReadOnlyList<DataCategory> Categories { get; } = Enum.GetValues<DataCategory>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = new ConsentInput { GivenOn = LocalCalendar.Today(clock), Form = ConsentForm.SignedPaper };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (ModelState.HasUnreadableValues()) return Page();
        var result = await commands.RecordAsync(Id, Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = "Die Einwilligung wurde erfasst. Sie gilt ab sofort.";
            return Redirect($"/Personen/{Id}#einwilligungen");
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (result.Error.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddToForm(ModelState, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var client = await access.ClientsWhoseConsentsMayBeManaged().AsNoTracking().Where(c => c.Id == Id)
            .Select(c => new { c.FileNumber, c.BirthYear, c.BirthMonth, c.BirthDay }).FirstOrDefaultAsync(ct);
        if (client is null) return false;
        FileNumber = client.FileNumber;
        GuardianNeeded = ConsentAge.CertainAgeOn(client.BirthYear, client.BirthMonth, client.BirthDay, LocalCalendar.Today(clock)) is < Consent.AgeOfOwnConsent;
        var own = access.OrganisationId;
        Organisations = (await db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Id != own).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
        return true;
    }
}
