using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lotse.Web.Features.Audit;

/// <summary>
/// The data-protection officer's view of the audit trail. Everything is posted (with antiforgery): the filter
/// holds user names, and names must never appear in a URL.
/// </summary>
[Authorize(Policy = Policies.AuditTrail)]
public sealed class IndexModel(SearchAuditTrail search, ExportAuditTrail export, VerifyAuditTrail verify) : PageModel
{
    // Validated by the shared handler (same words as the API), not by MVC.
    [BindProperty, ValidateNever] public AuditFilter Filter { get; set; } = new();
    [BindProperty] public long? AfterId { get; set; }
    [BindProperty] public long? BeforeId { get; set; }

    public AuditSearchResult? Result { get; private set; }
    public AuditVerification? Verification { get; private set; }

    public IEnumerable<SelectListItem> OperationOptions => Enum.GetValues<AuditOperation>()
        .Select(o => new SelectListItem(AuditDisplay.Of(o), o.ToString()));
    public IEnumerable<SelectListItem> ChannelOptions => Enum.GetValues<AuditChannel>()
        .Select(c => new SelectListItem(AuditDisplay.Of(c), c.ToString()));

    public void OnGet() { }

    public async Task<IActionResult> OnPostSuchenAsync()
    {
        if (!BindingSucceeded()) return Page();
        var result = await search.SearchAsync(AuditSearchRequest.For(Filter, AfterId, BeforeId), HttpContext.RequestAborted);
        if (result.IsSuccess) Result = result.Value;
        else result.Error!.AddTo(ModelState, nameof(Filter));
        return Page();
    }

    public async Task<IActionResult> OnPostExportierenAsync()
    {
        if (!BindingSucceeded()) return Page();
        var prepared = await export.PrepareAsync(Filter, HttpContext.RequestAborted);
        if (prepared.IsSuccess) return new HttpResultAction(prepared.Value!.ToResult(HttpContext.RequestAborted));
        prepared.Error!.AddTo(ModelState, nameof(Filter));
        return Page();
    }

    public async Task<IActionResult> OnPostPruefenAsync()
    {
        ModelState.Clear();
        Verification = await verify.VerifyAsync(HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Form values that could not be read (e.g. a malformed date) get a German message instead of MVC's English one.</summary>
    private bool BindingSucceeded()
    {
        var failed = ModelState.Where(kv => kv.Value?.Errors.Count > 0).Select(kv => kv.Key).ToList();
        foreach (var key in failed)
        {
            ModelState[key]!.Errors.Clear();
            ModelState.AddModelError(key, key switch
            {
                "Filter.From" => "Bitte geben Sie als Anfang des Zeitraums ein gültiges Datum an.",
                "Filter.To" => "Bitte geben Sie als Ende des Zeitraums ein gültiges Datum an.",
                "Filter.Operation" => "Diesen Vorgang gibt es nicht.",
                "Filter.Channel" => "Diesen Zugriffsweg gibt es nicht.",
                _ => "Die Angaben konnten nicht gelesen werden. Bitte laden Sie die Seite neu."
            });
        }
        return failed.Count == 0;
    }
}
