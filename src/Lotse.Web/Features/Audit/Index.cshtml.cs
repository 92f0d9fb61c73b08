using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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
    // Validated by the shared handler (same words as the API); see BindingSucceeded.
    [BindProperty] public AuditFilter Filter { get; set; } = new();
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

    /// <summary>
    /// MVC's own messages are English and its validation would run before the handler's; so the model state is rebuilt:
    /// form values that could not be read (e.g. a malformed date) get a German message, and the rest of the filter is
    /// still checked by the shared rules, so all mistakes are shown at once.
    /// </summary>
    private bool BindingSucceeded()
    {
        var unreadable = new List<(string Key, string Message)>();
        void Check(string key, bool bound, string message)
        {
            if (!bound && Request.Form.TryGetValue(key, out var raw) && !string.IsNullOrWhiteSpace(raw))
                unreadable.Add((key, message));
        }
        Check("Filter.From", Filter.From is not null, "Bitte geben Sie als Anfang des Zeitraums ein gültiges Datum an.");
        Check("Filter.To", Filter.To is not null, "Bitte geben Sie als Ende des Zeitraums ein gültiges Datum an.");
        Check("Filter.Operation", Filter.Operation is not null, "Diesen Vorgang gibt es nicht.");
        Check("Filter.Channel", Filter.Channel is not null, "Diesen Zugriffsweg gibt es nicht.");
        Check(nameof(AfterId), AfterId is not null, "Die Seitenangabe ist ungültig. Bitte suchen Sie erneut.");
        Check(nameof(BeforeId), BeforeId is not null, "Die Seitenangabe ist ungültig. Bitte suchen Sie erneut.");

        ModelState.Clear();
        if (unreadable.Count == 0) return true;
        foreach (var (key, message) in unreadable) ModelState.AddModelError(key, message);
        Validation.Validate(Filter)?.AddTo(ModelState, nameof(Filter));
        return false;
    }
}
