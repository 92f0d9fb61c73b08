using System.Globalization;
using Lotse.Web.Data;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.DataProtection;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.DataProtection.Corrections;

/// <summary>
/// Berichtigungen: the correction history of the client file. <see cref="ClientFile"/> takes a snapshot before an
/// edit and calls <see cref="Record"/> after applying it; every field whose value changed becomes a
/// <see cref="ClientCorrection"/> with old and new value, saved in the same SaveChanges as the edit.
/// </summary>
public sealed class CorrectionHistory(LotseDbContext db, AuditActor actor, AuditLog audit, DataSubjectAccess access, TimeProvider clock)
{
    public void Record(Client client, IReadOnlyDictionary<string, string?> before)
    {
        var after = CorrectionFields.Snapshot(client);
        var now = clock.GetUtcNow();
        foreach (var (field, old) in before)
        {
            var current = after.GetValueOrDefault(field);
            if (string.Equals(old, current, StringComparison.Ordinal)) continue;
            db.Set<ClientCorrection>().Add(new ClientCorrection
            {
                ClientId = client.Id, Field = field, OldValue = Limit(old), NewValue = Limit(current),
                CorrectedAt = now, CorrectedById = actor.UserId, CorrectedByName = actor.UserName
            });
        }
    }

    /// <summary>The history of one client, newest first; the read is audited.</summary>
    public async Task<Result<IReadOnlyList<CorrectionDto>>> ForClientAsync(Guid clientId, CancellationToken ct)
    {
        if (await access.MayReadCorrectionsAsync(clientId, ct) is { } denied) return denied;
        var rows = await audit.ReadAsync("ClientCorrection",
            async token => (await db.Set<ClientCorrection>().AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync(token))
                .OrderByDescending(c => c.CorrectedAt).ThenBy(c => c.Field).ToList(),
            list => list.Select(c => c.Id.ToString()), ct, "Berichtigungsverlauf");
        return rows.Select(c => new CorrectionDto(c.Field, CorrectionFields.Name(c.Field), c.OldValue, c.NewValue, c.CorrectedAt, c.CorrectedByName)).ToList();
    }

    private static string? Limit(string? s) => s is { Length: > 4000 } ? s[..3999] + "…" : s;
}

public sealed record CorrectionDto(string Field, string FieldName, string? OldValue, string? NewValue, DateTimeOffset CorrectedAt, string? CorrectedBy);

/// <summary>The client-file fields whose corrections are kept, as readable text values.</summary>
public static class CorrectionFields
{
    public static IReadOnlyDictionary<string, string?> Snapshot(Client c) => new Dictionary<string, string?>
    {
        ["firstName"] = c.GivenName,
        ["lastName"] = c.FamilyName,
        ["nameVariants"] = Join(c.NameVariants.Select(v => $"{v.FamilyName}, {v.GivenName}" + (v.Source is { } s ? $" ({s})" : ""))),
        ["birthDate"] = Disclosure.DisclosureText.IsoBirthDate(c.BirthYear, c.BirthMonth, c.BirthDay),
        ["sex"] = c.Sex.ToString(),
        ["nationalities"] = Join(c.Nationalities),
        ["languages"] = Join(c.Languages),
        ["interpreterNeeded"] = c.InterpreterNeeded ? "ja" : "nein",
        ["interpreterLanguage"] = c.InterpreterLanguage,
        ["street"] = c.Street,
        ["postalCode"] = c.PostalCode,
        ["municipalityId"] = c.MunicipalityId?.ToString(),
        ["entryDate"] = c.EntryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["household"] = Join(c.Household.Select(h => $"{h.Relation}: {h.Name} {h.BirthYear}".TrimEnd())),
        ["benefits"] = Join(c.Benefits.Select(b => $"{b.Kind} {b.From:yyyy-MM-dd}–{b.Until:yyyy-MM-dd}")),
        ["residenceStatuses"] = Join(c.ResidenceStatuses.OrderBy(r => r.IssuedOn).Select(r => $"{r.Type} {r.LegalBasis} {r.IssuedOn:yyyy-MM-dd}–{r.ValidUntil:yyyy-MM-dd}")),
        ["contacts"] = Join(c.Contacts.Select(x => $"{x.PersonName} {x.Role} {x.Phone} {x.Email}".Trim())),
    };

    public static string Name(string field) => field switch
    {
        "firstName" => "Vorname",
        "lastName" => "Nachname",
        "nameVariants" => "Weitere Schreibweisen",
        "birthDate" => "Geburtsdatum",
        "sex" => "Geschlecht",
        "nationalities" => "Staatsangehörigkeit",
        "languages" => "Sprachen",
        "interpreterNeeded" => "Dolmetschung nötig",
        "interpreterLanguage" => "Dolmetschsprache",
        "street" => "Straße",
        "postalCode" => "Postleitzahl",
        "municipalityId" => "Kommune",
        "entryDate" => "Einreisedatum",
        "household" => "Haushalt",
        "benefits" => "Leistungsbezug",
        "residenceStatuses" => "Aufenthaltsstatus",
        "contacts" => "Ansprechpersonen",
        _ => field
    };

    private static string? Join(IEnumerable<string> items)
    {
        var s = string.Join("; ", items);
        return s.Length == 0 ? null : s;
    }
}
