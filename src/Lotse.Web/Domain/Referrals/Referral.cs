using Lotse.Web.Domain.Consents;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Referrals;

/// <summary>Verweisberatung: draft → sent → accepted / rejected → in progress → completed / cancelled.</summary>
public enum ReferralStatus { Draft, Sent, Accepted, Rejected, InProgress, Completed, Cancelled }

public enum ReferralUrgency { Normal, Urgent, Immediate }

/// <summary>
/// A referral (Linking) from the case-managing organisation to a partner organisation. It carries only the data
/// categories a valid consent releases to the receiver; every state change is timestamped so that lead times
/// (sent → accepted → first appointment → completed) can be measured per organisation and service.
/// </summary>
public class Referral : IVersioned, IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public Guid CaseId { get; set; }
    public Guid FromOrganisationId { get; set; }
    public Guid CreatedByUserId { get; set; }
    public Guid ToOrganisationId { get; set; }
    /// <summary>Optional named person at the receiving organisation.</summary>
    public Guid? ToUserId { get; set; }
    /// <summary>The service or programme asked for, e.g. "Integrationskurs-Berechtigung".</summary>
    public string Service { get; set; } = "";
    /// <summary>What the receiver should know (Anliegen); shown only under <see cref="DataCategory.ReferralContent"/>.</summary>
    public string? Message { get; set; }
    public Guid? GoalId { get; set; }
    public Guid? PlanStepId { get; set; }
    /// <summary>Step of a service chain (Dienstleistungskette) this referral implements, if any.</summary>
    public Guid? ServiceChainStepId { get; set; }
    public List<DataCategory> SharedCategories { get; set; } = [];
    public ReferralUrgency Urgency { get; set; }
    public DateOnly? DueOn { get; set; }
    /// <summary>The partner's own case reference (SGB II, SGB III, SGB VIII case management), to bring results together.</summary>
    public string? PartnerCaseReference { get; set; }

    public ReferralStatus Status { get; private set; } = ReferralStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RejectedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateOnly? FirstAppointmentOn { get; private set; }
    public DateTimeOffset? InProgressAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? Result { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>Set when the result reached the case (plan step updated, case manager notified), cleared when read.</summary>
    public bool ResultUnseen { get; private set; }
    public List<ReferralFeedback> Feedback { get; private set; } = [];
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    /// <summary>Active referrals make the receiving organisation a participant of the case.</summary>
    public bool IsActive => Status is ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.InProgress;

    /// <summary>
    /// Sends the draft. <paramref name="uncovered"/> are the shared categories no valid consent releases to the
    /// receiver at this moment; sending is refused while there are any.
    /// </summary>
    public Error? Send(IReadOnlyCollection<DataCategory> uncovered, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Draft) return Refuse("Nur ein Entwurf kann versendet werden.");
        if (string.IsNullOrWhiteSpace(Service)) return Error.Invalid("service", "Bitte geben Sie die Leistung oder das Angebot an.");
        if (uncovered.Count > 0)
            return Error.Invalid("sharedCategories",
                "Für diese Datenkategorien liegt keine gültige Einwilligung zugunsten der empfangenden Stelle vor: "
                + string.Join(", ", uncovered.Select(DataCategoryNames.Of)) + ". Bitte holen Sie zuerst die Einwilligung ein oder geben Sie diese Kategorien nicht weiter.");
        Status = ReferralStatus.Sent;
        SentAt = now;
        return null;
    }

    public Error? Accept(DateTimeOffset now)
    {
        if (Status != ReferralStatus.Sent) return Refuse("Nur eine versendete Verweisung kann angenommen werden.");
        Status = ReferralStatus.Accepted;
        AcceptedAt = now;
        return null;
    }

    public Error? Reject(string? reason, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Sent) return Refuse("Nur eine versendete Verweisung kann abgelehnt werden.");
        if (string.IsNullOrWhiteSpace(reason)) return Error.Invalid("reason", "Bitte begründen Sie die Ablehnung.");
        Status = ReferralStatus.Rejected;
        RejectedAt = now;
        RejectionReason = reason.Trim();
        ResultUnseen = true;
        return null;
    }

    /// <summary>The first appointment with the client; an accepted referral is then in progress.</summary>
    public Error? RecordFirstAppointment(DateOnly on, DateTimeOffset now)
    {
        if (Status is not (ReferralStatus.Accepted or ReferralStatus.InProgress))
            return Refuse("Ein Termin kann erst nach der Annahme erfasst werden.");
        if (SentAt is { } sent && on < LocalCalendar.Day(sent))
            return Error.Invalid("firstAppointmentOn", "Der Ersttermin kann nicht vor dem Versand der Verweisung liegen.");
        FirstAppointmentOn = on;
        if (Status == ReferralStatus.Accepted) { Status = ReferralStatus.InProgress; InProgressAt = now; }
        return null;
    }

    public Error? StartWork(DateTimeOffset now)
    {
        if (Status != ReferralStatus.Accepted) return Refuse("Nur eine angenommene Verweisung kann in Bearbeitung gehen.");
        Status = ReferralStatus.InProgress;
        InProgressAt = now;
        return null;
    }

    public Error? Complete(string? result, DateTimeOffset now)
    {
        if (Status is not (ReferralStatus.Accepted or ReferralStatus.InProgress))
            return Refuse("Nur eine angenommene oder laufende Verweisung kann abgeschlossen werden.");
        if (string.IsNullOrWhiteSpace(result)) return Error.Invalid("result", "Bitte geben Sie das Ergebnis an.");
        Status = ReferralStatus.Completed;
        CompletedAt = now;
        Result = result.Trim();
        ResultUnseen = true;
        return null;
    }

    public Error? Cancel(string? reason, DateTimeOffset now)
    {
        if (Status is ReferralStatus.Completed or ReferralStatus.Rejected or ReferralStatus.Cancelled)
            return Refuse("Diese Verweisung ist bereits beendet.");
        if (string.IsNullOrWhiteSpace(reason)) return Error.Invalid("reason", "Bitte begründen Sie die Stornierung.");
        Status = ReferralStatus.Cancelled;
        CancelledAt = now;
        CancellationReason = reason.Trim();
        return null;
    }

    public Error? AddFeedback(ReferralFeedback feedback)
    {
        if (Status is ReferralStatus.Draft or ReferralStatus.Cancelled)
            return Refuse("Zu einem Entwurf oder einer stornierten Verweisung gibt es keine Rückmeldungen.");
        if (string.IsNullOrWhiteSpace(feedback.Text)) return Error.Invalid("text", "Bitte geben Sie eine Rückmeldung ein.");
        if (feedback.Text.Length > 4000) return Error.Invalid("text", "Eine Rückmeldung darf höchstens 4000 Zeichen lang sein.");
        feedback.Sequence = Feedback.Count == 0 ? 1 : Feedback.Max(f => f.Sequence) + 1;
        Feedback.Add(feedback);
        ResultUnseen = true;
        return null;
    }

    public void MarkResultSeen() => ResultUnseen = false;

    private static Error Refuse(string message) => new(ErrorKind.Conflict, message);
}

/// <summary>A message from the receiving organisation (or the case manager) on a referral.</summary>
public class ReferralFeedback : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid AuthorUserId { get; set; }
    public Guid AuthorOrganisationId { get; set; }
    public string Text { get; set; } = "";
    public string AuditId => Id.ToString();
}
