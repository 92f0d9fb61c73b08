namespace Lotse.Web.Domain.DataProtection;

/// <summary>
/// Sperrvermerk: while a hold is active (not lifted), nothing of the client is anonymised or deleted,
/// neither by the retention job nor by a granted deletion request.
/// </summary>
public class LegalHold
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset SetAt { get; set; }
    public string? SetByName { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }
    public string? LiftedByName { get; set; }
    public bool IsActive => LiftedAt is null;
}
