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
    /// <summary>
    /// A list read (start page, search, duplicate check, ...): every record shown, as "Type:id" separated by spaces;
    /// <see cref="EntityId"/> is then <see cref="ListEntityId"/>. Part of the hash. <see cref="AuditSubject"/> rows
    /// index the same pairs for the DPO's search by record (see docs/adr/0003-audit-chain.md).
    /// </summary>
    public string? SubjectIds { get; set; }

    public const string ListEntityId = "Liste";

    /// <summary>The records this entry is about: its own, or those of a list read.</summary>
    public IEnumerable<(string EntityType, string EntityId)> Subjects() =>
        SubjectIds is null
            ? [(EntityType, EntityId)]
            : SubjectIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split(':', 2)).Select(p => (p[0], p[1]));

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

/// <summary>
/// One record shown by a list read: the search index of <see cref="AuditEntry.SubjectIds"/> (which the hash chain
/// protects). Written in the same statement/transaction as its entry, never changed.
/// </summary>
public class AuditSubject
{
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public long AuditEntryId { get; set; }
}
