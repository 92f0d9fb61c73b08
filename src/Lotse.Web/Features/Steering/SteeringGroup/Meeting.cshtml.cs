using Lotse.Web.Features.Steering.WorkingGroups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lotse.Web.Features.Steering.SteeringGroup;

/// <summary>A Lenkungsgruppe meeting: agenda (with Vorlagen), minutes, decisions; print view and PDFs.</summary>
public sealed class MeetingModel(SteeringGroupWork work, WorkingGroupWork groups, SteeringAccess access) : SteeringPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty, ValidateNever] public AgendaItemInput Agenda { get; set; } = new();
    [BindProperty, ValidateNever] public MinutesInput Minutes { get; set; } = new();
    [BindProperty, ValidateNever] public DecisionInput Decision { get; set; } = new();

    public SteeringMeetingDto Meeting { get; private set; } = null!;
    public bool IsCoordinator => access.IsCoordinator;
    public IReadOnlyList<SelectListItem> ProposalOptions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostTagesordnungAsync() =>
        RunAsync("tagesordnung", nameof(Agenda), ct => work.AddAgendaItemAsync(Id, Agenda, ct), "Der Tagesordnungspunkt wurde hinzugefügt.", Back("tagesordnung-titel"), ShowAsync);

    public Task<IActionResult> OnPostProtokollAsync() =>
        RunAsync("protokoll", nameof(Minutes), ct => work.SetMinutesAsync(Id, Minutes, ct), "Das Protokoll wurde gespeichert.", Back("protokoll-titel"), ShowAsync);

    public Task<IActionResult> OnPostBeschlussAsync() =>
        RunAsync("beschluss", nameof(Decision), ct => work.DecideAsync(Id, Decision, ct), "Der Beschluss wurde erfasst. Legen Sie nun die Maßnahmen fest.",
            d => RedirectToPage("/Steering/SteeringGroup/Decision", new { id = d.Id }), ShowAsync);

    private Func<object, IActionResult> Back(string fragment) => _ => RedirectToPage("/Steering/SteeringGroup/Meeting", null, new { id = Id }, fragment);

    private async Task<IActionResult> ShowAsync()
    {
        var ct = HttpContext.RequestAborted;
        var result = await work.MeetingAsync(Id, ct);
        if (!result.IsSuccess) return result.Error!.Kind == Infrastructure.Http.ErrorKind.Forbidden ? Forbid() : NotFound();
        Meeting = result.Value!;
        if (IsCoordinator)
        {
            var onAgenda = Meeting.Agenda.Where(a => a.ProposalId != null).Select(a => a.ProposalId!.Value).ToHashSet();
            ProposalOptions = ((await groups.SubmittedProposalsAsync(ct)).Value ?? []).Where(p => !onAgenda.Contains(p.Id))
                .Select(p => new SelectListItem($"{p.Title} (AG {p.WorkingGroupName})", p.Id.ToString())).ToList();
        }
        if (FailedForm != "protokoll") Minutes = new MinutesInput { Minutes = Meeting.Minutes, Version = Meeting.Version };
        return Page();
    }
}
