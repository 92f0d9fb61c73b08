using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.DataProtection;

public enum ErasureStatus { Received, Granted, PartlyGranted, Refused }

/// <summary>Legal reasons why personal data is kept despite a deletion request (Art. 17 Abs. 3 DSGVO, § 84 SGB X).</summary>
public enum ErasureRefusalReason
{
    /// <summary>Gesetzliche Aufbewahrungspflicht (Art. 17 Abs. 3 lit. b DSGVO).</summary>
    RetentionObligation,
    /// <summary>Laufende Betreuung / Aufgabenerfüllung (§ 84 Abs. 2 SGB X).</summary>
    TaskStillRequired,
    /// <summary>Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 17 Abs. 3 lit. e DSGVO).</summary>
    LegalClaims,
    /// <summary>Sperrvermerk (legal hold) besteht.</summary>
    LegalHold,
    Other
}

/// <summary>
/// Löschantrag: a client's request for erasure, recorded with when it was received, what it covers, and the
/// data-protection officer's legal assessment and decision. A granted request is carried out by the anonymisation.
/// </summary>
public class ErasureRequest : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>What the client asks to be erased, in their words or summarised.</summary>
    public string Scope { get; set; } = "";
    public ErasureStatus Status { get; private set; } = ErasureStatus.Received;
    public string? Assessment { get; private set; }
    public ErasureRefusalReason? RefusalReason { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public Guid? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    /// <summary>When the anonymisation of a (partly) granted request was carried out.</summary>
    public DateTimeOffset? CarriedOutAt { get; private set; }
    public Guid RecordedById { get; set; }
    public string AuditId => Id.ToString();

    public bool IsOpen => Status == ErasureStatus.Received;

    public Error? Decide(ErasureStatus decision, string? assessment, ErasureRefusalReason? reason, DateOnly today, Guid userId, string? userName)
    {
        if (!IsOpen) return new Error(ErrorKind.Conflict, "Über diesen Löschantrag wurde bereits entschieden.");
        if (decision == ErasureStatus.Received) return Error.Invalid("decision", "Bitte wählen Sie eine Entscheidung: stattgegeben, teilweise stattgegeben oder abgelehnt.");
        if (string.IsNullOrWhiteSpace(assessment)) return Error.Invalid("assessment", "Bitte begründen Sie die Entscheidung (rechtliche Prüfung).");
        if (decision != ErasureStatus.Granted && reason is null)
            return Error.Invalid("refusalReason", "Bitte nennen Sie den Rechtsgrund, aus dem Daten nicht gelöscht werden (z. B. Aufbewahrungspflicht).");
        Status = decision;
        Assessment = assessment.Trim();
        RefusalReason = decision == ErasureStatus.Granted ? null : reason;
        DecidedOn = today;
        DecidedById = userId;
        DecidedByName = userName;
        return null;
    }

    public void MarkCarriedOut(DateTimeOffset at) => CarriedOutAt = at;
}
