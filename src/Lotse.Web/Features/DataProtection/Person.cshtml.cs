using Lotse.Web.Data;
using Lotse.Web.Domain.DataProtection;
using Lotse.Web.Features.DataProtection.Corrections;
using Lotse.Web.Features.DataProtection.Disclosure;
using Lotse.Web.Features.DataProtection.Erasure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.DataProtection;

/// <summary>
/// A client's data-protection rights on one page: Auskunft (PDF/JSON download by POST), Berichtigungsverlauf,
/// and for the data-protection officer Löschanträge and Sperrvermerke. Each part is shown only to whom its
/// handler allows; a caller who may see none of it gets 404 (or 403 for a role that never may).
/// </summary>
public sealed class PersonModel(LotseDbContext db, DataSubjectAccess access, Disclosures disclosures, CorrectionHistory corrections,
    ErasureRequests erasure) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [TempData] public string? StatusMessage { get; set; }
    [BindProperty] public ErasureRequestInput NewRequest { get; set; } = new();
    [BindProperty] public ErasureDecisionInput Decision { get; set; } = new();
    [BindProperty] public LegalHoldInput Hold { get; set; } = new();
    [BindProperty] public Guid? RequestId { get; set; }
    [BindProperty] public Guid? HoldId { get; set; }

    public string FileNumber { get; private set; } = "";
    public bool MayDisclose { get; private set; }
    public IReadOnlyList<CorrectionDto>? Corrections { get; private set; }
    public DataProtectionFile? Protection { get; private set; }

    public IEnumerable<SelectListItem> Decisions =>
        new[] { ErasureStatus.Granted, ErasureStatus.PartlyGranted, ErasureStatus.Refused }.Select(s => new SelectListItem(ErasureNames.Of(s), s.ToString()));
    public IEnumerable<SelectListItem> Reasons => Enum.GetValues<ErasureRefusalReason>().Select(r => new SelectListItem(ErasureNames.Of(r), r.ToString()));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAuskunftAsync(string format)
    {
        var result = await disclosures.BuildAsync(Id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return Deny(result.Error!);
        return new Audit.HttpResultAction(DataProtectionApi.File(HttpContext, result.Value!, format == "json" ? "json" : "pdf"));
    }

    public async Task<IActionResult> OnPostLoeschantragAsync() =>
        await AfterAsync(await erasure.RecordAsync(Id, NewRequest, HttpContext.RequestAborted), nameof(NewRequest), "Der Löschantrag wurde erfasst.");

    public async Task<IActionResult> OnPostEntscheidenAsync()
    {
        var result = await erasure.DecideAsync(RequestId ?? Guid.Empty, Decision, HttpContext.RequestAborted);
        var message = result.IsSuccess && result.Value!.CarriedOutAt is not null
            ? "Die Entscheidung wurde gespeichert und die Löschung (Anonymisierung) ausgeführt."
            : "Die Entscheidung wurde gespeichert.";
        return await AfterAsync(result, nameof(Decision), message);
    }

    public async Task<IActionResult> OnPostSperrenAsync() =>
        await AfterAsync(await erasure.SetHoldAsync(Id, Hold, HttpContext.RequestAborted), nameof(Hold), "Der Sperrvermerk wurde gesetzt.");

    public async Task<IActionResult> OnPostEntsperrenAsync() =>
        await AfterAsync(await erasure.LiftHoldAsync(HoldId ?? Guid.Empty, HttpContext.RequestAborted), nameof(Hold), "Der Sperrvermerk wurde aufgehoben.");

    private async Task<IActionResult> AfterAsync<T>(Result<T> result, string prefix, string message)
    {
        if (result.IsSuccess)
        {
            StatusMessage = message;
            return RedirectToPage(null, new { id = Id });
        }
        if (result.Error!.Kind is ErrorKind.Forbidden or ErrorKind.NotFound) return Deny(result.Error);
        ModelState.Clear();
        result.Error.AddTo(ModelState, prefix);
        return await LoadAsync() ?? Page();
    }

    private IActionResult Deny(Error error) => error.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();

    private async Task<IActionResult?> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var disclose = await access.MayDiscloseAsync(Id, ct);
        var read = await access.MayReadCorrectionsAsync(Id, ct);
        MayDisclose = disclose is null;
        if (read is null)
        {
            var list = await corrections.ForClientAsync(Id, ct);
            Corrections = list.Value;
        }
        if (access.IsDataProtectionOfficer)
        {
            var file = await erasure.FileAsync(Id, ct);
            if (file.IsSuccess) Protection = file.Value;
        }
        if (!MayDisclose && Corrections is null && Protection is null)
            return (disclose ?? read)!.Kind == ErrorKind.NotFound ? NotFound() : Forbid();
        FileNumber = await db.Clients.AsNoTracking().Where(c => c.Id == Id).Select(c => c.FileNumber).FirstAsync(ct);
        return null;
    }
}
