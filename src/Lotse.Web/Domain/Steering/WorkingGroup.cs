using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Steering;

/// <summary>An Arbeitsgruppe: members from several organisations, topics, meetings and proposals (Vorlagen).</summary>
public class WorkingGroup : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public string? Purpose { get; set; }
    public List<WorkingGroupMember> Members { get; set; } = [];
    public List<WorkingGroupMeeting> Meetings { get; set; } = [];
    public List<Proposal> Proposals { get; set; } = [];
    public int Version { get; set; }

    public bool HasMember(Guid userId) => Members.Any(m => m.UserId == userId);

    public Error? AddMember(Guid userId)
    {
        if (HasMember(userId)) return new Error(ErrorKind.Conflict, "Diese Person ist bereits Mitglied der Arbeitsgruppe.");
        Members.Add(new WorkingGroupMember { UserId = userId });
        return null;
    }

    public Error? RemoveMember(Guid userId)
    {
        if (Members.FirstOrDefault(m => m.UserId == userId) is not { } member) return Error.NotFound("Das Mitglied");
        Members.Remove(member);
        return null;
    }
}

public class WorkingGroupMember
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
}

public class WorkingGroupMeeting
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateOnly On { get; set; }
    /// <summary>Who took part (names and organisations as the group notes them; members of staff, not clients).</summary>
    public string Participants { get; set; } = "";
    public string? Notes { get; set; }
    public string? Results { get; set; }
}

public enum ProposalStatus { Draft, Submitted }

/// <summary>A Vorlage: what a working group proposes to the Lenkungsgruppe.</summary>
public class Proposal
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WorkingGroupId { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public Guid? TopicId { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Draft;
    public DateOnly? SubmittedOn { get; set; }

    public Error? Submit(DateOnly today)
    {
        if (Status == ProposalStatus.Submitted) return new Error(ErrorKind.Conflict, "Die Vorlage ist bereits bei der Lenkungsgruppe eingereicht.");
        Status = ProposalStatus.Submitted;
        SubmittedOn = today;
        return null;
    }
}
