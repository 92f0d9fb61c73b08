using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Territory;

/// <summary>Create and edit a Kommune. Called by the admin pages and the API alike.</summary>
public sealed class SaveMunicipality(LotseDbContext db)
{
    public async Task<Result<MunicipalityDto>> CreateAsync(MunicipalityInput input, CancellationToken ct)
    {
        if (await ValidateAsync(input, null, ct) is { } error) return error;
        var municipality = new Municipality { Name = input.Name.Trim() };
        Apply(municipality, input);
        db.Municipalities.Add(municipality);
        if (municipality.RegionId is { } regionId) await TerritoryVersions.TouchRegionsAsync(db, [regionId], ct);
        return await SaveAsync(municipality, input, ct);
    }

    public async Task<Result<MunicipalityDto>> UpdateAsync(Guid id, MunicipalityInput input, CancellationToken ct)
    {
        var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (municipality is null) return Error.NotFound("Die Kommune");
        if (input.Version is null)
            return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != municipality.Version) return Error.Stale("Die Kommune");
        if (await ValidateAsync(input, id, ct) is { } error) return error;

        // The database re-checks the version in the UPDATE, so a race between two saves also ends in 409.
        db.Entry(municipality).Property(m => m.Version).OriginalValue = input.Version.Value;
        var previousRegion = municipality.RegionId;
        Apply(municipality, input);
        if (previousRegion != municipality.RegionId)
            await TerritoryVersions.TouchRegionsAsync(db, new[] { previousRegion, municipality.RegionId }.OfType<Guid>(), ct);
        return await SaveAsync(municipality, input, ct);
    }

    private async Task<Result<MunicipalityDto>> SaveAsync(Municipality municipality, MunicipalityInput input, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Kommune");
        }
        catch (DbUpdateException)
        {
            // Lost a race on the unique name: report it like the check before.
            db.ChangeTracker.Clear();
            if (await ValidateAsync(input, municipality.Id, ct) is { } error) return error;
            throw;
        }
        await db.Entry(municipality).Reference(m => m.Region).LoadAsync(ct);
        return MunicipalityDto.From(municipality);
    }

    private async Task<Error?> ValidateAsync(MunicipalityInput input, Guid? id, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        var name = input.Name.Trim();
        if (await db.Municipalities.AnyAsync(m => m.Name == name && m.Id != id, ct))
            return Error.Invalid("name", "Eine Kommune mit diesem Namen gibt es bereits.");
        if (!string.IsNullOrWhiteSpace(input.OfficialKey)
            && await db.Municipalities.Where(m => m.OfficialKey == input.OfficialKey && m.Id != id).Select(m => m.Name).FirstOrDefaultAsync(ct) is { } other)
            return Error.Invalid("officialKey", $"Dieser Gemeindeschlüssel ist bereits der Kommune „{other}“ zugeordnet.");
        if (input.RegionId is { } r && !await db.Regions.AnyAsync(x => x.Id == r, ct))
            return Error.Invalid("regionId", "Diesen Regionalbereich gibt es nicht.");
        return null;
    }

    private static void Apply(Municipality m, MunicipalityInput input)
    {
        m.Name = input.Name.Trim();
        m.OfficialKey = string.IsNullOrWhiteSpace(input.OfficialKey) ? null : input.OfficialKey.Trim();
        m.RegionId = input.RegionId;
    }
}
