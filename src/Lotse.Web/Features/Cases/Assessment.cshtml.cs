using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Features.Clients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases;

/// <summary>Assessment and re-assessment of a case: all ten life domains in one form.</summary>
public sealed class AssessmentPageModel(CaseQueries queries, CaseCommands commands, ClientAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public AssessmentForm Assessment { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public CaseDto Case { get; private set; } = null!;
    public bool Stale { get; private set; }
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        Assessment = Case.Assessments.Count > 0 ? AssessmentForm.From(Case.Assessments[^1], Today) : AssessmentForm.Empty(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        Assessment.Complete();
        if (ModelState.HasUnreadableValues()) return Page();
        var input = Assessment.ToInput(Version, out var rowOf);
        var result = await commands.RecordAssessmentAsync(Id, input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = input.Ratings!.Count == 1 ? "Das Assessment wurde gespeichert (1 Lebenslage)." : $"Das Assessment wurde gespeichert ({input.Ratings.Count} Lebenslagen).";
            return RedirectToPage("/Cases/Details", null, new { id = Id }, "assessment");
        }
        switch (result.Error!.Kind)
        {
            case ErrorKind.NotFound: return NotFound();
            case ErrorKind.Forbidden: return Forbid();
            case ErrorKind.Concurrency:
                Stale = true;
                await LoadAsync(); // the current state and version
                break;
        }
        result.Error.AddToForm(ModelState, nameof(Assessment), rowOf);
        return Page();
    }

    /// <summary>Null when the case may be assessed by the caller; otherwise the answer (404 unseen, 403 read-only).</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var dto = await queries.GetAsync(Id, ct, "Assessment");
        if (dto is null) return NotFound();
        if (!await access.EditableCases().AnyAsync(c => c.Id == Id, ct)) return Forbid();
        Case = dto;
        return null;
    }
}
