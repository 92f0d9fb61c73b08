using Lotse.Web.Domain;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Features.Import.Mapping;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Import;

/// <summary>One import: mapping, dry-run result with decisions per row, commit and its progress.</summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class SessionModel(ImportSessions sessions) : PageModel
{
    public const int PageSize = 100;
    public const int PreviewRows = 5;

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public ImportRowFilter? Filter { get; set; }
    [BindProperty(SupportsGet = true, Name = "seite")] public int PageNumber { get; set; } = 1;

    /// <summary>Lotse field → selected column ("" = not imported).</summary>
    [BindProperty] public Dictionary<string, string?> Zuordnung { get; set; } = [];
    [BindProperty] public List<ImportRowDecision> Entscheidungen { get; set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public ImportSessionDto Import { get; private set; } = null!;
    public List<List<string>> Preview { get; private set; } = [];
    public ImportRowPage? Rows { get; private set; }
    public ImportRowFilter ShownFilter { get; private set; }
    public bool IsRunning => Import.Status is ImportStatus.Checking or ImportStatus.Committing;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostMappingAsync()
    {
        var columns = Zuordnung
            .Where(kv => Enum.TryParse<ImportField>(kv.Key, out _))
            .ToDictionary(kv => kv.Key, kv => int.TryParse(kv.Value, out var c) ? c : (int?)null);
        return await Act(sessions.MapAndCheckAsync(Id, new ImportMappingInput { Columns = columns }, HttpContext.RequestAborted), null);
    }

    public Task<IActionResult> OnPostDecisionsAsync() =>
        Act(sessions.DecideAsync(Id, new ImportDecisionInput { Rows = Entscheidungen }, HttpContext.RequestAborted), "Ihre Auswahl ist gespeichert.");

    public Task<IActionResult> OnPostCommitAsync() => Act(sessions.CommitAsync(Id, HttpContext.RequestAborted), null);

    public async Task<IActionResult> OnPostDiscardAsync()
    {
        var result = await sessions.DiscardAsync(Id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return await ShowErrorAsync(result.Error!);
        TempData["StatusMessage"] = "Der Import wurde verworfen; die zwischengespeicherten Zeilen sind gelöscht.";
        return RedirectToPage("/Import/Index");
    }

    private async Task<IActionResult> Act<T>(Task<Infrastructure.Http.Result<T>> action, string? success)
    {
        var result = await action;
        if (!result.IsSuccess) return await ShowErrorAsync(result.Error!);
        StatusMessage = success;
        return RedirectToPage(new { id = Id, filter = Filter, seite = PageNumber == 1 ? (int?)null : PageNumber });
    }

    private async Task<IActionResult> ShowErrorAsync(Infrastructure.Http.Error error)
    {
        ModelState.Clear();
        if (error.Kind == Infrastructure.Http.ErrorKind.NotFound) return NotFound();
        foreach (var message in error.Fields?.Values.SelectMany(m => m).Distinct() ?? [error.Message])
            ModelState.AddModelError(string.Empty, message);
        return await ShowAsync() ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync()
    {
        var ct = HttpContext.RequestAborted;
        var import = await sessions.GetAsync(Id, ct);
        if (import is null) return false;
        Import = import;
        if (import.Status is ImportStatus.Uploaded or ImportStatus.Checked)
            Preview = await sessions.PreviewAsync(Id, PreviewRows, ct) ?? [];
        if (import.Status == ImportStatus.Checked)
        {
            var problems = import.InvalidRows + import.DuplicateRows > 0;
            ShownFilter = Filter ?? (problems ? ImportRowFilter.Problems : ImportRowFilter.All);
            var rows = await sessions.RowsAsync(Id, ShownFilter, Math.Max(1, PageNumber), PageSize, ct);
            Rows = rows.IsSuccess ? rows.Value : null;
        }
        return true;
    }

    public static string FilterName(ImportRowFilter f) => f switch
    {
        ImportRowFilter.All => "Alle Zeilen",
        ImportRowFilter.Problems => "Offene Probleme",
        ImportRowFilter.Invalid => "Fehlerhaft",
        ImportRowFilter.Duplicates => "Mögliche Dubletten",
        _ => "Ausgeschlossen"
    };
}
