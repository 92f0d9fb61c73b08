using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Consents;

/// <summary>Record and revoke a client's consent (Einwilligung / Schweigepflichtentbindung). Used by the pages and the API.</summary>
public sealed class ConsentCommands(LotseDbContext db, ClientAccess access, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<Consent>> RecordAsync(Guid clientId, ConsentInput input, CancellationToken ct)
    {
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Einwilligungen erfassen nur Case Manager:innen.");
        var client = await access.ClientsWhoseConsentsMayBeManaged().AsNoTracking()
            .Where(c => c.Id == clientId).Select(c => new { c.BirthYear, c.BirthMonth, c.BirthDay }).FirstOrDefaultAsync(ct);
        if (client is null) return Error.NotFound("Die Person");
        if (Validation.Validate(input) is { } invalid) return invalid;

        var fields = new Dictionary<string, string[]>();
        if (input.GivenOn is null) fields["givenOn"] = ["Bitte geben Sie an, wann die Einwilligung erteilt wurde."];
        if (input.Form is null) fields["form"] = ["Bitte geben Sie an, in welcher Form die Einwilligung erteilt wurde."];
        if (input.Categories?.Any(c => !Enum.IsDefined(c)) == true) fields["categories"] = ["Unbekannte Datenkategorie."];
        var recipients = input.RecipientOrganisationIds?.Distinct().ToList() ?? [];
        if (recipients.Count > 0 && await db.Organisations.CountAsync(o => recipients.Contains(o.Id), ct) != recipients.Count)
            fields["recipientOrganisationIds"] = ["Eine der empfangenden Stellen gibt es nicht."];
        if (fields.Count > 0) return Error.Invalid(fields);

        var now = clock.GetUtcNow();
        var consent = new Consent
        {
            ClientId = clientId,
            RecipientOrganisationIds = recipients,
            Categories = (input.Categories ?? []).Distinct().Order().ToList(),
            Purpose = input.Purpose?.Trim() ?? "",
            GivenOn = input.GivenOn!.Value,
            Form = input.Form!.Value,
            ValidUntil = input.ValidUntil,
            // Without the health category the explicit declaration means nothing; with it, it is required (Validate).
            HealthExplicit = input.HealthExplicit && input.Categories?.Contains(DataCategory.Health) == true,
            GuardianName = string.IsNullOrWhiteSpace(input.GuardianName) ? null : input.GuardianName.Trim(),
            RecordedByUserId = user.Id,
            RecordedAt = now
        };
        var age = ConsentAge.CertainAgeOn(client.BirthYear, client.BirthMonth, client.BirthDay, consent.GivenOn);
        if (consent.Validate(LocalCalendar.Day(now), age) is { } error) return error;

        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return consent;
    }

    /// <summary>
    /// Revokes at once. Records what had already been transmitted under the consent: every referral to one of its
    /// recipients, sent before now, that shared a category the consent covered.
    /// </summary>
    public async Task<Result<Consent>> RevokeAsync(Guid consentId, RevocationInput input, CancellationToken ct)
    {
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Einwilligungen widerrufen nur Case Manager:innen.");
        var consent = await db.Consents.FirstOrDefaultAsync(k => k.Id == consentId, ct);
        if (consent is null || !await access.ClientsWhoseConsentsMayBeManaged().AnyAsync(c => c.Id == consent.ClientId, ct))
            return Error.NotFound("Die Einwilligung");
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (input.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version der Einwilligung an, die Sie gesehen haben.");
        if (input.Version != consent.Version) return Error.Stale("Die Einwilligung");

        var now = clock.GetUtcNow();
        var candidates = await db.Referrals.AsNoTracking()
            .Where(r => r.ClientId == consent.ClientId && r.SentAt != null && r.SentAt <= now)
            .Select(r => new { r.Id, r.ToOrganisationId, r.SharedCategories, r.SentAt }).ToListAsync(ct);
        var transmitted = candidates
            .Where(r => consent.RecipientOrganisationIds.Contains(r.ToOrganisationId)
                && r.SharedCategories.Any(cat => consent.Categories.Contains(cat) && consent.Covers(r.ToOrganisationId, cat, r.SentAt!.Value)))
            .OrderBy(r => r.SentAt).Select(r => r.Id).ToList();
        if (consent.Revoke(now, input.Note, transmitted) is { } refused) return refused;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Einwilligung");
        }
        return consent;
    }
}
