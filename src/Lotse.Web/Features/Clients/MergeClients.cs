using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

public sealed class MergeInput
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Bitte wählen Sie den Datensatz, der übernommen werden soll.")]
    public Guid? DuplicateId { get; set; }
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Bitte geben Sie die Version des bleibenden Datensatzes an.")]
    public int? Version { get; set; }
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Bitte geben Sie die Version des übernommenen Datensatzes an.")]
    public int? DuplicateVersion { get; set; }
}

/// <summary>
/// Merges a duplicate into the client that stays: nothing is lost — the duplicate's name becomes a
/// spelling variant, lists are united, its residence history and cases move over, empty fields are
/// filled from it. The duplicate record is then removed; the audit trail records the merge on both ids.
/// </summary>
public sealed class MergeClients(LotseDbContext db, ClientAccess access, AuditLog audit)
{
    public async Task<Result<Client>> MergeAsync(Guid keepId, MergeInput input, CancellationToken ct)
    {
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Nur Case Manager:innen führen Datensätze zusammen.");
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (input.DuplicateId == keepId) return Error.Invalid("duplicateId", "Ein Datensatz kann nicht mit sich selbst zusammengeführt werden.");

        var both = await access.EditableClients().Include(c => c.ResidenceStatuses)
            .Where(c => c.Id == keepId || c.Id == input.DuplicateId).ToListAsync(ct);
        var keep = both.FirstOrDefault(c => c.Id == keepId);
        var duplicate = both.FirstOrDefault(c => c.Id == input.DuplicateId);
        if (keep is null) return Error.NotFound("Die Person");
        if (duplicate is null) return Error.NotFound("Der zu übernehmende Datensatz");
        if (keep.Version != input.Version || duplicate.Version != input.DuplicateVersion)
            return Error.Stale("Einer der beiden Datensätze");

        var cases = await db.Cases.Where(k => k.ClientId == duplicate.Id || k.ClientId == keep.Id).ToListAsync(ct);
        if (cases.Count(k => k.Phase != CasePhase.Closed) > 1)
            return new Error(ErrorKind.Conflict, "Beide Datensätze haben einen aktiven Fall. Bitte schließen Sie zuerst einen der Fälle ab oder übergeben Sie ihn.");

        Absorb(keep, duplicate);
        foreach (var status in duplicate.ResidenceStatuses.ToList())
        {
            duplicate.ResidenceStatuses.Remove(status);
            keep.ResidenceStatuses.Add(new ResidenceStatus
            {
                ClientId = keep.Id, Type = status.Type, LegalBasis = status.LegalBasis,
                IssuedOn = status.IssuedOn, ValidUntil = status.ValidUntil, Source = status.Source
            });
        }
        foreach (var k in cases.Where(k => k.ClientId == duplicate.Id)) k.ClientId = keep.Id;
        // Integrationsleistungen (Baustein 3) go with the person.
        foreach (var a in await db.IntegrationAchievements.Where(a => a.ClientId == duplicate.Id).ToListAsync(ct)) a.ClientId = keep.Id;
        ClientKeys.Refresh(keep);

        var root = db.Entry(keep);
        root.Property(c => c.Version).OriginalValue = input.Version!.Value;
        root.Property(c => c.Version).IsModified = true;
        db.Clients.Remove(duplicate);
        // The removal of the duplicate is audited automatically; this entry links both ids.
        audit.Add(AuditOperation.Update, nameof(Client), keep.Id.ToString(), $"Zusammenführung: Datensatz {duplicate.FileNumber} ({duplicate.Id}) übernommen");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Einer der beiden Datensätze");
        }
        return keep;
    }

    private static void Absorb(Client keep, Client other)
    {
        var spellings = keep.NameVariants.Select(v => Key(v.GivenName, v.FamilyName)).Append(Key(keep.GivenName, keep.FamilyName)).ToHashSet();
        var origin = $"zusammengeführt aus {other.FileNumber}" + (SameBirth(keep, other) ? "" : $", Geburtsdatum dort: {ClientQueries.BirthIso(other.BirthYear, other.BirthMonth, other.BirthDay) ?? "unbekannt"}");
        foreach (var v in other.NameVariants.Prepend(new NameVariant { GivenName = other.GivenName, FamilyName = other.FamilyName, Source = origin }))
            if (spellings.Add(Key(v.GivenName, v.FamilyName)))
                keep.NameVariants.Add(new NameVariant { GivenName = v.GivenName, FamilyName = v.FamilyName, Source = v.Source });

        // A more precise compatible birth date wins; a conflicting one stays visible in the variant's source note.
        if (Precision(other) > Precision(keep) && (keep.BirthYear is null || keep.BirthYear == other.BirthYear))
            (keep.BirthYear, keep.BirthMonth, keep.BirthDay) = (other.BirthYear, other.BirthMonth, other.BirthDay);

        keep.Nationalities = keep.Nationalities.Union(other.Nationalities).ToList();
        keep.Languages = keep.Languages.Union(other.Languages, StringComparer.OrdinalIgnoreCase).ToList();
        keep.InterpreterNeeded |= other.InterpreterNeeded;
        keep.InterpreterLanguage ??= other.InterpreterLanguage;
        if (keep.Sex == Sex.Unknown) keep.Sex = other.Sex;
        if (keep.Street is null && keep.MunicipalityId is null)
            (keep.Street, keep.PostalCode, keep.MunicipalityId) = (other.Street, other.PostalCode, other.MunicipalityId);
        keep.EntryDate ??= other.EntryDate;
        keep.Household = keep.Household.Concat(other.Household).ToList();
        keep.Benefits = keep.Benefits.Concat(other.Benefits).ToList();
        keep.Contacts = keep.Contacts.Concat(other.Contacts).ToList();
    }

    private static bool SameBirth(Client a, Client b) =>
        a.BirthYear == b.BirthYear && a.BirthMonth == b.BirthMonth && a.BirthDay == b.BirthDay;

    private static int Precision(Client c) => c.BirthYear is null ? 0 : c.BirthMonth is null ? 1 : c.BirthDay is null ? 2 : 3;

    private static string Key(string given, string family) => $"{given.Trim().ToUpperInvariant()}|{family.Trim().ToUpperInvariant()}";
}
