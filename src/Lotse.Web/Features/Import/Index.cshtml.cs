using Lotse.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Import;

/// <summary>Upload of a client list (CSV or XLSX) and the case manager's open imports.</summary>
[Authorize(Roles = Roles.CaseManager)]
[RequestSizeLimit(PageRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = PageRequestLimit)]
public sealed class IndexModel(ImportSessions sessions) : PageModel
{
    /// <summary>Larger than the file limit, so that a file a little too big gets the German message instead of a failed request.</summary>
    private const long PageRequestLimit = 64L * 1024 * 1024;

    [BindProperty] public IFormFile? Datei { get; set; }
    [BindProperty] public string? Tabellenblatt { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public IReadOnlyList<ImportListItem> Imports { get; private set; } = [];

    public async Task OnGetAsync() => Imports = await sessions.ListMineAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        ModelState.Clear();
        var upload = await ImportUpload.FromFormAsync(Datei, Tabellenblatt, ct);
        if (upload.IsSuccess)
        {
            var (content, fileName, sheet) = upload.Value!;
            var result = await sessions.UploadAsync(content, fileName, sheet, ct);
            if (result.IsSuccess) return RedirectToPage("/Import/Session", new { id = result.Value!.Id });
            result.Error!.AddTo(ModelState, "");
        }
        else upload.Error!.AddTo(ModelState, "");
        Imports = await sessions.ListMineAsync(ct);
        return Page();
    }

    public static string Local(DateTimeOffset time) => Cases.CaseDates.Local(time);
}
