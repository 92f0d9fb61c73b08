using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;

namespace Lotse.Web.Features.Referrals;

/// <summary>A new draft referral from a case (Linking phase or later).</summary>
public sealed class ReferralInput
{
    /// <summary>The case the referral comes from (API body; the page takes it from the route).</summary>
    public Guid? CaseId { get; set; }
    [Required(ErrorMessage = "Bitte wählen Sie die empfangende Organisation.")]
    public Guid? ToOrganisationId { get; set; }
    public Guid? ToUserId { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie die Leistung oder das Angebot an.")]
    [StringLength(300, ErrorMessage = "Die Leistung darf höchstens 300 Zeichen lang sein.")]
    public string? Service { get; set; }
    /// <summary>The plan step the referral serves (its goal is taken from it).</summary>
    public Guid? PlanStepId { get; set; }
    public Guid? GoalId { get; set; }
    /// <summary>The step of a service chain (Dienstleistungskette) this referral implements, if any.</summary>
    public Guid? ServiceChainStepId { get; set; }
    public List<DataCategory> SharedCategories { get; set; } = [];
    [EnumDataType(typeof(ReferralUrgency), ErrorMessage = "Unbekannte Dringlichkeit.")]
    public ReferralUrgency Urgency { get; set; } = ReferralUrgency.Normal;
    public DateOnly? DueOn { get; set; }
    [StringLength(4000, ErrorMessage = "Die Nachricht darf höchstens 4000 Zeichen lang sein.")]
    public string? Message { get; set; }
    [StringLength(100, ErrorMessage = "Das Aktenzeichen der Partnerorganisation darf höchstens 100 Zeichen lang sein.")]
    public string? PartnerCaseReference { get; set; }
}

/// <summary>Every change of a referral names the version it was shown at (stale → 409).</summary>
public class ReferralChange
{
    [Required(ErrorMessage = "Bitte geben Sie die Version der Verweisung an.")]
    public int? Version { get; set; }
}

public sealed class ReasonInput : ReferralChange
{
    [StringLength(2000, ErrorMessage = "Die Begründung darf höchstens 2000 Zeichen lang sein.")]
    public string? Reason { get; set; }
}

public sealed class FirstAppointmentInput : ReferralChange
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum des Ersttermins an.")]
    public DateOnly? On { get; set; }
    [StringLength(100, ErrorMessage = "Das Aktenzeichen darf höchstens 100 Zeichen lang sein.")]
    public string? PartnerCaseReference { get; set; }
}

public sealed class AcceptInput : ReferralChange
{
    [StringLength(100, ErrorMessage = "Das Aktenzeichen darf höchstens 100 Zeichen lang sein.")]
    public string? PartnerCaseReference { get; set; }
}

public sealed class FeedbackInput : ReferralChange
{
    public string? Text { get; set; }
}

public sealed class CompleteInput : ReferralChange
{
    [StringLength(4000, ErrorMessage = "Das Ergebnis darf höchstens 4000 Zeichen lang sein.")]
    public string? Result { get; set; }
}

/// <summary>List filter; <see cref="After"/> is the keyset cursor of the previous page ("next").</summary>
public sealed class ReferralListQuery
{
    public ReferralStatus? Status { get; set; }
    public string? After { get; set; }
    public int PageSize { get; set; } = 25;
}

public sealed record CategoryDto(DataCategory Category, string Name);

public sealed record FeedbackDto(DateTimeOffset At, string AuthorName, string OrganisationName, string Text);

/// <summary>Lead times of one referral in calendar days (German calendar); null while the later event is missing.</summary>
public sealed record ReferralLeadTimes(int? SentToAccepted, int? AcceptedToFirstAppointment, int? SentToCompleted);

/// <summary>What the receiver may see of the client: only shared categories that a valid consent still covers.</summary>
public sealed record SharedClientData(
    IReadOnlyList<CategoryDto> VisibleCategories,
    string? Name, string? FileNumber, string? BirthDate, string? Address, IReadOnlyList<string>? Languages, bool? InterpreterNeeded,
    IReadOnlyList<string>? ResidenceStatuses, IReadOnlyList<string>? Benefits);

public sealed record ReferralDto(
    Guid Id, Guid CaseId, Guid ClientId,
    Guid FromOrganisationId, string FromOrganisationName, string CreatedByName,
    Guid ToOrganisationId, string ToOrganisationName, Guid? ToUserId, string? ToUserName,
    string Service, string? Message, Guid? GoalId, string? GoalDescription, Guid? PlanStepId, string? PlanStepDescription,
    IReadOnlyList<CategoryDto> SharedCategories, ReferralUrgency Urgency, string UrgencyName, DateOnly? DueOn,
    string? PartnerCaseReference, ReferralStatus Status, string StatusName,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? AcceptedAt, DateTimeOffset? RejectedAt, string? RejectionReason,
    DateOnly? FirstAppointmentOn, DateTimeOffset? InProgressAt, DateTimeOffset? CompletedAt, string? Result,
    DateTimeOffset? CancelledAt, string? CancellationReason, bool ResultUnseen,
    IReadOnlyList<FeedbackDto> Feedback, ReferralLeadTimes LeadTimes,
    /// <summary>Null for the sending side (they have the case file); for the receiver the shared view.</summary>
    SharedClientData? Client,
    /// <summary>Set when the receiver no longer sees client data because the consent was revoked or has expired.</summary>
    string? ConsentNote,
    bool MayActAsSender, bool MayActAsReceiver, int Version);

public sealed record ReferralListItem(
    Guid Id, Guid CaseId, string? ClientName, string FromOrganisationName, string ToOrganisationName, string Service,
    ReferralUrgency Urgency, string UrgencyName, DateOnly? DueOn, ReferralStatus Status, string StatusName,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, bool ResultUnseen, ReferralLeadTimes LeadTimes);

public sealed record ReferralPage(IReadOnlyList<ReferralListItem> Items, string? Next);

public static class ReferralNames
{
    public static string Of(ReferralStatus s) => s switch
    {
        ReferralStatus.Draft => "Entwurf",
        ReferralStatus.Sent => "Versendet",
        ReferralStatus.Accepted => "Angenommen",
        ReferralStatus.Rejected => "Abgelehnt",
        ReferralStatus.InProgress => "In Bearbeitung",
        ReferralStatus.Completed => "Abgeschlossen",
        _ => "Storniert"
    };

    public static string Of(ReferralUrgency u) => u switch
    {
        ReferralUrgency.Urgent => "Dringend",
        ReferralUrgency.Immediate => "Sofort",
        _ => "Normal"
    };
}
