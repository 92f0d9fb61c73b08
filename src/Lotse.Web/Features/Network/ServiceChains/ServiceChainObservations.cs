using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.ServiceChains;

/// <summary>
/// Where the measured passes through chain steps and service standards come from. The first implementation reads the
/// table ServiceChainObservation (demo data); referrals tagged with a chain step will be a second source.
/// </summary>
public interface IServiceChainObservations
{
    Task<IReadOnlyList<ChainObservation>> ForSubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken ct);
}

public sealed class StoredServiceChainObservations(LotseDbContext db) : IServiceChainObservations
{
    public async Task<IReadOnlyList<ChainObservation>> ForSubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken ct)
    {
        var ids = subjectIds.ToList();
        var rows = await db.ServiceChainObservations.AsNoTracking()
            .Where(o => (o.StepId != null && ids.Contains(o.StepId.Value)) || (o.StandardId != null && ids.Contains(o.StandardId.Value)))
            .ToListAsync(ct);
        return rows.SelectMany(o => new[] { o.StepId, o.StandardId }.Where(id => id is { } x && ids.Contains(x))
                .Select(id => ChainObservation.Of(id!.Value, o.OrganisationId, o.StartedAt, o.EndedAt)))
            .ToList();
    }
}
