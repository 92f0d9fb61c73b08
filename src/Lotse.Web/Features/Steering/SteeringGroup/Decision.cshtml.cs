using Lotse.Web.Data;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Clients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lotse.Web.Features.Steering.SteeringGroup;

/// <summary>A decision and what became of it: its measures, their status and history.</summary>
public sealed class DecisionModel(SteeringGroupWork work, SteeringAccess access, LotseDbContext db) : SteeringPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty, ValidateNever] public MeasureInput Measure { get; set; } = new();
    [BindProperty, ValidateNever] public MeasureStatusInput Status { get; set; } = new();
    [BindProperty] public Guid? MeasureId { get; set; }

    public DecisionDto Decision { get; private set; } = null!;
    public bool IsCoordinator => access.IsCoordinator;
    public IReadOnlyList<SelectListItem> OrganisationOptions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostMassnahmeAsync() =>
        RunAsync("massnahme", nameof(Measure), ct => work.AddMeasureAsync(Id, Measure, ct), "Die Maßnahme wurde angelegt.", Back, ShowAsync);

    public Task<IActionResult> OnPostStatusAsync() =>
        RunAsync($"status-{MeasureId}", nameof(Status), ct => work.SetMeasureStatusAsync(MeasureId ?? Guid.Empty, Status, ct),
            "Der Status der Maßnahme wurde geändert.", Back, ShowAsync);

    private IActionResult Back(object _) => RedirectToPage("/Steering/SteeringGroup/Decision", null, new { id = Id }, "massnahmen");

    /// <summary>The statuses a measure may move to from its current one.</summary>
    public static IEnumerable<SelectListItem> NextStatuses(MeasureStatus from) =>
        Enum.GetValues<MeasureStatus>().Where(to => Domain.Steering.Measure.MayMove(from, to)).Select(to => new SelectListItem(SteeringNames.Of(to), to.ToString()));

    private async Task<IActionResult> ShowAsync()
    {
        var ct = HttpContext.RequestAborted;
        var result = await work.DecisionAsync(Id, ct);
        if (!result.IsSuccess) return result.Error!.Kind == Infrastructure.Http.ErrorKind.Forbidden ? Forbid() : NotFound();
        Decision = result.Value!;
        if (IsCoordinator) OrganisationOptions = await ClientFormOptions.OrganisationItemsAsync(db, ct);
        return Page();
    }
}
