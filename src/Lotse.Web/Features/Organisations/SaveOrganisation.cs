using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Organisations;

/// <summary>Create and edit an organisation. Called by the admin pages and the API alike.</summary>
public sealed class SaveOrganisation(LotseDbContext db)
{
    public async Task<Result<OrganisationDto>> CreateAsync(OrganisationInput input, CancellationToken ct)
    {
        if (await ValidateAsync(input, null, ct) is { } error) return error;
        var organisation = new Organisation { Name = input.Name.Trim() };
        Apply(organisation, input);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return OrganisationDto.From(organisation);
    }

    public async Task<Result<OrganisationDto>> UpdateAsync(Guid id, OrganisationInput input, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return Error.NotFound("Die Organisation");
        if (input.Version is null)
            return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != organisation.Version) return Error.Stale("Die Organisation");
        if (await ValidateAsync(input, id, ct) is { } error) return error;

        // The database re-checks the version in the UPDATE, so a race between two saves also ends in 409.
        db.Entry(organisation).Property(o => o.Version).OriginalValue = input.Version.Value;
        Apply(organisation, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Organisation");
        }
        return OrganisationDto.From(organisation);
    }

    private async Task<Error?> ValidateAsync(OrganisationInput input, Guid? id, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        var name = input.Name.Trim();
        if (await db.Organisations.AnyAsync(o => o.Name == name && o.Id != id, ct))
            return Error.Invalid("name", "Eine Organisation mit diesem Namen gibt es bereits.");
        if (input.MunicipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m, ct))
            return Error.Invalid("municipalityId", "Diese Kommune gibt es nicht.");
        return null;
    }

    private static void Apply(Organisation o, OrganisationInput input)
    {
        o.Name = input.Name.Trim();
        o.Type = input.Type!.Value;
        o.LegalDomain = input.LegalDomain!.Value;
        o.Street = Clean(input.Street);
        o.PostalCode = Clean(input.PostalCode);
        o.City = Clean(input.City);
        o.ContactEmail = Clean(input.ContactEmail);
        o.ContactPhone = Clean(input.ContactPhone);
        o.MunicipalityId = input.MunicipalityId;
        o.IsActive = input.IsActive;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
