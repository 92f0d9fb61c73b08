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
    /// of the hash), and one <see cref="AuditSubject"/> row per record so the DPO's search by record finds the read.
    /// On PostgreSQL one statement (INSERT … RETURNING feeding INSERT … unnest) right away; elsewhere the entry is saved
    /// at once (for its id), then the subject rows in multi-row INSERTs. A failure fails the read.
    /// </summary>
    public async Task AddListReadAsync(string entityType, IReadOnlyCollection<(string Type, string Id)> subjects, string? purpose, CancellationToken ct)
    {
        var distinct = subjects.Distinct().ToList();
        if (distinct.Count == 0) return;
        var subjectIds = string.Join(' ', distinct.Select(x => $"{x.Type}:{x.Id}"));
        if (!db.Database.IsNpgsql())
        {
            var entry = New(AuditOperation.Read, entityType, AuditEntry.ListEntityId, purpose);
            entry.SubjectIds = subjectIds;
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(ct);
            // Multi-row INSERTs (SQLite allows 32,766 parameters; 300 rows × 3 per statement), not one command per row.
            foreach (var chunk in distinct.Chunk(300))
            {
                var values = string.Join(", ", chunk.Select((_, i) => $"({{{3 * i}}}, {{{3 * i + 1}}}, {{{3 * i + 2}}})"));
                var args = chunk.SelectMany(x => new object[] { x.Type, x.Id, entry.Id }).ToArray();
                // Only placeholders ({0}, {1}, ...) are put into the text; every value is a parameter.
                var sql = "INSERT INTO \"AuditSubjects\" (\"EntityType\", \"EntityId\", \"AuditEntryId\") VALUES " + values;
                await db.Database.ExecuteSqlRawAsync(sql, args, ct);
            }
            return;
        }
        await db.Database.ExecuteSqlRawAsync("""
            WITH e AS (
                INSERT INTO "AuditEntries" ("OccurredAt", "UserId", "UserName", "OrganisationId", "EntityType", "EntityId", "Operation", "Channel", "Purpose", "SubjectIds")
                VALUES (@occurredAt, @userId, @userName, @organisationId, @entityType, @entityId, @operation, @channel, @purpose, @subjectIds)
                RETURNING "Id")
            INSERT INTO "AuditSubjects" ("EntityType", "EntityId", "AuditEntryId")
            SELECT s.t, s.i, e."Id" FROM e, unnest(@types, @ids) AS s(t, i)
            """,
            [
                .. Parameters(entityType, AuditEntry.ListEntityId, purpose),
                new NpgsqlParameter("subjectIds", NpgsqlDbType.Text) { Value = subjectIds },
                new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = distinct.Select(x => x.Type).ToArray() },
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = distinct.Select(x => x.Id).ToArray() },
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
