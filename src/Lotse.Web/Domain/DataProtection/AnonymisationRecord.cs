namespace Lotse.Web.Domain.DataProtection;

public enum RetentionRecordType { Client, ClientWithoutCase, ClosedCase }

/// <summary>
/// What was anonymised, when and under which rule. Makes the retention job idempotent (what has a record is
/// not due again) and documents the deletion for the data-protection officer. Holds no personal data.
/// </summary>
public class AnonymisationRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public RetentionRecordType RecordType { get; set; }
    /// <summary>The client or case id.</summary>
    public Guid SubjectId { get; set; }
    public Guid ClientId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Why: the retention rule or the deletion request.</summary>
    public string Reason { get; set; } = "";
    public Guid? ErasureRequestId { get; set; }
}
