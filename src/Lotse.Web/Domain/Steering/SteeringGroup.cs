using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Steering;

public enum SteeringMemberFunction { OrganisationRepresentative, IntegrationCouncilChair, MigrantRepresentative, Other }

/// <summary>A member of the Lenkungsgruppe: a person, optionally representing an organisation and linked to a user account.</summary>
public class SteeringGroupMembership : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public SteeringMemberFunction Function { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? UserId { get; set; }
    public int Version { get; set; }
}

/// <summary>A meeting of the Lenkungsgruppe: agenda (items may be Vorlagen), minutes, decisions.</summary>
public class SteeringMeeting : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateOnly On { get; set; }
    public string? Location { get; set; }
    public List<AgendaItem> AgendaItems { get; set; } = [];
    public string? Minutes { get; set; }
    public List<Decision> Decisions { get; set; } = [];
    public int Version { get; set; }

    public Error? AddAgendaItem(string title, Guid? proposalId)
    {
        if (string.IsNullOrWhiteSpace(title)) return Error.Invalid("title", "Bitte geben Sie den Tagesordnungspunkt an.");
        if (proposalId is { } p && AgendaItems.Any(a => a.ProposalId == p))
            return new Error(ErrorKind.Conflict, "Diese Vorlage steht bereits auf der Tagesordnung.");
        AgendaItems.Add(new AgendaItem { Sequence = AgendaItems.Count == 0 ? 1 : AgendaItems.Max(a => a.Sequence) + 1, Title = title.Trim(), ProposalId = proposalId });
        return null;
    }

    public Result<Decision> Decide(string title, string wording)
    {
        var fields = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title)) fields["title"] = ["Bitte geben Sie dem Beschluss einen Titel."];
        if (string.IsNullOrWhiteSpace(wording)) fields["wording"] = ["Bitte geben Sie den Wortlaut des Beschlusses an."];
        if (fields.Count > 0) return Error.Invalid(fields);
        var decision = new Decision
        {
            Number = Decisions.Count == 0 ? 1 : Decisions.Max(d => d.Number) + 1,
            Title = title.Trim(), Wording = wording.Trim(), DecidedOn = On
        };
        Decisions.Add(decision);
        return decision;
    }
}

public class AgendaItem
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int Sequence { get; set; }
    public string Title { get; set; } = "";
    public Guid? ProposalId { get; set; }
}

/// <summary>An empfehlender Beschluss of the Lenkungsgruppe; its measures show what became of it.</summary>
public class Decision : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }
    /// <summary>Number within the meeting (Beschluss 1, 2, ...).</summary>
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Wording { get; set; } = "";
    public DateOnly DecidedOn { get; set; }
    public List<Measure> Measures { get; set; } = [];
    public int Version { get; set; }
}

public enum MeasureStatus { Open, InProgress, Done, Dropped }

/// <summary>A Maßnahme following a decision: responsible organisation, due date, status with guarded transitions and history.</summary>
public class Measure : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DecisionId { get; set; }
    public string Title { get; set; } = "";
    public Guid ResponsibleOrganisationId { get; set; }
    public DateOnly DueOn { get; set; }
    public MeasureStatus Status { get; private set; } = MeasureStatus.Open;
    public List<MeasureStatusChange> History { get; private set; } = [];
    public int Version { get; set; }

    public bool IsFinished => Status is MeasureStatus.Done or MeasureStatus.Dropped;
    public bool IsOverdue(DateOnly today) => !IsFinished && DueOn < today;

    /// <summary>Open → in progress → done; open or in progress → dropped (with a reason). Done and dropped are final.</summary>
    public static bool MayMove(MeasureStatus from, MeasureStatus to) => (from, to) switch
    {
        (MeasureStatus.Open, MeasureStatus.InProgress) => true,
        (MeasureStatus.Open, MeasureStatus.Done) => true,
        (MeasureStatus.Open, MeasureStatus.Dropped) => true,
        (MeasureStatus.InProgress, MeasureStatus.Done) => true,
        (MeasureStatus.InProgress, MeasureStatus.Dropped) => true,
        (MeasureStatus.InProgress, MeasureStatus.Open) => true,
        _ => false
    };

    public Error? MoveTo(MeasureStatus to, string? note, Guid byUserId, DateOnly today)
    {
        if (to == Status) return new Error(ErrorKind.Conflict, $"Die Maßnahme ist bereits „{MeasureNames.Of(to)}“.");
        if (!MayMove(Status, to))
            return new Error(ErrorKind.Conflict, $"Eine Maßnahme im Status „{MeasureNames.Of(Status)}“ kann nicht auf „{MeasureNames.Of(to)}“ gesetzt werden.");
        if (to == MeasureStatus.Dropped && string.IsNullOrWhiteSpace(note))
            return Error.Invalid("note", "Bitte begründen Sie, warum die Maßnahme nicht weiterverfolgt wird.");
        History.Add(new MeasureStatusChange
        {
            Sequence = History.Count + 1, On = today, From = Status, To = to, ByUserId = byUserId,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()
        });
        Status = to;
        return null;
    }
}

public class MeasureStatusChange
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int Sequence { get; set; }
    public DateOnly On { get; set; }
    public MeasureStatus From { get; set; }
    public MeasureStatus To { get; set; }
    public Guid ByUserId { get; set; }
    public string? Note { get; set; }
}

public static class MeasureNames
{
    public static string Of(MeasureStatus s) => s switch
    {
        MeasureStatus.Open => "offen",
        MeasureStatus.InProgress => "in Arbeit",
        MeasureStatus.Done => "erledigt",
        _ => "nicht weiterverfolgt"
    };
}
