using Lotse.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lotse.Web.Infrastructure.Auditing;

/// <summary>
/// Writes an audit entry for every created, changed or deleted <see cref="IPersonalData"/> entity,
/// inside the same SaveChanges and therefore the same transaction as the change itself.
/// </summary>
public sealed class AuditingInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> IgnoredFields = ["Version", "ConcurrencyStamp"];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null) return;
        var now = AuditHash.Now(clock);
        var entries = context.ChangeTracker.Entries<IPersonalData>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                OccurredAt = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                OrganisationId = actor.OrganisationId,
                EntityType = e.Metadata.ClrType.Name,
                EntityId = e.Entity.AuditId,
                Operation = e.State switch
                {
                    EntityState.Added => AuditOperation.Create,
                    EntityState.Deleted => AuditOperation.Delete,
                    _ => AuditOperation.Update
                },
                Fields = e.State == EntityState.Modified ? string.Join(',', ChangedFields(e)) : null,
                Channel = actor.Channel,
                Purpose = actor.Purpose
            })
            .Where(a => a.Operation != AuditOperation.Update || !string.IsNullOrEmpty(a.Fields))
            .ToList();
        context.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>
    /// The properties whose value really changed. IsModified alone is not enough: UserManager (like
    /// DbContext.Update) marks every property of the user as modified on each save.
    /// </summary>
    private static IEnumerable<string> ChangedFields(EntityEntry entry) => entry.Properties
        .Where(p => p.IsModified && !IgnoredFields.Contains(p.Metadata.Name)
                    && !p.Metadata.GetValueComparer().Equals(p.OriginalValue, p.CurrentValue))
        .Select(p => p.Metadata.Name);
}
