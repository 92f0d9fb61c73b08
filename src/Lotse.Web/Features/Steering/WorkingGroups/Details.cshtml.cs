using Lotse.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lotse.Web.Features.Steering.WorkingGroups;

/// <summary>A working group's page: members, topics, meetings and Vorlagen. Members and the Koordinierende Stelle only.</summary>
public sealed class DetailsModel(WorkingGroupWork work, SteeringAccess access, LotseDbContext db) : SteeringPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty, ValidateNever] public MemberInput Member { get; set; } = new();
    [BindProperty, ValidateNever] public MeetingInput Meeting { get; set; } = new();
    [BindProperty, ValidateNever] public ProposalInput Proposal { get; set; } = new();
    [BindProperty] public Guid? ProposalId { get; set; }
    [BindProperty] public Guid? RemoveUserId { get; set; }

    public WorkingGroupDto Group { get; private set; } = null!;
    public bool IsCoordinator => access.IsCoordinator;
    public IReadOnlyList<SelectListItem> UserOptions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostMitgliedAsync() =>
        RunAsync("mitglied", nameof(Member), ct => work.AddMemberAsync(Id, Member, ct), "Das Mitglied wurde aufgenommen.", Back("mitglieder"), ShowAsync);

    public Task<IActionResult> OnPostEntfernenAsync() =>
        RunAsync("mitglieder", "", ct => work.RemoveMemberAsync(Id, RemoveUserId ?? Guid.Empty, ct), "Das Mitglied wurde entfernt.", Back("mitglieder"), ShowAsync);

    public Task<IActionResult> OnPostSitzungAsync() =>
        RunAsync("sitzung", nameof(Meeting), ct => work.AddMeetingAsync(Id, Meeting, ct), "Die Sitzung wurde dokumentiert.", Back("sitzungen"), ShowAsync);

    public Task<IActionResult> OnPostVorlageAsync() =>
        RunAsync("vorlage", nameof(Proposal), ct => work.AddProposalAsync(Id, Proposal, ct), "Die Vorlage wurde gespeichert.", Back("vorlagen"), ShowAsync);

    public Task<IActionResult> OnPostEinreichenAsync() =>
        RunAsync("vorlagen", "", ct => work.SubmitProposalAsync(Id, ProposalId ?? Guid.Empty, ct),
            "Die Vorlage wurde bei der Lenkungsgruppe eingereicht.", Back("vorlagen"), ShowAsync);

    private Func<Domain.Steering.WorkingGroup, IActionResult> Back(string fragment) =>
        _ => RedirectToPage("/Steering/WorkingGroups/Details", null, new { id = Id }, fragment);

    private async Task<IActionResult> ShowAsync()
    {
        var result = await work.GetAsync(Id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return result.Error!.Kind == Infrastructure.Http.ErrorKind.Forbidden ? Forbid() : NotFound();
        Group = result.Value!;
        if (IsCoordinator)
            UserOptions = (await IndexModel.UserItemsAsync(db, HttpContext.RequestAborted))
                .Where(u => Group.Members.All(m => m.UserId.ToString() != u.Value)).ToList();
        if (FailedForm != "sitzung") Meeting = new MeetingInput { On = work.Today };
        return Page();
    }
}
