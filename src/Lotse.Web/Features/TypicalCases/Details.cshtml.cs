using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.TypicalCases;

/// <summary>The anonymised timeline beside the optimal path, with the working group's annotations.</summary>
public sealed class DetailsModel(CaseReconstructions reconstructions) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [TempData] public string? StatusMessage { get; set; }
    [BindProperty] public int? EntryIndex { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public int? StepDay { get; set; }
    [BindProperty] public string? StepText { get; set; }
    [BindProperty] public string? StepOrganisation { get; set; }

    public TypicalCaseDto Case { get; private set; } = null!;
    public bool MayPlan => User.IsInRole(Domain.Roles.Coordinator) || User.IsInRole(Domain.Roles.CaseManager);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAnmerkenAsync() =>
        await AfterAsync(await reconstructions.AnnotateAsync(Id, new AnnotationInput(EntryIndex, Text), HttpContext.RequestAborted), "Die Anmerkung wurde gespeichert.");

    public async Task<IActionResult> OnPostSchrittAsync()
    {
        var current = await reconstructions.GetAsync(Id, HttpContext.RequestAborted);
        if (!current.IsSuccess) return current.Error!.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        var steps = current.Value!.OptimalPath.Select(s => new OptimalStepInput(s.Day, s.Text, s.Organisation)).ToList();
        steps.Add(new OptimalStepInput(StepDay ?? -1, StepText, StepOrganisation));
        return await AfterAsync(await reconstructions.SetOptimalPathAsync(Id, new OptimalPathInput(steps.OrderBy(s => s.Day).ToList()), HttpContext.RequestAborted),
            "Der Schritt wurde dem optimalen Verlauf hinzugefügt.");
    }

    private async Task<IActionResult> AfterAsync(Result<TypicalCaseDto> result, string message)
    {
        if (result.IsSuccess)
        {
            StatusMessage = message;
            return RedirectToPage(null, new { id = Id });
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (result.Error.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.Clear();
        foreach (var (field, messages) in result.Error.Fields ?? new Dictionary<string, string[]> { [""] = [result.Error.Message] })
            foreach (var m in messages) ModelState.AddModelError(field.StartsWith("steps", StringComparison.Ordinal) ? "" : field switch { "text" => nameof(Text), "entryIndex" => nameof(EntryIndex), _ => "" }, m);
        return await LoadAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var result = await reconstructions.GetAsync(Id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return result.Error!.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        Case = result.Value!;
        return null;
    }
}
