using Lotse.Web.Data;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Steering.WorkingGroups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lotse.Web.Features.Steering.SteeringGroup;

/// <summary>The Lenkungsgruppe: members, meetings, Vorlagen waiting for a meeting.</summary>
public sealed class IndexModel(SteeringGroupWork work, WorkingGroupWork groups, SteeringAccess access, LotseDbContext db) : SteeringPage
{
    [BindProperty, ValidateNever] public SteeringMemberInput Member { get; set; } = new();
    [BindProperty, ValidateNever] public SteeringMeetingInput Meeting { get; set; } = new();

    public IReadOnlyList<SteeringMemberDto> Members { get; private set; } = [];
    public IReadOnlyList<SteeringMeetingSummaryDto> Meetings { get; private set; } = [];
    public IReadOnlyList<ProposalDto> Proposals { get; private set; } = [];
    public bool IsCoordinator => access.IsCoordinator;
    public IReadOnlyList<SelectListItem> OrganisationOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> UserOptions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostMitgliedAsync() =>
        RunAsync("mitglied", nameof(Member), ct => work.AddMemberAsync(Member, ct), "Das Mitglied wurde eingetragen.",
            _ => RedirectToPage("/Steering/SteeringGroup/Index", null, null, "mitglieder"), ShowAsync);

    public Task<IActionResult> OnPostSitzungAsync() =>
        RunAsync("sitzung", nameof(Meeting), ct => work.CreateMeetingAsync(Meeting, ct), "Die Sitzung wurde angelegt.",
            m => RedirectToPage("/Steering/SteeringGroup/Meeting", new { id = m.Id }), ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var ct = HttpContext.RequestAborted;
        var members = await work.MembersAsync(ct);
        if (!members.IsSuccess) return Forbid();
        Members = members.Value!;
        Meetings = (await work.MeetingsAsync(ct)).Value!;
        Proposals = (await groups.SubmittedProposalsAsync(ct)).Value!;
        if (IsCoordinator)
        {
            OrganisationOptions = await ClientFormOptions.OrganisationItemsAsync(db, ct);
            UserOptions = await WorkingGroups.IndexModel.UserItemsAsync(db, ct);
        }
        if (FailedForm != "sitzung") Meeting = new SteeringMeetingInput { On = work.Today.AddDays(14) };
        return Page();
    }

    public static IEnumerable<SelectListItem> FunctionOptions => Options<SteeringMemberFunction>(SteeringNames.Of);
}
