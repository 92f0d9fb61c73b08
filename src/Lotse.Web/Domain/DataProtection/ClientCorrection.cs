namespace Lotse.Web.Domain.DataProtection;

/// <summary>
/// Berichtigung (Art. 16 DSGVO, § 84 SGB X): one corrected field of the client file with its old and new value.
/// The audit trail names changed fields only; this history keeps the values, so the case manager and the
/// client (Auskunft) can see what was corrected. Removed with the client's personal data when it is anonymised.
/// </summary>
public class ClientCorrection : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    /// <summary>Stable key of the field, e.g. "familyName", "street", "nameVariants".</summary>
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public DateTimeOffset CorrectedAt { get; set; }
    public Guid? CorrectedById { get; set; }
    public string? CorrectedByName { get; set; }
    public string AuditId => Id.ToString();
}
