using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Steering;

namespace Lotse.Web.Features.Steering.SteeringGroup;

public sealed record SteeringMemberDto(Guid Id, string Name, SteeringMemberFunction Function, string FunctionName, Guid? OrganisationId, string? OrganisationName, bool HasAccount);
public sealed record SteeringMeetingSummaryDto(Guid Id, DateOnly On, string? Location, int AgendaItems, int Decisions);
public sealed record AgendaItemDto(Guid Id, int Sequence, string Title, Guid? ProposalId, string? ProposalTitle, string? ProposalText, string? WorkingGroupName);
public sealed record DecisionSummaryDto(Guid Id, int Number, string Title, string Wording, int Measures, int MeasuresDone);
public sealed record SteeringMeetingDto(Guid Id, DateOnly On, string? Location, IReadOnlyList<AgendaItemDto> Agenda, string? Minutes,
    IReadOnlyList<DecisionSummaryDto> Decisions, int Version);
public sealed record StatusChangeDto(DateOnly On, MeasureStatus From, MeasureStatus To, string FromName, string ToName, string? Note);
public sealed record MeasureDto(Guid Id, string Title, Guid ResponsibleOrganisationId, string ResponsibleOrganisation, DateOnly DueOn,
    MeasureStatus Status, string StatusName, bool Overdue, IReadOnlyList<StatusChangeDto> History, int Version);
public sealed record DecisionDto(Guid Id, Guid MeetingId, DateOnly MeetingOn, int Number, string Title, string Wording, DateOnly DecidedOn,
    IReadOnlyList<MeasureDto> Measures);
public sealed record OverdueMeasureDto(Guid Id, string Title, string ResponsibleOrganisation, DateOnly DueOn, string StatusName,
    Guid DecisionId, string DecisionTitle);

public sealed class SteeringMemberInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen an.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    public string? Name { get; set; }
    [Required(ErrorMessage = "Bitte wählen Sie die Funktion.")]
    public SteeringMemberFunction? Function { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? UserId { get; set; }
}

public sealed class SteeringMeetingInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum der Sitzung an.")]
    public DateOnly? On { get; set; }
    [StringLength(200, ErrorMessage = "Der Ort darf höchstens 200 Zeichen lang sein.")]
    public string? Location { get; set; }
}

public sealed class AgendaItemInput : ISteeringForm
{
    [StringLength(300, ErrorMessage = "Der Tagesordnungspunkt darf höchstens 300 Zeichen lang sein.")]
    public string? Title { get; set; }
    /// <summary>A Vorlage of a working group (submitted); its title is the item's title unless one is given.</summary>
    public Guid? ProposalId { get; set; }
}

public sealed class MinutesInput : ISteeringForm
{
    [StringLength(20000, ErrorMessage = "Das Protokoll darf höchstens 20000 Zeichen lang sein.")]
    public string? Minutes { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie die Version der Sitzung an.")]
    public int? Version { get; set; }
}

public sealed class DecisionInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte geben Sie dem Beschluss einen Titel.")]
    [StringLength(300, ErrorMessage = "Der Titel darf höchstens 300 Zeichen lang sein.")]
    public string? Title { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie den Wortlaut des Beschlusses an.")]
    [StringLength(8000, ErrorMessage = "Der Wortlaut darf höchstens 8000 Zeichen lang sein.")]
    public string? Wording { get; set; }
}

public sealed class MeasureInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte beschreiben Sie die Maßnahme.")]
    [StringLength(300, ErrorMessage = "Höchstens 300 Zeichen.")]
    public string? Title { get; set; }
    [Required(ErrorMessage = "Bitte wählen Sie die verantwortliche Organisation.")]
    public Guid? ResponsibleOrganisationId { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie an, bis wann die Maßnahme umgesetzt sein soll.")]
    public DateOnly? DueOn { get; set; }
}

public sealed class MeasureStatusInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte wählen Sie den neuen Status.")]
    public MeasureStatus? To { get; set; }
    [StringLength(2000, ErrorMessage = "Höchstens 2000 Zeichen.")]
    public string? Note { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie die Version der Maßnahme an.")]
    public int? Version { get; set; }
}
