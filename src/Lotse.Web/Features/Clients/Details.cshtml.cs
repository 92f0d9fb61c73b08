using Lotse.Web.Data;
using Lotse.Web.Features.Cases;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

/// <summary>The client file (Personenakte): everything about the person at a glance, and the cases.</summary>
public sealed class DetailsModel(LotseDbContext db, ClientQueries queries, CaseQueries cases, CaseCommands commands,
    ClientAccess access, Consents.ConsentQueries consents, TimeProvider clock, IConfiguration config) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public ClientDto Client { get; private set; } = null!;
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];
    public CaseSummary? ActiveCase => Cases.FirstOrDefault(c => c.Id == Client.ActiveCaseId);
    /// <summary>There is an active case, but at an organisation the user does not see.</summary>
    public bool ActiveCaseElsewhere => Client.ActiveCaseId is not null && ActiveCase is null;
    public bool MayEdit { get; private set; }
    public bool MayOpenCase => access.IsCaseManager && Client.ActiveCaseId is null;
    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public DateOnly ExpiryHorizon => Today.AddDays(7 * config.GetValue("Reminders:ResidenceExpiryWeeks", 8));

    /// <summary>Consents and "Wer darf was sehen" (case management and Koordinierende Stelle only).</summary>
    public Consents.ConsentPanel? ConsentPanel { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync()) return Page();
        // Partners and ABH/EBH see only what is released to them, on the shared view.
        if ((await access.VisibleCategoriesAsync(Id, HttpContext.RequestAborted)).Count > 0)
            return RedirectToPage("/Consents/Shared", new { id = Id });
        return NotFound();
    }

    public async Task<IActionResult> OnPostFallEroeffnenAsync()
    {
        var result = await commands.OpenAsync(Id, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = "Der Fall wurde eröffnet. Bitte erfassen Sie zuerst die Erstberatung.";
            return RedirectToPage("/Cases/Details", null, new { id = result.Value!.Id }, "aktionen");
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (!await LoadAsync()) return NotFound();
        result.Error.AddTo(ModelState);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var client = await queries.GetAsync(Id, ct, "Personenakte");
        if (client is null) return false;
        Client = client;
        Cases = await cases.ForClientAsync(Id, ct);
        MayEdit = await access.EditableClients().AnyAsync(c => c.Id == Id, ct);
        var list = await consents.ListAsync(Id, ct, "Personenakte (Einwilligungen)");
        var who = await consents.WhoMaySeeAsync(Id, ct);
        if (list.IsSuccess && who.IsSuccess) ConsentPanel = new(Id, list.Value!, who.Value!, MayEdit);
        var orgIds = client.Contacts.Where(c => c.OrganisationId is not null).Select(c => c.OrganisationId!.Value).Distinct().ToList();
        Organisations = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return true;
    }
}
