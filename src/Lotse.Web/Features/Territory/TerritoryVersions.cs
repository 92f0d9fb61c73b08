using Lotse.Web.Data;
using Lotse.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

internal static class TerritoryVersions
{
    /// <summary>
    /// A Regionalbereich's list of Kommunen is part of what an editor sees, so a change to it raises the
    /// Regionalbereich's version: someone still editing the old list then gets a conflict instead of
    /// silently moving the Kommunen back.
    /// </summary>
    public static async Task TouchRegionsAsync(LotseDbContext db, IEnumerable<Guid> regionIds, CancellationToken ct)
    {
        var ids = regionIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var regions = await db.Regions.Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        foreach (var region in regions) Touch(db, region);
    }

    public static void Touch(LotseDbContext db, Region region)
    {
        var entry = db.Entry(region);
        if (entry.State == EntityState.Unchanged)
            entry.Property(r => r.Version).IsModified = true; // the DbContext raises it on save
    }
}
