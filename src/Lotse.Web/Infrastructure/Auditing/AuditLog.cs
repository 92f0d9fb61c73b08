using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;

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
            foreach (var id in subjectIds(result))
                Add(AuditOperation.Read, entityType, id, purpose);
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return result;
        }
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
}
