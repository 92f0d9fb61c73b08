using Lotse.Web.Domain;

namespace Lotse.Web.Domain.Cases;

/// <summary>Zugang / Erstberatung.</summary>
public class Intake
{
    public DateOnly FirstContactOn { get; set; }
    public AccessRoute Route { get; set; }
    public Guid? ReferredByOrganisationId { get; set; }
    public string FirstConcerns { get; set; } = "";
    public IntakeDecision Decision { get; set; }
    public string? DecisionReason { get; set; }
}

/// <summary>One (re-)assessment: a rating per life domain on the documented scale.</summary>
public class Assessment : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string AuditId => Id.ToString();
    public DateOnly AssessedOn { get; set; }
    public List<LifeDomainRating> Ratings { get; set; } = [];
}

/// <summary>
/// Rating scale (documented in docs/glossary.md): 1 = kein Unterstützungsbedarf, 2 = geringer, 3 = mittlerer,
/// 4 = hoher, 5 = akuter Unterstützungsbedarf.
/// </summary>
public class LifeDomainRating
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public LifeDomain Domain { get; set; }
    public string? Situation { get; set; }
    public string? Resources { get; set; }
    public string? Need { get; set; }
    public int Rating { get; set; }
    public string? ClientView { get; set; }
}

public class Goal : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Order in the goal agreement (Ziel 1, 2, ...).</summary>
    public int Sequence { get; set; }
    public string AuditId => Id.ToString();
    public LifeDomain Domain { get; set; }
    public string Description { get; set; } = "";
    public GoalAttainment? Attainment { get; set; }
    public string? EvaluationNote { get; set; }
    public List<PlanStep> Steps { get; set; } = [];
}

public class PlanStep : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Order of entry within the goal.</summary>
    public int Sequence { get; set; }
    public string AuditId => Id.ToString();
    public string Description { get; set; } = "";
    public StepResponsible Responsible { get; set; }
    public Guid? ResponsibleOrganisationId { get; set; }
    public DateOnly? DueOn { get; set; }
    public StepStatus Status { get; set; } = StepStatus.Open;
    public DateOnly? DoneOn { get; set; }

    public bool IsOverdue(DateOnly today) => Status == StepStatus.Open && DueOn < today;
}

/// <summary>An entry of the case's history: phase changes, reopening, hand-over.</summary>
public class CaseEvent
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Order within the case (several events can share a day).</summary>
    public int Sequence { get; set; }
    public DateOnly On { get; set; }
    public CasePhase Phase { get; set; }
    public string Description { get; set; } = "";
}

/// <summary>A documented contact (Monitoring): meeting, phone call, visit, messenger, ...</summary>
public class CaseNote : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Order of entry (several contacts can share a day).</summary>
    public int Sequence { get; set; }
    public string AuditId => Id.ToString();
    public DateOnly On { get; set; }
    public ContactType ContactType { get; set; }
    public bool InterpreterUsed { get; set; }
    public int? DurationMinutes { get; set; }
    public string Text { get; set; } = "";
    public Guid AuthorId { get; set; }
}

public class Appointment : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string AuditId => Id.ToString();
    public DateTimeOffset At { get; set; }
    public string Title { get; set; } = "";
    public string? Location { get; set; }
}
