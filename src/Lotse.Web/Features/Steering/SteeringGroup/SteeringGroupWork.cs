using Lotse.Web.Data;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.SteeringGroup;

/// <summary>
/// The Lenkungsgruppe: members, meetings with agenda and minutes, decisions and their measures. The Koordinierende
/// Stelle manages all of it; Lenkungsgruppe members read it. Everybody else: 403.
/// </summary>
public sealed class SteeringGroupWork(LotseDbContext db, SteeringAccess access, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private Error? MayRead() => access.MayReadSteeringGroup ? null : SteeringAccess.NoSteeringAccess;
    private Error? MayManage() => access.IsCoordinator ? null : SteeringAccess.CoordinatorOnly("Die Lenkungsgruppe");

    public async Task<Result<List<SteeringMemberDto>>> MembersAsync(CancellationToken ct)
    {
        if (MayRead() is { } denied) return denied;
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var members = await db.SteeringGroupMembers.AsNoTracking().ToListAsync(ct);
        return members.OrderBy(m => m.Function).ThenBy(m => m.Name, StringComparer.Create(SteeringNames.Culture, false))
            .Select(m => new SteeringMemberDto(m.Id, m.Name, m.Function, SteeringNames.Of(m.Function), m.OrganisationId,
                m.OrganisationId is { } o ? orgs.GetValueOrDefault(o) : null, m.UserId is not null)).ToList();
    }

    public async Task<Result<SteeringGroupMembership>> AddMemberAsync(SteeringMemberInput input, CancellationToken ct)
    {
        if (MayManage() is { } denied) return denied;
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (input.OrganisationId is { } org && !await db.Organisations.AnyAsync(o => o.Id == org, ct))
            return Error.Invalid("organisationId", "Diese Organisation gibt es nicht.");
        if (input.UserId is { } user && !await db.Users.AnyAsync(u => u.Id == user, ct))
            return Error.Invalid("userId", "Dieses Benutzerkonto gibt es nicht.");
        if (input.Function == SteeringMemberFunction.OrganisationRepresentative && input.OrganisationId is null)
            return Error.Invalid("organisationId", "Bitte wählen Sie die Organisation, die das Mitglied vertritt.");
        var member = new SteeringGroupMembership { Name = input.Name!.Trim(), Function = input.Function!.Value, OrganisationId = input.OrganisationId, UserId = input.UserId };
        db.SteeringGroupMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return member;
    }

    public async Task<Result<List<SteeringMeetingSummaryDto>>> MeetingsAsync(CancellationToken ct)
    {
        if (MayRead() is { } denied) return denied;
        return await db.SteeringMeetings.AsNoTracking().OrderByDescending(m => m.On)
            .Select(m => new SteeringMeetingSummaryDto(m.Id, m.On, m.Location, m.AgendaItems.Count, m.Decisions.Count)).ToListAsync(ct);
    }

    public async Task<Result<SteeringMeetingDto>> MeetingAsync(Guid id, CancellationToken ct)
    {
        if (MayRead() is { } denied) return denied;
        var m = await db.SteeringMeetings.AsNoTracking().Include(x => x.AgendaItems).Include(x => x.Decisions).ThenInclude(d => d.Measures)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Error.NotFound("Die Sitzung");
        var proposalIds = m.AgendaItems.Where(a => a.ProposalId != null).Select(a => a.ProposalId!.Value).ToList();
        var proposals = await (from p in db.Proposals
                               join g in db.WorkingGroups on p.WorkingGroupId equals g.Id
                               where proposalIds.Contains(p.Id)
                               select new { p.Id, p.Title, p.Text, Group = g.Name }).ToDictionaryAsync(p => p.Id, ct);
        return new SteeringMeetingDto(m.Id, m.On, m.Location,
            m.AgendaItems.OrderBy(a => a.Sequence).Select(a =>
            {
                var p = a.ProposalId is { } pid ? proposals.GetValueOrDefault(pid) : null;
                return new AgendaItemDto(a.Id, a.Sequence, a.Title, a.ProposalId, p?.Title, p?.Text, p?.Group);
            }).ToList(),
            m.Minutes,
            m.Decisions.OrderBy(d => d.Number).Select(d => new DecisionSummaryDto(d.Id, d.Number, d.Title, d.Wording, d.Measures.Count,
                d.Measures.Count(x => x.Status == MeasureStatus.Done))).ToList(),
            m.Version);
    }

    public async Task<Result<SteeringMeeting>> CreateMeetingAsync(SteeringMeetingInput input, CancellationToken ct)
    {
        if (MayManage() is { } denied) return denied;
        if (Validation.Validate(input) is { } invalid) return invalid;
        var meeting = new SteeringMeeting { On = input.On!.Value, Location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim() };
        db.SteeringMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<Result<SteeringMeeting>> AddAgendaItemAsync(Guid id, AgendaItemInput input, CancellationToken ct)
    {
        string? proposalTitle = null;
        if (input.ProposalId is { } pid)
        {
            proposalTitle = await db.Proposals.Where(p => p.Id == pid && p.Status == ProposalStatus.Submitted).Select(p => p.Title).FirstOrDefaultAsync(ct);
            if (proposalTitle is null && access.IsCoordinator)
                return Error.Invalid("proposalId", "Auf die Tagesordnung kommen nur Vorlagen, die eine Arbeitsgruppe eingereicht hat.");
        }
        return await ChangeMeetingAsync(id, null, input, m => m.AddAgendaItem(string.IsNullOrWhiteSpace(input.Title) ? proposalTitle ?? "" : input.Title, input.ProposalId), ct);
    }

    public Task<Result<SteeringMeeting>> SetMinutesAsync(Guid id, MinutesInput input, CancellationToken ct) =>
        ChangeMeetingAsync(id, input.Version, input, m =>
        {
            m.Minutes = string.IsNullOrWhiteSpace(input.Minutes) ? null : input.Minutes.Trim();
            return null;
        }, ct);

    public async Task<Result<Decision>> DecideAsync(Guid id, DecisionInput input, CancellationToken ct)
    {
        Decision? decided = null;
        var result = await ChangeMeetingAsync(id, null, input, m =>
        {
            var r = m.Decide(input.Title ?? "", input.Wording ?? "");
            decided = r.Value;
            return r.Error;
        }, ct);
        return result.IsSuccess ? decided! : result.Error!;
    }

    public async Task<Result<DecisionDto>> DecisionAsync(Guid id, CancellationToken ct)
    {
        if (MayRead() is { } denied) return denied;
        var d = await db.Decisions.AsNoTracking().Include(x => x.Measures).ThenInclude(m => m.History).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Error.NotFound("Der Beschluss");
        var meetingOn = await db.SteeringMeetings.Where(m => m.Id == d.MeetingId).Select(m => m.On).FirstAsync(ct);
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new DecisionDto(d.Id, d.MeetingId, meetingOn, d.Number, d.Title, d.Wording, d.DecidedOn,
            d.Measures.OrderBy(m => m.DueOn).ThenBy(m => m.Title).Select(m => ToDto(m, orgs)).ToList());
    }

    public async Task<Result<Measure>> AddMeasureAsync(Guid decisionId, MeasureInput input, CancellationToken ct)
    {
        if (MayManage() is { } denied) return denied;
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (!await db.Decisions.AnyAsync(d => d.Id == decisionId, ct)) return Error.NotFound("Der Beschluss");
        if (!await db.Organisations.AnyAsync(o => o.Id == input.ResponsibleOrganisationId, ct))
            return Error.Invalid("responsibleOrganisationId", "Diese Organisation gibt es nicht.");
        var measure = new Measure { DecisionId = decisionId, Title = input.Title!.Trim(), ResponsibleOrganisationId = input.ResponsibleOrganisationId!.Value, DueOn = input.DueOn!.Value };
        db.Measures.Add(measure);
        await db.SaveChangesAsync(ct);
        return measure;
    }

    public async Task<Result<Measure>> SetMeasureStatusAsync(Guid measureId, MeasureStatusInput input, CancellationToken ct)
    {
        if (MayManage() is { } denied) return denied;
        var measure = await db.Measures.Include(m => m.History).FirstOrDefaultAsync(m => m.Id == measureId, ct);
        if (measure is null) return Error.NotFound("Die Maßnahme");
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (measure.Version != input.Version) return Error.Stale("Die Maßnahme");
        if (measure.MoveTo(input.To!.Value, input.Note, access.UserId, Today) is { } refused) return refused;
        db.Entry(measure).Property(m => m.Version).IsModified = true;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Stale("Die Maßnahme"); }
        return measure;
    }

    /// <summary>Open or in-progress measures past their due date: for the Koordinierende Stelle's start page.</summary>
    public async Task<Result<List<OverdueMeasureDto>>> OverdueAsync(CancellationToken ct)
    {
        if (MayRead() is { } denied) return denied;
        var today = Today;
        var rows = await (from m in db.Measures
                          join d in db.Decisions on m.DecisionId equals d.Id
                          join o in db.Organisations on m.ResponsibleOrganisationId equals o.Id
                          where (m.Status == MeasureStatus.Open || m.Status == MeasureStatus.InProgress) && m.DueOn < today
                          orderby m.DueOn, m.Title
                          select new { m.Id, m.Title, Org = o.Name, m.DueOn, m.Status, DecisionId = d.Id, DecisionTitle = d.Title }).ToListAsync(ct);
        return rows.Select(r => new OverdueMeasureDto(r.Id, r.Title, r.Org, r.DueOn, SteeringNames.Of(r.Status), r.DecisionId, r.DecisionTitle)).ToList();
    }

    /// <summary>Agenda or minutes for printing: the Koordinierende Stelle prepares and prints them.</summary>
    public async Task<Result<PrintableMeeting>> DocumentAsync(Guid id, MeetingDocumentKind kind, CancellationToken ct)
    {
        if (MayManage() is { } denied) return denied;
        var meeting = await MeetingAsync(id, ct);
        if (!meeting.IsSuccess) return meeting.Error!;
        var members = await MembersAsync(ct);
        return new PrintableMeeting(meeting.Value!.On, MeetingDocument.Of(meeting.Value, members.Value!, kind));
    }

    private async Task<Result<SteeringMeeting>> ChangeMeetingAsync(Guid id, int? version, object input, Func<SteeringMeeting, Error?> change, CancellationToken ct)
    {
        if (MayManage() is { } denied) return denied;
        var meeting = await db.SteeringMeetings.Include(m => m.AgendaItems).Include(m => m.Decisions).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return Error.NotFound("Die Sitzung");
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (version is { } v && v != meeting.Version) return Error.Stale("Die Sitzung");
        if (change(meeting) is { } refused) return refused;
        db.Entry(meeting).Property(m => m.Version).IsModified = true;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Stale("Die Sitzung"); }
        return meeting;
    }

    internal MeasureDto ToDto(Measure m, IReadOnlyDictionary<Guid, string> orgs) =>
        new(m.Id, m.Title, m.ResponsibleOrganisationId, orgs.GetValueOrDefault(m.ResponsibleOrganisationId, "–"), m.DueOn, m.Status,
            SteeringNames.Of(m.Status), m.IsOverdue(Today),
            m.History.OrderBy(h => h.Sequence).Select(h => new StatusChangeDto(h.On, h.From, h.To, SteeringNames.Of(h.From), SteeringNames.Of(h.To), h.Note)).ToList(),
            m.Version);
}

public sealed record PrintableMeeting(DateOnly On, MeetingDocument Document);
