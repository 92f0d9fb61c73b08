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
    /// Read entries for every subject of a read (a list shows up to a hundred): on PostgreSQL one
    /// INSERT … SELECT FROM unnest(ids) right away, in the caller's transaction if there is one (a list read then
    /// costs one statement instead of one tracked entity and one INSERT … RETURNING per row); elsewhere tracked
    /// entries saved with the caller's next SaveChanges. Either way the entries are the same as <see cref="Add"/>'s,
    /// and a failure fails the read.
    /// </summary>
    public async Task AddReadsAsync(string entityType, IReadOnlyCollection<string> entityIds, string? purpose, CancellationToken ct)
    {
        if (entityIds.Count == 0) return;
        if (!db.Database.IsNpgsql())
        {
            foreach (var id in entityIds) Add(AuditOperation.Read, entityType, id, purpose);
            return;
        }
        object Value(object? v) => v ?? DBNull.Value;
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AuditEntries" ("OccurredAt", "UserId", "UserName", "OrganisationId", "EntityType", "EntityId", "Operation", "Channel", "Purpose")
            SELECT @occurredAt, @userId, @userName, @organisationId, @entityType, id, @operation, @channel, @purpose FROM unnest(@ids) AS id
            """,
            [
                new NpgsqlParameter("occurredAt", NpgsqlDbType.TimestampTz) { Value = AuditHash.Now(clock) },
                new NpgsqlParameter("userId", NpgsqlDbType.Uuid) { Value = Value(actor.UserId) },
                new NpgsqlParameter("userName", NpgsqlDbType.Varchar) { Value = Value(actor.UserName) },
                new NpgsqlParameter("organisationId", NpgsqlDbType.Uuid) { Value = Value(actor.OrganisationId) },
                new NpgsqlParameter("entityType", NpgsqlDbType.Varchar) { Value = entityType },
                new NpgsqlParameter("operation", NpgsqlDbType.Varchar) { Value = AuditOperation.Read.ToString() },
                new NpgsqlParameter("channel", NpgsqlDbType.Varchar) { Value = actor.Channel.ToString() },
                new NpgsqlParameter("purpose", NpgsqlDbType.Varchar) { Value = Value(purpose ?? actor.Purpose) },
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = entityIds.ToArray() },
            ], ct);
    }

    /// <summary>Adds an entry that is saved with the caller's next SaveChanges.</summary>
    public void Add(AuditOperation operation, string entityType, string entityId, string? purpose = null,
        Guid? userId = null, string? userName = null, Guid? organisationId = null)
    {
        db.AuditEntries.Add(new AuditEntry
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
        });
    }

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
