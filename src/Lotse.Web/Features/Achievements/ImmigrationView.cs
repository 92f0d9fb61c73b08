using System.Text;
using Lotse.Web.Data;
using Lotse.Web.Domain.Achievements;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Achievements;

/// <summary>
/// The Ausländer- and Einbürgerungsbehörde's view (Baustein 3): the clients who consented to share their
/// Integrationsleistungen with the authority, exactly those facts and the residence history, and the authority's
/// status decisions written back into the residence history. Every read is audited; what is not visible is 404.
/// </summary>
public sealed class ImmigrationView(LotseDbContext db, AchievementAccess access, AuditLog audit, TimeProvider clock)
{
    private DateOnly Today => Domain.LocalCalendar.Today(clock);

    private static Error NotImmigrationCaseworker() =>
        new(ErrorKind.Forbidden, "Diese Ansicht ist der Ausländer- und der Einbürgerungsbehörde vorbehalten.");

    public async Task<Result<ImmigrationSearchResult>> SearchAsync(ImmigrationSearchInput input, CancellationToken ct)
    {
        if (!access.IsImmigrationCaseworker) return NotImmigrationCaseworker();
        if (Validation.Validate(input) is { } invalid) return invalid;
        var query = access.ListedImmigrationClients().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.FileNumber))
        {
            var number = input.FileNumber.Trim().ToUpperInvariant();
            query = query.Where(c => c.FileNumber == number);
        }
        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            foreach (var word in NameKey.Normalise(input.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
            {
                var patterns = NameKey.Phonetic(word).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => $"% {k} %").ToList();
                if (patterns.Count == 0) continue;
                query = query.Where(ClientQueries.AnyPhoneticKey(patterns));
            }
        }
        if (DecodeCursor(input.After) is { } after)
            query = query.Where(c => string.Compare(c.FamilyName, after.LastName) > 0
                || (c.FamilyName == after.LastName && string.Compare(c.FileNumber, after.FileNumber) > 0));

        var page = await query.OrderBy(c => c.FamilyName).ThenBy(c => c.FileNumber).Take(input.PageSize + 1)
            .Select(c => new
            {
                c.Id, c.FileNumber, c.GivenName, c.FamilyName, c.BirthYear, c.BirthMonth, c.BirthDay,
                Achievements = db.IntegrationAchievements.Count(a => a.ClientId == c.Id)
            })
            .ToListAsync(ct);
        var items = page.Take(input.PageSize)
            .Select(c => new ImmigrationClientSummary(c.Id, c.FileNumber, c.GivenName, c.FamilyName,
                ClientQueries.BirthIso(c.BirthYear, c.BirthMonth, c.BirthDay), c.Achievements))
            .ToList();
        var next = page.Count > input.PageSize ? EncodeCursor(items[^1].LastName, items[^1].FileNumber) : null;
        await audit.AddReadsAsync("Client", items.Select(i => i.Id.ToString()).ToList(), "Integrationsleistungen (Liste der Behörde)", ct);
        await db.SaveChangesAsync(ct);
        return new ImmigrationSearchResult(items, next);
    }

    /// <summary>The facts of one client; null when the authority may not see them (no, expired or revoked consent: 404).</summary>
    public async Task<ImmigrationClientFacts?> GetAsync(Guid clientId, CancellationToken ct)
    {
        if (!access.IsImmigrationCaseworker) return null;
        return await audit.ReadAsync(AchievementRecords.AuditType, async token =>
            {
                var client = await access.ImmigrationClients().AsNoTracking().Include(c => c.ResidenceStatuses)
                    .FirstOrDefaultAsync(c => c.Id == clientId, token);
                if (client is null) return null;
                var categories = await access.VisibleCategoriesAsync(clientId, token);
                if (!categories.Contains(DataCategory.IntegrationAchievements)) return null;
                var achievements = await db.IntegrationAchievements.AsNoTracking().Where(a => a.ClientId == clientId).ToListAsync(token);
                var residenceVisible = categories.Contains(DataCategory.ResidenceStatus);
                var identityVisible = categories.Contains(DataCategory.IdentityContact);
                var statuses = residenceVisible
                    ? client.ResidenceStatuses.OrderByDescending(r => r.IssuedOn ?? DateOnly.MinValue)
                        .Select(r => new ResidenceStatusDto(r.Id, r.Type, ClientNames.Of(r.Type), r.LegalBasis, r.IssuedOn, r.ValidUntil, r.Source)).ToList()
                    : [];
                return new ImmigrationClientFacts(client.Id, client.FileNumber,
                    identityVisible ? client.GivenName : null, identityVisible ? client.FamilyName : null,
                    identityVisible ? ClientQueries.BirthIso(client.BirthYear, client.BirthMonth, client.BirthDay) : null,
                    AchievementRecords.Order(achievements).Select(AchievementDto.Of).ToList(),
                    residenceVisible, statuses, await access.ConsentValidUntilAsync(clientId, token), client.Version);
            },
            facts => facts is null ? [] : [facts.Id.ToString()], ct, "Integrationsleistungen (Behörde)");
    }

    /// <summary>
    /// Adds the authority's decision to the client's residence history (source Ausländer- or Einbürgerungsbehörde).
    /// The client's version guards against a decision recorded on a stale view (409).
    /// </summary>
    public async Task<Result<Domain.Clients.ResidenceStatus>> RecordDecisionAsync(Guid clientId, ResidenceDecisionInput input, CancellationToken ct)
    {
        if (!access.IsImmigrationCaseworker) return NotImmigrationCaseworker();
        var client = await access.ImmigrationClients().Include(c => c.ResidenceStatuses).FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return Error.NotFound("Die Person");
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (input.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie gesehen haben.");
        var byNaturalisationAuthority = await access.IsNaturalisationAuthorityAsync(ct);
        var decision = new ResidenceDecision(input.Type, input.LegalBasis, input.IssuedOn, input.ValidUntil);
        if (decision.Validate(Today, byNaturalisationAuthority) is { } error) return error;
        if (input.Version != client.Version) return Error.Stale("Der Datensatz der Person");

        var status = decision.ToStatus(client.Id, byNaturalisationAuthority);
        client.ResidenceStatuses.Add(status);
        var version = db.Entry(client).Property(c => c.Version);
        version.OriginalValue = input.Version.Value;
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Der Datensatz der Person");
        }
        return status;
    }

    private static string EncodeCursor(string lastName, string fileNumber) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{lastName}\u001f{fileNumber}"));

    private static (string LastName, string FileNumber)? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('\u001f');
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
