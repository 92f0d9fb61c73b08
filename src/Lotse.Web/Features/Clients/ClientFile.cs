using System.Security.Cryptography;
using Lotse.Web.Data;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

/// <summary>Register and edit a client (Klient:in). Used by the pages and the API.</summary>
public sealed class ClientFile(LotseDbContext db, ClientAccess access, CurrentUser user, TimeProvider clock,
    DataProtection.Corrections.CorrectionHistory corrections)
{
    private readonly HashSet<string> _issuedFileNumbers = [];
    private readonly HashSet<Guid> _knownMunicipalities = [];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<Result<Client>> RegisterAsync(ClientInput input, CancellationToken ct)
    {
        var added = await AddAsync(input, ct);
        if (added.IsSuccess) await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>
    /// Checks everything <see cref="RegisterAsync"/> checks (permission and every rule), without changing anything.
    /// The import's dry run uses it for each row.
    /// </summary>
    public async Task<Error?> CheckAsync(ClientInput input, CancellationToken ct)
    {
        if (!access.MayRegisterClients) return new Error(ErrorKind.Forbidden, "Nur Case Manager:innen legen Personen an.");
        return await ValidateAsync(input, ct);
    }

    /// <summary>
    /// Like <see cref="RegisterAsync"/>, but leaves saving to the caller, so that many clients can be created in one
    /// transaction (import). The client is tracked by the context and saved with its next SaveChanges.
    /// </summary>
    public async Task<Result<Client>> AddAsync(ClientInput input, CancellationToken ct)
    {
        if (await CheckAsync(input, ct) is { } error) return error;
        var client = new Client
        {
            FileNumber = await NewFileNumberAsync(ct),
            OwnerOrganisationId = user.OrganisationId,
            CreatedAt = clock.GetUtcNow()
        };
        Apply(client, input);
        db.Clients.Add(client);
        return client;
    }

    public async Task<Result<Client>> UpdateAsync(Guid id, ClientInput input, CancellationToken ct)
    {
        // A role that never edits gets 403 whatever the id (nothing leaks); the Koordinierende Stelle reads the
        // client, so "not found" would be wrong for it.
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Nur Case Manager:innen ändern Personendaten.");
        var client = await access.EditableClients().Include(c => c.ResidenceStatuses).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Error.NotFound("Die Person");
        if (input.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != client.Version) return Error.Stale("Der Datensatz der Person");
        if (await ValidateAsync(input, ct) is { } error) return error;
        if (input.ResidenceStatuses?.FirstOrDefault(r => r.Id is { } rid && client.ResidenceStatuses.All(x => x.Id != rid)) is { } unknown)
            return Error.Invalid("residenceStatuses", "Ein Eintrag zum Aufenthaltsstatus gehört nicht zu dieser Person.");

        // The client is the aggregate: an edit that only touches its lists (JSON columns) or residence
        // statuses (own table) must still check and bump the version, as CaseWork does for cases.
        var version = db.Entry(client).Property(c => c.Version);
        version.OriginalValue = input.Version.Value;
        version.IsModified = true;
        var before = DataProtection.Corrections.CorrectionFields.Snapshot(client);
        Apply(client, input);
        corrections.Record(client, before); // Berichtigungsverlauf: old → new values, saved with the edit
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Der Datensatz der Person");
        }
        return client;
    }

    private async Task<Error?> ValidateAsync(ClientInput input, CancellationToken ct)
    {
        var error = Validation.Validate(input)
            ?? Validation.ValidateItems(input.NameVariants, "nameVariants")
            ?? Validation.ValidateItems(input.Household, "household")
            ?? Validation.ValidateItems(input.Benefits, "benefits")
            ?? Validation.ValidateItems(input.ResidenceStatuses, "residenceStatuses")
            ?? Validation.ValidateItems(input.Contacts, "contacts");
        if (error is not null) return error;

        if (!PartialDate.TryParse(input.BirthDate, Today, out var birth, out var birthError))
            return Error.Invalid("birthDate", birthError);
        if (input.Nationalities?.Any(string.IsNullOrWhiteSpace) == true)
            return Error.Invalid("nationalities", "Bitte lassen Sie keine Staatsangehörigkeit leer (Ländercode wie SYR; XXX = ungeklärt).");
        if (input.Nationalities?.FirstOrDefault(n => !CountryCodes.IsKnown(n)) is { } badCode)
            return Error.Invalid("nationalities", $"„{Shorten(badCode)}“ ist kein ISO-3166-Ländercode mit drei Buchstaben (z. B. SYR, AFG, UKR; XXA = staatenlos, XXX = ungeklärt).");
        if (input.EntryDate is { } entry)
        {
            if (entry > Today) return Error.Invalid("entryDate", "Das Einreisedatum kann nicht in der Zukunft liegen.");
            // Before the earliest day the (possibly partial) birth date allows: "1990-05-20" refuses 1990-03-01 too.
            if (entry < new DateOnly(birth.Year, birth.Month ?? 1, birth.Day ?? 1))
                return Error.Invalid("entryDate", "Das Einreisedatum liegt vor der Geburt.");
        }
        for (var i = 0; i < (input.Benefits?.Count ?? 0); i++)
            if (input.Benefits![i] is { Until: { } until, From: { } from } && until < from)
                return Error.Invalid($"benefits[{i}].until", "Das Ende des Leistungsbezugs liegt vor dessen Beginn.");
        for (var i = 0; i < (input.ResidenceStatuses?.Count ?? 0); i++)
            if (input.ResidenceStatuses![i] is { ValidUntil: { } validUntil, IssuedOn: { } issued } && validUntil < issued)
                return Error.Invalid($"residenceStatuses[{i}].validUntil", "„Gültig bis“ liegt vor dem Ausstellungsdatum.");
        if (input.MunicipalityId is { } m && !_knownMunicipalities.Contains(m))
        {
            if (!await db.Municipalities.AnyAsync(x => x.Id == m, ct)) return Error.Invalid("municipalityId", "Diese Kommune gibt es nicht.");
            _knownMunicipalities.Add(m); // an import checks thousands of rows with the same few Kommunen
        }
        var orgIds = input.Contacts?.Where(c => c.OrganisationId is not null).Select(c => c.OrganisationId!.Value).Distinct().ToList() ?? [];
        if (orgIds.Count > 0 && await db.Organisations.CountAsync(o => orgIds.Contains(o.Id), ct) != orgIds.Count)
            return Error.Invalid("contacts", "Eine der angegebenen Organisationen gibt es nicht.");
        return null;
    }

    private void Apply(Client c, ClientInput input)
    {
        var birth = PartialDate.Parse(input.BirthDate!, Today);
        c.GivenName = input.FirstName!.Trim();
        c.FamilyName = input.LastName!.Trim();
        c.NameVariants = (input.NameVariants ?? []).Select(v => new NameVariant
            { GivenName = v.FirstName?.Trim() ?? "", FamilyName = v.LastName!.Trim(), Source = Clean(v.Source) }).ToList();
        c.BirthYear = birth.Year;
        c.BirthMonth = birth.Month;
        c.BirthDay = birth.Day;
        c.Sex = input.Sex ?? Sex.Unknown;
        c.Nationalities = (input.Nationalities ?? []).Select(n => n.Trim().ToUpperInvariant()).Distinct().ToList();
        c.Languages = (input.Languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct().ToList();
        c.InterpreterNeeded = input.InterpreterNeeded;
        c.InterpreterLanguage = Clean(input.InterpreterLanguage);
        c.Street = Clean(input.Street);
        c.PostalCode = Clean(input.PostalCode);
        c.MunicipalityId = input.MunicipalityId;
        c.EntryDate = input.EntryDate;
        c.Household = (input.Household ?? []).Select(h => new HouseholdMember
            { Relation = h.Relation!.Trim(), Name = Clean(h.Name), BirthYear = h.BirthYear, IsMinorChild = h.IsMinorChild }).ToList();
        c.Benefits = (input.Benefits ?? []).Select(b => new BenefitPeriod { Kind = b.Kind!.Value, From = b.From!.Value, Until = b.Until }).ToList();
        c.Contacts = (input.Contacts ?? []).Select(x => new ExternalContact
            { OrganisationId = x.OrganisationId, PersonName = x.PersonName!.Trim(), Phone = Clean(x.Phone), Email = Clean(x.Email), Role = Clean(x.Role) }).ToList();
        ApplyResidenceStatuses(c, input.ResidenceStatuses ?? []);
        ClientKeys.Refresh(c);
    }

    /// <summary>Existing entries are updated in place (they keep their source), missing ones removed, new ones added.</summary>
    private static void ApplyResidenceStatuses(Client c, List<ResidenceStatusInput> entries)
    {
        c.ResidenceStatuses.RemoveAll(existing => entries.All(e => e.Id != existing.Id));
        foreach (var e in entries)
        {
            var status = e.Id is { } id ? c.ResidenceStatuses.First(x => x.Id == id) : new ResidenceStatus { ClientId = c.Id };
            status.Type = e.Type!.Value;
            status.LegalBasis = Clean(e.LegalBasis);
            status.IssuedOn = e.IssuedOn;
            status.ValidUntil = e.ValidUntil;
            if (e.Id is null) c.ResidenceStatuses.Add(status);
        }
    }

    private async Task<string> NewFileNumberAsync(CancellationToken ct)
    {
        // Not a sequence: file numbers appear on letters and must not reveal how many clients exist.
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        while (true)
        {
            var suffix = new string(Enumerable.Range(0, 6).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
            var number = $"{Today.Year}-{suffix}";
            // Numbers handed out to clients not saved yet (several in one transaction) count too.
            if (!_issuedFileNumbers.Contains(number) && !await db.Clients.AnyAsync(c => c.FileNumber == number, ct))
            {
                _issuedFileNumbers.Add(number);
                return number;
            }
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    private static string Shorten(string s) => s.Length > 10 ? s[..10] + "…" : s;
}

/// <summary>The search keys of a client: normalised Latin names and phonetic tokens of every spelling.</summary>
public static class ClientKeys
{
    public static void Refresh(Client c)
    {
        var names = new[] { $"{c.GivenName} {c.FamilyName}" }
            .Concat(c.NameVariants.Select(v => $"{v.GivenName} {v.FamilyName}"))
            .ToList();
        c.NameKey = string.Join(" | ", names.Select(NameKey.Normalise).Where(n => n.Length > 0).Distinct());
        c.PhoneticKey = " " + string.Join(' ', names.SelectMany(n => NameKey.Phonetic(n).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct()) + " ";
    }
}
