using System.ComponentModel.DataAnnotations;
using Lotse.Web.Data;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.WorkingGroups;

public sealed record WorkingGroupSummaryDto(Guid Id, string Name, string? Purpose, int Members, int Meetings);
public sealed record MemberDto(Guid UserId, string DisplayName, string OrganisationName);
public sealed record MeetingDto(Guid Id, DateOnly On, string Participants, string? Notes, string? Results);
public sealed record ProposalDto(Guid Id, Guid WorkingGroupId, string WorkingGroupName, string Title, string Text, Guid? TopicId, string? TopicTitle,
    ProposalStatus Status, string StatusName, DateOnly? SubmittedOn);
public sealed record GroupTopicDto(Guid Id, string Title, DateOnly? HandedOverOn);
public sealed record WorkingGroupDto(Guid Id, string Name, string? Purpose, IReadOnlyList<MemberDto> Members, IReadOnlyList<GroupTopicDto> Topics,
    IReadOnlyList<MeetingDto> Meetings, IReadOnlyList<ProposalDto> Proposals, int Version);

public sealed class WorkingGroupInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte geben Sie der Arbeitsgruppe einen Namen.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    public string? Name { get; set; }
    [StringLength(4000, ErrorMessage = "Der Auftrag darf höchstens 4000 Zeichen lang sein.")]
    public string? Purpose { get; set; }
    public List<Guid> MemberIds { get; set; } = [];
}

public sealed class MemberInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte wählen Sie die Person.")]
    public Guid? UserId { get; set; }
}

public sealed class MeetingInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum der Sitzung an.")]
    public DateOnly? On { get; set; }
    [Required(ErrorMessage = "Bitte nennen Sie die Teilnehmenden.")]
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")]
    public string? Participants { get; set; }
    [StringLength(8000, ErrorMessage = "Höchstens 8000 Zeichen.")]
    public string? Notes { get; set; }
    [StringLength(8000, ErrorMessage = "Höchstens 8000 Zeichen.")]
    public string? Results { get; set; }
}

public sealed class ProposalInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte geben Sie der Vorlage einen Titel.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    public string? Title { get; set; }
    [Required(ErrorMessage = "Bitte formulieren Sie die Vorlage.")]
    [StringLength(8000, ErrorMessage = "Höchstens 8000 Zeichen.")]
    public string? Text { get; set; }
    public Guid? TopicId { get; set; }
}

/// <summary>
/// Working groups: the Koordinierende Stelle creates them and manages members; members (and the Koordinierende Stelle)
/// record meetings and write and submit Vorlagen. A group's material is visible to its members and the Koordinierende
/// Stelle only: for anybody else a group does not exist (404), and users who are in no group at all get 403.
/// </summary>
public sealed class WorkingGroupWork(LotseDbContext db, SteeringAccess access, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static readonly Error NotForYou = new(ErrorKind.Forbidden, "Arbeitsgruppen sehen ihre Mitglieder und die Koordinierende Stelle.");

    public async Task<Result<List<WorkingGroupSummaryDto>>> ListAsync(CancellationToken ct)
    {
        if (!access.IsCoordinator && !await access.IsWorkingGroupMemberAsync(ct)) return NotForYou;
        return await access.ReadableGroups().AsNoTracking().OrderBy(g => g.Name)
            .Select(g => new WorkingGroupSummaryDto(g.Id, g.Name, g.Purpose, g.Members.Count, g.Meetings.Count)).ToListAsync(ct);
    }

    public async Task<Result<WorkingGroupDto>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!access.IsCoordinator && !await access.IsWorkingGroupMemberAsync(ct)) return NotForYou;
        var group = await access.ReadableGroups().AsNoTracking().Include(g => g.Members).Include(g => g.Meetings).Include(g => g.Proposals)
            .AsSplitQuery().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return Error.NotFound("Die Arbeitsgruppe");
        var memberIds = group.Members.Select(m => m.UserId).ToList();
        var members = await (from u in db.Users
                             join o in db.Organisations on u.OrganisationId equals o.Id
                             where memberIds.Contains(u.Id)
                             select new MemberDto(u.Id, u.DisplayName, o.Name)).ToListAsync(ct);
        var topics = await db.Topics.AsNoTracking().Where(t => t.WorkingGroupId == id).OrderBy(t => t.Title)
            .Select(t => new GroupTopicDto(t.Id, t.Title, t.HandedOverOn)).ToListAsync(ct);
        var topicTitles = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        return new WorkingGroupDto(group.Id, group.Name, group.Purpose,
            members.OrderBy(m => m.DisplayName, StringComparer.Create(SteeringNames.Culture, false)).ToList(), topics,
            group.Meetings.OrderByDescending(m => m.On).Select(m => new MeetingDto(m.Id, m.On, m.Participants, m.Notes, m.Results)).ToList(),
            group.Proposals.OrderBy(p => p.Title).Select(p => ToDto(p, group.Name, topicTitles)).ToList(), group.Version);
    }

    public async Task<Result<WorkingGroup>> CreateAsync(WorkingGroupInput input, CancellationToken ct)
    {
        if (!access.IsCoordinator) return SteeringAccess.CoordinatorOnly("Arbeitsgruppen");
        if (Validation.Validate(input) is { } invalid) return invalid;
        var name = input.Name!.Trim();
        if (await db.WorkingGroups.AnyAsync(g => g.Name == name, ct)) return Error.Invalid("name", "Eine Arbeitsgruppe mit diesem Namen gibt es schon.");
        var group = new WorkingGroup { Name = name, Purpose = string.IsNullOrWhiteSpace(input.Purpose) ? null : input.Purpose.Trim() };
        foreach (var userId in input.MemberIds.Distinct())
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, ct)) return Error.Invalid("memberIds", "Eine der gewählten Personen gibt es nicht.");
            group.AddMember(userId);
        }
        db.WorkingGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task<Result<WorkingGroup>> AddMemberAsync(Guid id, MemberInput input, CancellationToken ct)
    {
        if (!access.IsCoordinator) return SteeringAccess.CoordinatorOnly("Die Mitglieder der Arbeitsgruppen");
        if (Validation.Validate(input) is { } invalid) return invalid;
        var group = await db.WorkingGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return Error.NotFound("Die Arbeitsgruppe");
        if (!await db.Users.AnyAsync(u => u.Id == input.UserId && u.IsActive, ct)) return Error.Invalid("userId", "Diese Person gibt es nicht.");
        if (group.AddMember(input.UserId!.Value) is { } refused) return refused;
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task<Result<WorkingGroup>> RemoveMemberAsync(Guid id, Guid userId, CancellationToken ct)
    {
        if (!access.IsCoordinator) return SteeringAccess.CoordinatorOnly("Die Mitglieder der Arbeitsgruppen");
        var group = await db.WorkingGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return Error.NotFound("Die Arbeitsgruppe");
        if (group.RemoveMember(userId) is { } refused) return refused;
        await db.SaveChangesAsync(ct);
        return group;
    }

    public Task<Result<WorkingGroup>> AddMeetingAsync(Guid id, MeetingInput input, CancellationToken ct) =>
        ChangeAsync(id, input, g =>
        {
            g.Meetings.Add(new WorkingGroupMeeting { On = input.On!.Value, Participants = input.Participants!.Trim(), Notes = Blank(input.Notes), Results = Blank(input.Results) });
            return null;
        }, ct);

    public async Task<Result<WorkingGroup>> AddProposalAsync(Guid id, ProposalInput input, CancellationToken ct)
    {
        if (input.TopicId is { } topic && !await db.Topics.AnyAsync(t => t.Id == topic && t.WorkingGroupId == id, ct))
            return Error.Invalid("topicId", "Dieses Thema liegt nicht bei dieser Arbeitsgruppe.");
        return await ChangeAsync(id, input, g =>
        {
            g.Proposals.Add(new Proposal { WorkingGroupId = g.Id, Title = input.Title!.Trim(), Text = input.Text!.Trim(), TopicId = input.TopicId });
            return null;
        }, ct);
    }

    public Task<Result<WorkingGroup>> SubmitProposalAsync(Guid id, Guid proposalId, CancellationToken ct) =>
        ChangeAsync(id, new object(), g => g.Proposals.FirstOrDefault(p => p.Id == proposalId) is { } p ? p.Submit(Today) : Error.NotFound("Die Vorlage"), ct);

    /// <summary>Vorlagen submitted to the Lenkungsgruppe: for the Koordinierende Stelle and the Lenkungsgruppe.</summary>
    public async Task<Result<List<ProposalDto>>> SubmittedProposalsAsync(CancellationToken ct)
    {
        if (!access.MayReadSteeringGroup) return SteeringAccess.NoSteeringAccess;
        var groups = await db.WorkingGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var topicTitles = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Submitted).ToListAsync(ct);
        return proposals.OrderByDescending(p => p.SubmittedOn).ThenBy(p => p.Title)
            .Select(p => ToDto(p, groups.GetValueOrDefault(p.WorkingGroupId, ""), topicTitles)).ToList();
    }

    /// <summary>Members and the Koordinierende Stelle work on a group's material.</summary>
    private async Task<Result<WorkingGroup>> ChangeAsync(Guid id, object input, Func<WorkingGroup, Error?> change, CancellationToken ct)
    {
        if (!access.IsCoordinator && !await access.IsWorkingGroupMemberAsync(ct)) return NotForYou;
        var group = await access.ReadableGroups().Include(g => g.Members).Include(g => g.Meetings).Include(g => g.Proposals)
            .AsSplitQuery().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return Error.NotFound("Die Arbeitsgruppe");
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (change(group) is { } refused) return refused;
        await db.SaveChangesAsync(ct);
        return group;
    }

    internal static ProposalDto ToDto(Proposal p, string groupName, IReadOnlyDictionary<Guid, string> topics) =>
        new(p.Id, p.WorkingGroupId, groupName, p.Title, p.Text, p.TopicId, p.TopicId is { } t ? topics.GetValueOrDefault(t) : null,
            p.Status, SteeringNames.Of(p.Status), p.SubmittedOn);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
