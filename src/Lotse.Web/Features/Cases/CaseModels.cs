using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Cases;

namespace Lotse.Web.Features.Cases;

public sealed record CaseDto(
    Guid Id, Guid ClientId, string FileNumber, string ClientName, Guid CaseManagerId, string CaseManagerName,
    Guid OrganisationId, CasePhase Phase, string PhaseName, DateOnly OpenedOn, DateOnly? ClosedOn,
    ClosureReason? ClosureReason, string? SystemRemark, IntakeDto? Intake, DateOnly? PlanAgreedOn,
    IReadOnlyList<AssessmentDto> Assessments, IReadOnlyList<GoalDto> Goals, IReadOnlyList<NoteDto> Notes,
    IReadOnlyList<EventDto> History, int Version)
{
    public IReadOnlyList<AppointmentDto> Appointments { get; init; } = [];
}

public sealed record AppointmentDto(Guid Id, DateTimeOffset At, string Title, string? Location);

public sealed record CaseSummary(Guid Id, CasePhase Phase, string PhaseName, DateOnly OpenedOn, DateOnly? ClosedOn,
    string? ClosureReasonName, string CaseManagerName);

public sealed record IntakeDto(DateOnly FirstContactOn, AccessRoute Route, Guid? ReferredByOrganisationId, string FirstConcerns,
    IntakeDecision Decision, string? DecisionReason);
public sealed record AssessmentDto(Guid Id, DateOnly AssessedOn, IReadOnlyList<RatingDto> Ratings);
public sealed record RatingDto(LifeDomain Domain, string DomainName, string? Situation, string? Resources, string? Need, int Rating, string? ClientView);
public sealed record GoalDto(Guid Id, LifeDomain Domain, string DomainName, string Description, GoalAttainment? Attainment, string? EvaluationNote, IReadOnlyList<StepDto> Steps);
public sealed record StepDto(Guid Id, string Description, StepResponsible Responsible, Guid? ResponsibleOrganisationId, DateOnly? DueOn, StepStatus Status, DateOnly? DoneOn, bool Overdue);
public sealed record NoteDto(Guid Id, DateOnly On, ContactType ContactType, bool InterpreterUsed, int? DurationMinutes, string Text);
public sealed record EventDto(DateOnly On, CasePhase Phase, string Description);

/// <summary>Every change of a case carries the version the editor saw.</summary>
public abstract class CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie die Version des Falls an.")]
    public int? Version { get; set; }
}

public sealed class IntakeInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum des Erstkontakts an.")]
    public DateOnly? FirstContactOn { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie an, wie die Person zu Ihnen gekommen ist.")]
    [EnumDataType(typeof(AccessRoute), ErrorMessage = "Unbekannter Zugangsweg.")]
    public AccessRoute? Route { get; set; }
    public Guid? ReferredByOrganisationId { get; set; }
    [Required(ErrorMessage = "Bitte beschreiben Sie die ersten Anliegen.")]
    [StringLength(4000, ErrorMessage = "Die Anliegen dürfen höchstens 4000 Zeichen lang sein.")]
    public string? FirstConcerns { get; set; }
    [Required(ErrorMessage = "Bitte entscheiden Sie, ob Case Management angezeigt ist.")]
    [EnumDataType(typeof(IntakeDecision), ErrorMessage = "Unbekannte Entscheidung.")]
    public IntakeDecision? Decision { get; set; }
    [StringLength(2000, ErrorMessage = "Die Begründung darf höchstens 2000 Zeichen lang sein.")]
    public string? DecisionReason { get; set; }
}

public sealed class AssessmentInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum des Assessments an.")]
    public DateOnly? AssessedOn { get; set; }
    [Required(ErrorMessage = "Bitte schätzen Sie mindestens eine Lebenslage ein.")]
    [MinLength(1, ErrorMessage = "Bitte schätzen Sie mindestens eine Lebenslage ein.")]
    public List<RatingInput>? Ratings { get; set; }
}

public sealed class RatingInput
{
    [Required(ErrorMessage = "Bitte wählen Sie die Lebenslage.")]
    [EnumDataType(typeof(LifeDomain), ErrorMessage = "Unbekannte Lebenslage.")]
    public LifeDomain? Domain { get; set; }
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")] public string? Situation { get; set; }
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")] public string? Resources { get; set; }
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")] public string? Need { get; set; }
    [Range(LifeDomainRating.MinRating, LifeDomainRating.MaxRating, ErrorMessage = "Die Einschätzung liegt zwischen 1 (kein Bedarf) und 5 (akuter Bedarf).")]
    public int Rating { get; set; }
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")] public string? ClientView { get; set; }
}

public sealed class TransitionInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie die Zielphase an.")]
    [EnumDataType(typeof(CasePhase), ErrorMessage = "Unbekannte Phase.")]
    public CasePhase? To { get; set; }
}

public sealed class GoalInput : CaseChange
{
    [Required(ErrorMessage = "Bitte wählen Sie die Lebenslage des Ziels.")]
    [EnumDataType(typeof(LifeDomain), ErrorMessage = "Unbekannte Lebenslage.")]
    public LifeDomain? Domain { get; set; }
    [Required(ErrorMessage = "Bitte beschreiben Sie das Ziel.")]
    [StringLength(2000, ErrorMessage = "Das Ziel darf höchstens 2000 Zeichen lang sein.")]
    public string? Description { get; set; }
}

public sealed class StepInput : CaseChange
{
    [Required(ErrorMessage = "Bitte beschreiben Sie den Schritt.")]
    [StringLength(2000, ErrorMessage = "Der Schritt darf höchstens 2000 Zeichen lang sein.")]
    public string? Description { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie an, wer zuständig ist.")]
    [EnumDataType(typeof(StepResponsible), ErrorMessage = "Unbekannte Zuständigkeit.")]
    public StepResponsible? Responsible { get; set; }
    public Guid? ResponsibleOrganisationId { get; set; }
    public DateOnly? DueOn { get; set; }
}

public sealed class StepStatusInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie den Status an.")]
    [EnumDataType(typeof(StepStatus), ErrorMessage = "Unbekannter Status.")]
    public StepStatus? Status { get; set; }
}

public sealed class PlanAgreementInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum der Vereinbarung an.")]
    public DateOnly? AgreedOn { get; set; }
}

public sealed class GoalEvaluationInput : CaseChange
{
    [Required(ErrorMessage = "Bitte bewerten Sie die Zielerreichung.")]
    [EnumDataType(typeof(GoalAttainment), ErrorMessage = "Unbekannte Bewertung.")]
    public GoalAttainment? Attainment { get; set; }
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")] public string? Note { get; set; }
}

public sealed class ClosureInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie den Grund für den Abschluss an.")]
    [EnumDataType(typeof(ClosureReason), ErrorMessage = "Unbekannter Abschlussgrund.")]
    public ClosureReason? Reason { get; set; }
    [StringLength(4000, ErrorMessage = "Höchstens 4000 Zeichen.")] public string? SystemRemark { get; set; }
}

public sealed class ReopenInput : CaseChange
{
    [Required(ErrorMessage = "Bitte begründen Sie die Wiederaufnahme.")]
    [StringLength(1000, ErrorMessage = "Höchstens 1000 Zeichen.")]
    public string? Reason { get; set; }
}

public sealed class NoteInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum des Kontakts an.")]
    public DateOnly? On { get; set; }
    [Required(ErrorMessage = "Bitte wählen Sie die Kontaktart.")]
    [EnumDataType(typeof(ContactType), ErrorMessage = "Unbekannte Kontaktart.")]
    public ContactType? ContactType { get; set; }
    public bool InterpreterUsed { get; set; }
    [Range(0, 1440, ErrorMessage = "Die Dauer liegt zwischen 0 und 1440 Minuten.")]
    public int? DurationMinutes { get; set; }
    [Required(ErrorMessage = "Bitte beschreiben Sie den Kontakt.")]
    [StringLength(8000, ErrorMessage = "Die Notiz darf höchstens 8000 Zeichen lang sein.")]
    public string? Text { get; set; }
}

public sealed class AppointmentInput : CaseChange
{
    [Required(ErrorMessage = "Bitte geben Sie Datum und Uhrzeit des Termins an.")]
    public DateTimeOffset? At { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie an, worum es bei dem Termin geht.")]
    [StringLength(300, ErrorMessage = "Höchstens 300 Zeichen.")]
    public string? Title { get; set; }
    [StringLength(300, ErrorMessage = "Höchstens 300 Zeichen.")]
    public string? Location { get; set; }
}

public sealed class HandOverInput : CaseChange
{
    [Required(ErrorMessage = "Bitte wählen Sie die Case Managerin oder den Case Manager.")]
    public Guid? CaseManagerId { get; set; }
}
