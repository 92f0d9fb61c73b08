namespace Lotse.Web.Infrastructure.Auditing;

public enum AuditOperation { Read, Create, Update, Delete, Export, SignIn, SignInFailed, SignOut, SessionsEnded, Denied }

public enum AuditChannel { Ui, Api, Export, Job, System }

/// <summary>
/// One access to personal data. Inserted in the same transaction as the access; sealed into the
/// hash chain afterwards by <see cref="AuditSealer"/> (see docs/adr/0003-audit-chain.md).
/// Never updated except for the three seal fields, never deleted.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public AuditOperation Operation { get; set; }
    /// <summary>Names of the changed fields (never their values: the trail must not copy personal data).</summary>
    public string? Fields { get; set; }
    public AuditChannel Channel { get; set; }
    public string? Purpose { get; set; }

    public long? Sequence { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
    public DateTimeOffset? SealedAt { get; set; }
}

/// <summary>The last sealed link of the chain; lets verification notice a removed tail.</summary>
public class AuditChainHead
{
    public int Id { get; set; } = 1;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditHash.Genesis;
}
