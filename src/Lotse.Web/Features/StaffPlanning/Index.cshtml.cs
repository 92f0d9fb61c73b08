using Lotse.Web.Features.Import.Parsing;
using Lotse.Web.Features.Network;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.StaffPlanning;

/// <summary>Stellenplanung: import, parameters, table and bar chart (Koordinierende Stelle only).</summary>
[Authorize(Roles = NetworkRoles.Coordination)]
public sealed class IndexModel(StaffPlans plans) : PageModel
{
    [BindProperty] public StaffPlanParameters Input { get; set; } = new();
    public StaffPlanDto? Plan { get; private set; }
    public IReadOnlyList<string> ImportErrors { get; private set; } = [];
    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync() => await LoadAsync(true);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        var (content, name, error) = await Uploads.FromFormFileAsync(file, ImportLimits.MaxFileBytes, ImportLimits.MaxFileText, HttpContext.RequestAborted);
        var result = error is null ? await plans.ImportAsync(name, content!, Input, HttpContext.RequestAborted) : error;
        if (result.IsSuccess)
        {
            StatusMessage = $"Die Zahlen aus „{result.Value!.FileName}“ wurden übernommen.";
            return RedirectToPage();
        }
        ModelState.Clear();
        ShowError(result.Error!);
        await LoadAsync(false);
        return Page();
    }

    public async Task<IActionResult> OnPostParametersAsync()
    {
        var result = await plans.UpdateParametersAsync(Input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = "Betreuungsschlüssel und verfügbare VZÄ wurden gespeichert.";
            return RedirectToPage();
        }
        ModelState.Clear();
        ShowError(result.Error!);
        await LoadAsync(false);
        return Page();
    }

    private void ShowError(Error error)
    {
        if (error.Fields?.TryGetValue("file", out var rows) == true && rows.Length > 1)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            ImportErrors = rows;
        }
        else error.AddTo(ModelState);
    }

    private async Task LoadAsync(bool fillInput)
    {
        Plan = await plans.CurrentAsync(HttpContext.RequestAborted);
        if (fillInput && Plan is not null)
            Input = new StaffPlanParameters { TargetRatio = Plan.TargetRatio, AvailableFte = Plan.AvailableFte, Version = Plan.Version };
        else if (Plan is not null) Input.Version ??= Plan.Version;
    }

    // Geometry of the server-rendered bar chart (no inline style or script: sizes are SVG attributes).
    public const int ChartWidth = 640;
    public const int BarHeight = 18;
    public const int LabelWidth = 190;
    public const int GroupHeight = 52;

    public decimal ChartMax => Plan is null ? 1 : Math.Max(1, Plan.Regions.Max(r => Math.Max(r.AllocatedFte, CaseloadFte(r))));
    public decimal CaseloadFte(StaffPlanRegionDto r) => Plan is null ? 0 : Math.Round(r.ActiveCases / (decimal)Plan.TargetRatio, 1);
    public int BarLength(decimal value) => (int)Math.Round((ChartWidth - LabelWidth - 60) * value / ChartMax);
}
