using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases;

/// <summary>
/// The case (Fallakte) and its cycle: each action is a small form posting to a handler of this page with the case
/// version it was shown at. The domain decides; refusals and a stale version come back as messages, and the page then
/// shows the current state of the case with the typed values still in the form.
/// </summary>
public sealed class DetailsModel(LotseDbContext db, CaseQueries queries, CaseCommands commands, ClientAccess access,
    CaseManagerDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    /// <summary>The case version the form was shown with (every form carries it).</summary>
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public Guid? GoalId { get; set; }
    [BindProperty] public Guid? StepId { get; set; }
    [BindProperty] public CasePhase? To { get; set; }
    [BindProperty] public IntakeInput Intake { get; set; } = new();
    [BindProperty] public GoalInput Goal { get; set; } = new();
    [BindProperty] public StepInput Step { get; set; } = new();
    [BindProperty] public StepStatusInput StepStatus { get; set; } = new();
    [BindProperty] public PlanAgreementInput Plan { get; set; } = new();
    [BindProperty] public NoteInput Note { get; set; } = new();
    [BindProperty] public GoalEvaluationInput Evaluation { get; set; } = new();
    [BindProperty] public ClosureInput Closure { get; set; } = new();
    [BindProperty] public ReopenInput Reopen { get; set; } = new();
    [BindProperty] public HandOverInput HandOver { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public CaseDto Case { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    /// <summary>The anchor of the form whose submission failed (its values are kept, its errors shown).</summary>
    public string? FailedForm { get; private set; }
    public bool Stale { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<SelectListItem> OrganisationOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> CaseManagerOptions { get; private set; } = [];

    // Which actions the current phase offers. The case itself decides; these only choose which forms to show.
    public bool IsActive => Case.Phase != CasePhase.Closed;
    public bool CanRecordIntake => MayEdit && Case.Phase == CasePhase.Intake;
    public bool CanAssess => MayEdit && IsActive && (Case.Phase != CasePhase.Intake || Case.Intake?.Decision == IntakeDecision.CaseManagementIndicated);
    public bool CanStartPlanning => MayEdit && Case.Phase == CasePhase.Assessment;
    public bool CanPlan => MayEdit && Case.Phase is CasePhase.Planning or CasePhase.Linking or CasePhase.Monitoring;
    public bool CanSetStepStatus => MayEdit && Case.Phase is CasePhase.Planning or CasePhase.Linking or CasePhase.Monitoring or CasePhase.Evaluation;
    public bool CanAgreePlan => MayEdit && Case.Phase == CasePhase.Planning;
    public bool CanStartMonitoring => MayEdit && Case.Phase == CasePhase.Linking;
    public bool CanStartEvaluation => MayEdit && Case.Phase is CasePhase.Linking or CasePhase.Monitoring;
    public bool CanEvaluate => MayEdit && Case.Phase == CasePhase.Evaluation;
    public bool CanClose => MayEdit && (Case.Phase == CasePhase.Evaluation
        || (Case.Phase == CasePhase.Intake && Case.Intake is { Decision: not IntakeDecision.CaseManagementIndicated }));
    public bool CanReopen => MayEdit && Case.Phase == CasePhase.Closed;
    public bool CanAddNote => MayEdit && IsActive;
    public bool CanHandOver => MayEdit && IsActive;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostErstberatungAsync() =>
        RunAsync("erstberatung", nameof(Intake), Intake, ct => commands.RecordIntakeAsync(Id, Intake, ct),
            "Die Erstberatung wurde gespeichert.", "aktionen");

    public Task<IActionResult> OnPostPhaseAsync()
    {
        var input = new TransitionInput { To = To };
        return RunAsync("aktionen", "Transition", input, ct => commands.MoveAsync(Id, input, ct),
            To switch
            {
                CasePhase.Planning => "Die Planung hat begonnen. Vereinbaren Sie nun Ziele und Schritte.",
                CasePhase.Monitoring => "Das Monitoring hat begonnen.",
                CasePhase.Evaluation => "Die Evaluation hat begonnen. Bitte bewerten Sie jedes Ziel.",
                _ => "Die Phase wurde gewechselt."
            }, "aktionen");
    }

    public Task<IActionResult> OnPostZielAsync() =>
        RunAsync("ziel-neu", nameof(Goal), Goal, ct => commands.AddGoalAsync(Id, Goal, ct), "Das Ziel wurde hinzugefügt.", "ziele");

    public Task<IActionResult> OnPostSchrittAsync() =>
        RunAsync($"schritt-{GoalId}", nameof(Step), Step, ct => commands.AddStepAsync(Id, GoalId ?? Guid.Empty, Step, ct),
            "Der Schritt wurde hinzugefügt.", $"ziel-{GoalId}");

    public Task<IActionResult> OnPostSchrittstatusAsync() =>
        RunAsync($"status-{StepId}", nameof(StepStatus), StepStatus, ct => commands.SetStepStatusAsync(Id, StepId ?? Guid.Empty, StepStatus, ct),
            "Der Status des Schritts wurde gespeichert.", "ziele");

    public Task<IActionResult> OnPostZielvereinbarungAsync() =>
        RunAsync("zielvereinbarung", nameof(Plan), Plan, ct => commands.AgreePlanAsync(Id, Plan, ct),
            "Die Zielvereinbarung wurde abgeschlossen. Der Fall ist jetzt in der Phase „Linking“.", "aktionen");

    public Task<IActionResult> OnPostKontaktAsync() =>
        RunAsync("kontakt-neu", nameof(Note), Note, ct => commands.AddNoteAsync(Id, Note, ct), "Der Kontakt wurde dokumentiert.", "kontakte");

    public Task<IActionResult> OnPostBewertungAsync() =>
        RunAsync($"bewertung-{GoalId}", nameof(Evaluation), Evaluation, ct => commands.EvaluateGoalAsync(Id, GoalId ?? Guid.Empty, Evaluation, ct),
            "Die Bewertung des Ziels wurde gespeichert.", "ziele");

    public Task<IActionResult> OnPostAbschlussAsync() =>
        RunAsync("abschluss", nameof(Closure), Closure, ct => commands.CloseAsync(Id, Closure, ct), "Der Fall wurde abgeschlossen.", null);

    public Task<IActionResult> OnPostWiederaufnahmeAsync() =>
        RunAsync("wiederaufnahme", nameof(Reopen), Reopen, ct => commands.ReopenAsync(Id, Reopen, ct),
            "Der Fall wurde wiederaufgenommen. Bitte erfassen Sie ein Re-Assessment.", "aktionen");

    public async Task<IActionResult> OnPostUebergabeAsync()
    {
        var result = await RunAsync("uebergabe", nameof(HandOver), HandOver, ct => commands.HandOverAsync(Id, HandOver, ct), "", null);
        if (result is not RedirectToPageResult) return result;
        // Handed to another organisation, the case is no longer visible here: go to the start page instead.
        var target = (await directory.ActiveAsync(HttpContext.RequestAborted)).FirstOrDefault(m => m.Id == HandOver.CaseManagerId);
        StatusMessage = $"Der Fall wurde an {target?.DisplayName ?? "die gewählte Person"} übergeben.";
        return await access.ReadableCases().AnyAsync(c => c.Id == Id, HttpContext.RequestAborted)
            ? RedirectToPage("/Cases/Details", new { id = Id })
            : RedirectToPage("/Home/Index");
    }

    private async Task<IActionResult> RunAsync(string form, string prefix, CaseChange input,
        Func<CancellationToken, Task<Result<Case>>> change, string success, string? fragment)
    {
        var ct = HttpContext.RequestAborted;
        if (ModelState.HasUnreadableValues()) return await ShowAsync(form);
        input.Version = Version;
        var result = await change(ct);
        if (result.IsSuccess)
        {
            StatusMessage = success;
            return RedirectToPage("/Cases/Details", null, new { id = Id }, fragment);
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        Stale = result.Error.Kind == ErrorKind.Concurrency;
        result.Error.AddToForm(ModelState, prefix);
        return await ShowAsync(form);
    }

    private async Task<IActionResult> ShowAsync(string failedForm)
    {
        FailedForm = failedForm;
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var dto = await queries.GetAsync(Id, ct, "Fallakte");
        if (dto is null) return false;
        Case = dto;
        MayEdit = await access.EditableCases().AnyAsync(c => c.Id == Id, ct);

        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.IsActive }).ToListAsync(ct);
        OrganisationNames = organisations.ToDictionary(o => o.Id, o => o.Name);
        if (MayEdit)
        {
            OrganisationOptions = await ClientFormOptions.OrganisationItemsAsync(db, ct);
            CaseManagerOptions = (await directory.ActiveAsync(ct)).Where(m => m.Id != Case.CaseManagerId)
                .Select(m => new SelectListItem($"{m.DisplayName} ({m.OrganisationName})", m.Id.ToString())).ToList();
        }
        ApplyDefaults();
        return true;
    }

    /// <summary>Sensible first values for the forms that were not just submitted.</summary>
    private void ApplyDefaults()
    {
        if (FailedForm != "erstberatung")
        {
            Intake = Case.Intake is { } i
                ? new IntakeInput
                {
                    FirstContactOn = i.FirstContactOn, Route = i.Route, ReferredByOrganisationId = i.ReferredByOrganisationId,
                    FirstConcerns = i.FirstConcerns, Decision = i.Decision, DecisionReason = i.DecisionReason
                }
                : new IntakeInput { FirstContactOn = Today };
        }
        if (FailedForm != "zielvereinbarung") Plan = new PlanAgreementInput { AgreedOn = Today };
        if (FailedForm != "kontakt-neu") Note = new NoteInput { On = Today };
    }

    public string OrganisationName(Guid? id) => id is { } o && OrganisationNames.TryGetValue(o, out var name) ? name : "–";

    public string Responsible(StepDto s) => s.Responsible == StepResponsible.Organisation
        ? $"{CaseNames.Of(s.Responsible)}: {OrganisationName(s.ResponsibleOrganisationId)}"
        : CaseNames.Of(s.Responsible);

    public static IEnumerable<SelectListItem> Options<T>(Func<T, string> name) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(name(v), v.ToString()));
}
