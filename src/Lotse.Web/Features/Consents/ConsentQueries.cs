using Lotse.Web.Data;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Consents;

/// <summary>Reading a client's consents and who may see what: only for those with the full client file, always audited.</summary>
public sealed class ConsentQueries(LotseDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>Roles that never read consents get 403; a case manager of another organisation 404.</summary>
    private async Task<Error?> CheckAsync(Guid clientId, CancellationToken ct)
    {
        if (!access.IsCaseManager && !access.SupervisesAll)
            return new Error(ErrorKind.Forbidden, "Einwilligungen sehen nur das Case Management und die Koordinierende Stelle.");
        return await access.MayReadConsentsAsync(clientId, ct) ? null : Error.NotFound("Die Person");
    }

    public async Task<Result<List<ConsentDto>>> ListAsync(Guid clientId, CancellationToken ct, string? purpose = null)
    {
        if (await CheckAsync(clientId, ct) is { } denied) return denied;
        var list = await audit.ReadAsync("Consent", async token =>
            {
                var consents = await db.Consents.AsNoTracking().Where(k => k.ClientId == clientId).ToListAsync(token);
                return await ToDtosAsync(consents, token);
            },
            items => items.Select(i => i.Id.ToString()), ct, purpose);
        return list;
    }

    public async Task<Result<ConsentDto>> GetAsync(Guid consentId, CancellationToken ct, string? purpose = null)
    {
        var clientId = await db.Consents.Where(k => k.Id == consentId).Select(k => (Guid?)k.ClientId).FirstOrDefaultAsync(ct);
        if (clientId is null)
            return access.IsCaseManager || access.SupervisesAll ? Error.NotFound("Die Einwilligung") : new Error(ErrorKind.Forbidden, "Einwilligungen sehen nur das Case Management und die Koordinierende Stelle.");
        if (await CheckAsync(clientId.Value, ct) is { } denied) return denied.Kind == ErrorKind.NotFound ? Error.NotFound("Die Einwilligung") : denied;
        var dto = await audit.ReadAsync("Consent", async token =>
            {
                var consent = await db.Consents.AsNoTracking().FirstAsync(k => k.Id == consentId, token);
                return (await ToDtosAsync([consent], token))[0];
            },
            d => [d.Id.ToString()], ct, purpose);
        return dto;
    }

    /// <summary>"Wer darf was sehen – und warum": every organisation with its categories and reasons.</summary>
    public async Task<Result<List<OrganisationAccessDto>>> WhoMaySeeAsync(Guid clientId, CancellationToken ct)
    {
        if (await CheckAsync(clientId, ct) is { } denied) return denied;
        var rows = await access.WhoMaySeeAsync(clientId, ct);
        var dtos = rows.Select(r => new OrganisationAccessDto(r.OrganisationId, r.OrganisationName,
            ClientAccess.AllCategories.Where(r.Categories.Contains).Select(c => new NamedCategory(c, DataCategoryNames.Of(c))).ToList(), r.Reasons)).ToList();
        return dtos;
    }

    private async Task<List<ConsentDto>> ToDtosAsync(IReadOnlyList<Consent> consents, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var referralIds = consents.SelectMany(k => k.TransmittedReferralIds).Distinct().ToList();
        var referrals = await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Service, r.ToOrganisationId, r.SentAt, r.Status }).ToListAsync(ct);
        var orgIds = consents.SelectMany(k => k.RecipientOrganisationIds).Concat(referrals.Select(r => r.ToOrganisationId)).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        string Name(Guid id) => names.GetValueOrDefault(id, "unbekannte Organisation");
        return consents
            .OrderByDescending(k => k.GivenOn).ThenByDescending(k => k.RecordedAt)
            .Select(k =>
            {
                var status = ConsentNames.StatusAt(k, now);
                return new ConsentDto(k.Id, k.ClientId,
                    k.RecipientOrganisationIds.Select(o => new NamedOrganisation(o, Name(o))).ToList(),
                    k.Categories.Order().Select(c => new NamedCategory(c, DataCategoryNames.Of(c))).ToList(),
                    k.Purpose, k.GivenOn, k.Form, ConsentNames.Of(k.Form), k.ValidUntil, k.HealthExplicit, k.GuardianName,
                    status, ConsentNames.Of(status), k.RevokedAt, k.RevocationNote,
                    k.TransmittedReferralIds.Select(id => referrals.FirstOrDefault(r => r.Id == id)).Where(r => r is not null)
                        .Select(r => new TransmittedReferral(r!.Id, r.Service, Name(r.ToOrganisationId), r.SentAt, r.Status.ToString())).ToList(),
                    k.RecordedAt, k.Version);
            })
            .ToList();
    }
}
