using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

/// <summary>
/// Create and edit a Regionalbereich with its Kommunen. A Kommune belongs to at most one
/// Regionalbereich, so assigning it here moves it out of its previous one. Called by pages and API alike.
/// </summary>
public sealed class SaveRegion(LotseDbContext db)
{
    public async Task<Result<RegionDto>> CreateAsync(RegionInput input, CancellationToken ct)
    {
        input.MunicipalityIds ??= [];
        if (await ValidateAsync(input, null, ct) is { } error) return error;
        var region = new Region { Name = input.Name.Trim() };
        Apply(region, input);
        db.Regions.Add(region);
        await AssignMunicipalitiesAsync(region, input.MunicipalityIds, ct);
        return await SaveAsync(region, input, ct);
    }

    public async Task<Result<RegionDto>> UpdateAsync(Guid id, RegionInput input, CancellationToken ct)
    {
        input.MunicipalityIds ??= [];
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (region is null) return Error.NotFound("Der Regionalbereich");
        if (input.Version is null)
            return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != region.Version) return Error.Stale("Der Regionalbereich");
        if (await ValidateAsync(input, id, ct) is { } error) return error;

        // The database re-checks the version in the UPDATE, so a race between two saves also ends in 409.
        db.Entry(region).Property(r => r.Version).OriginalValue = input.Version.Value;
        Apply(region, input);
        if (await AssignMunicipalitiesAsync(region, input.MunicipalityIds, ct))
            TerritoryVersions.Touch(db, region);
        return await SaveAsync(region, input, ct);
    }

    /// <summary>Makes the selected Kommunen (and only those) members of the region; true if anything changed.</summary>
    private async Task<bool> AssignMunicipalitiesAsync(Region region, IReadOnlyCollection<Guid> selectedIds, CancellationToken ct)
    {
        var selected = selectedIds.ToHashSet();
        var affected = await db.Municipalities.Where(m => selected.Contains(m.Id) || m.RegionId == region.Id).ToListAsync(ct);
        var losingRegions = new List<Guid>();
        var changed = false;
        foreach (var municipality in affected)
        {
            Guid? target = selected.Contains(municipality.Id) ? region.Id : null;
            if (municipality.RegionId == target) continue;
            if (municipality.RegionId is { } previous && previous != region.Id) losingRegions.Add(previous);
            municipality.RegionId = target;
            changed = true;
        }
        await TerritoryVersions.TouchRegionsAsync(db, losingRegions, ct);
        return changed;
    }

    private async Task<Result<RegionDto>> SaveAsync(Region region, RegionInput input, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Der Regionalbereich oder eine der Kommunen");
        }
        catch (DbUpdateException)
        {
            // Lost a race on the unique name: report it like the check before.
            db.ChangeTracker.Clear();
            if (await ValidateAsync(input, region.Id, ct) is { } error) return error;
            throw;
        }
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == region.Id).ToListAsync(ct);
        return RegionDto.From(region) with { MunicipalityIds = municipalities.OrderBy(m => m.Name).Select(m => m.Id).ToList() };
    }

    private async Task<Error?> ValidateAsync(RegionInput input, Guid? id, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        var name = input.Name.Trim();
        if (await db.Regions.AnyAsync(r => r.Name == name && r.Id != id, ct))
            return Error.Invalid("name", "Einen Regionalbereich mit diesem Namen gibt es bereits.");
        var wanted = input.MunicipalityIds.Distinct().ToList();
        var known = await db.Municipalities.Where(m => wanted.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count > 0)
            return Error.Invalid("municipalityIds", unknown.Count == 1
                ? $"Diese Kommune gibt es nicht: {unknown[0]}."
                : $"Diese Kommunen gibt es nicht: {string.Join(", ", unknown)}.");
        return null;
    }

    private static void Apply(Region r, RegionInput input)
    {
        r.Name = input.Name.Trim();
        r.MainSite = string.IsNullOrWhiteSpace(input.MainSite) ? null : input.MainSite.Trim();
    }
}
