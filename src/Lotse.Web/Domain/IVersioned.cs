namespace Lotse.Web.Domain;

/// <summary>
/// An editable entity with an application-maintained concurrency token. The DbContext increments
/// <see cref="Version"/> on every update, so SQLite and PostgreSQL detect a stale edit the same way.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>Marks an entity that holds personal data: every change to it is audited automatically.</summary>
public interface IPersonalData
{
    /// <summary>The id written to the audit trail.</summary>
    string AuditId { get; }
}
