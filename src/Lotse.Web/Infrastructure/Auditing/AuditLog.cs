using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Lotse.Web.Infrastructure.Auditing;

/// <summary>
/// The one way to read personal data: the query and its audit entries commit in one transaction,
/// so a read that cannot be audited fails and returns nothing (fail closed).
/// Changes are audited by <see cref="AuditingInterceptor"/> instead.
/// </summary>
public sealed class AuditLog(LotseDbContext db, AuditActor actor, TimeProvider clock)
{
    public async Task<T> ReadAsync<T>(string entityType, Func<CancellationToken, Task<T>> query,
        Func<T, IEnumerable<string>> subjectIds, CancellationToken ct, string? purpose = null)
    {
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        await using (ownTransaction)
        {
            var result = await query(ct);
            await AddReadsAsync(entityType, subjectIds(result).ToList(), purpose, ct);
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return result;
        }
    }

    /// <summary>
    /// Records a read of <paramref name="entityIds"/> (all of <paramref name="entityType"/>): one subject is an ordinary
    /// Read entry; a list of them is one list entry (<see cref="AddListReadAsync"/>).
    /// </summary>
    public Task AddReadsAsync(string entityType, IReadOnlyCollection<string> entityIds, string? purpose, CancellationToken ct) =>
        entityIds.Count switch
        {
            0 => Task.CompletedTask,
            1 => AddSingleReadAsync(entityType, entityIds.First(), purpose, ct),
            _ => AddListReadAsync(entityType, entityIds.Select(id => (entityType, id)).ToList(), purpose, ct)
        };

    /// <summary>
    /// One Read entry for a whole list (docs/adr/0003-audit-chain.md): <see cref="AuditEntry.EntityType"/> is the list's
    /// kind, <see cref="AuditEntry.EntityId"/> "Liste", <see cref="AuditEntry.SubjectIds"/> every record shown (part
    /// of the hash). The request writes only this one row; the <see cref="AuditSubject"/> rows for the DPO's search by
    /// record are added by the <see cref="AuditSealer"/> when it seals the entry (until then the search reads
    /// <see cref="AuditEntry.SubjectIds"/> of the unsealed entries). On PostgreSQL inserted right away, elsewhere with
    /// the caller's next SaveChanges. A failure fails the read.
    /// </summary>
    public async Task AddListReadAsync(string entityType, IReadOnlyCollection<(string Type, string Id)> subjects, string? purpose, CancellationToken ct)
    {
        var distinct = subjects.Distinct().ToList();
        if (distinct.Count == 0) return;
        if (distinct.Any(x => x.Type.Contains(':') || x.Type.Contains(' ') || x.Id.Contains(' ')))
            throw new ArgumentException("Audit subjects are written as \"Type:Id Type:Id\": no spaces, no colon in the type.", nameof(subjects));
        var subjectIds = string.Join(' ', distinct.Select(x => $"{x.Type}:{x.Id}"));
        if (!db.Database.IsNpgsql())
        {
            var entry = New(AuditOperation.Read, entityType, AuditEntry.ListEntityId, purpose);
            entry.SubjectIds = subjectIds;
            db.AuditEntries.Add(entry);
            return;
        }
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AuditEntries" ("OccurredAt", "UserId", "UserName", "OrganisationId", "EntityType", "EntityId", "Operation", "Channel", "Purpose", "SubjectIds")
            VALUES (@occurredAt, @userId, @userName, @organisationId, @entityType, @entityId, @operation, @channel, @purpose, @subjectIds)
            """,
            [
                .. Parameters(entityType, AuditEntry.ListEntityId, purpose),
                new NpgsqlParameter("subjectIds", NpgsqlDbType.Text) { Value = subjectIds },
            ], ct);
    }

    /// <summary>One Read entry; on PostgreSQL inserted right away (no tracked entity, no RETURNING), elsewhere with the caller's next SaveChanges.</summary>
    private async Task AddSingleReadAsync(string entityType, string entityId, string? purpose, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            Add(AuditOperation.Read, entityType, entityId, purpose);
            return;
        }
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AuditEntries" ("OccurredAt", "UserId", "UserName", "OrganisationId", "EntityType", "EntityId", "Operation", "Channel", "Purpose")
            VALUES (@occurredAt, @userId, @userName, @organisationId, @entityType, @entityId, @operation, @channel, @purpose)
            """, Parameters(entityType, entityId, purpose), ct);
    }

    private NpgsqlParameter[] Parameters(string entityType, string entityId, string? purpose)
    {
        object Value(object? v) => v ?? DBNull.Value;
        return
        [
            new NpgsqlParameter("occurredAt", NpgsqlDbType.TimestampTz) { Value = AuditHash.Now(clock) },
            new NpgsqlParameter("userId", NpgsqlDbType.Uuid) { Value = Value(actor.UserId) },
            new NpgsqlParameter("userName", NpgsqlDbType.Varchar) { Value = Value(actor.UserName) },
            new NpgsqlParameter("organisationId", NpgsqlDbType.Uuid) { Value = Value(actor.OrganisationId) },
            new NpgsqlParameter("entityType", NpgsqlDbType.Varchar) { Value = entityType },
            new NpgsqlParameter("entityId", NpgsqlDbType.Varchar) { Value = entityId },
            new NpgsqlParameter("operation", NpgsqlDbType.Varchar) { Value = AuditOperation.Read.ToString() },
            new NpgsqlParameter("channel", NpgsqlDbType.Varchar) { Value = actor.Channel.ToString() },
            new NpgsqlParameter("purpose", NpgsqlDbType.Varchar) { Value = Value(purpose ?? actor.Purpose) },
        ];
    }

    /// <summary>Adds an entry that is saved with the caller's next SaveChanges.</summary>
    public void Add(AuditOperation operation, string entityType, string entityId, string? purpose = null,
        Guid? userId = null, string? userName = null, Guid? organisationId = null)
        => db.AuditEntries.Add(New(operation, entityType, entityId, purpose, userId, userName, organisationId));

    private AuditEntry New(AuditOperation operation, string entityType, string entityId, string? purpose = null,
        Guid? userId = null, string? userName = null, Guid? organisationId = null) => new()
    {
        OccurredAt = AuditHash.Now(clock),
        UserId = userId ?? actor.UserId,
        UserName = userName ?? actor.UserName,
        OrganisationId = organisationId ?? actor.OrganisationId,
        EntityType = entityType,
        EntityId = entityId,
        Operation = operation,
        Channel = actor.Channel,
        Purpose = purpose ?? actor.Purpose
    };

    /// <summary>
    /// Records a refused access to personal data (403, or 404 where existence must not leak) and saves it at once,
    /// whatever else happened in the request. Only the opaque id and the outcome are written, never request values.
    /// </summary>
    public async Task DeniedAsync(string entityType, string entityId, string outcome, CancellationToken ct)
    {
        Add(AuditOperation.Denied, entityType, entityId, outcome);
        await db.SaveChangesAsync(ct);
    }
}
