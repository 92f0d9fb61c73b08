using System.Text;
using Lotse.Web.Data;
using Lotse.Web.Domain.Network;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.Offers;

/// <summary>
/// The Angebotslandkarte: search (keyset-paged, by title then id), read, create and change offers. Shared by the pages,
/// the API and — later — the referral planning, which calls <see cref="SearchAsync"/> with the client's age, status and
/// language (values only in memory and in the POST body, never in a URL).
/// </summary>
public sealed class OfferDirectory(LotseDbContext db, NetworkAccess access, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<Result<OfferPage>> SearchAsync(OfferSearch search, CancellationToken ct)
    {
        if (Validation.Validate(search) is { } invalid) return invalid;
        var query = db.Offers.AsNoTracking();
        if (search.LifeDomain is { } domain) query = query.Where(o => o.LifeDomain == domain);
        if (search.MunicipalityId is { } m) query = query.Where(o => o.MunicipalityIds.Contains(m));
        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            var language = LanguageNames.Normalise(search.Language);
            query = query.Where(o => o.Languages.Contains(language));
        }
        if (search.Age is { } age) query = query.Where(o => (o.MinAge == null || o.MinAge <= age) && (o.MaxAge == null || o.MaxAge >= age));
        if (search.ResidenceStatus is { } status)
            query = query.Where(o => o.ResidenceStatusTypes.Count == 0 || o.ResidenceStatusTypes.Contains(status));
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = search.Text.Trim().ToLower();
            query = query.Where(o => o.Title.ToLower().Contains(text) || o.Description.ToLower().Contains(text));
        }
        if (!search.IncludeExpired)
        {
            var today = Today;
            query = query.Where(o => (o.ValidFrom == null || o.ValidFrom <= today) && (o.ValidUntil == null || o.ValidUntil >= today));
        }
        if (search.After is { Length: > 0 } after)
        {
            if (DecodeCursor(after) is not { } cursor)
                return Error.Invalid("after", "Die Angabe für die nächste Seite ist ungültig. Bitte beginnen Sie die Suche neu.");
            var (title, id) = cursor;
            query = query.Where(o => string.Compare(o.Title, title) > 0 || (o.Title == title && o.Id.CompareTo(id) > 0));
        }
        var offers = await query.OrderBy(o => o.Title).ThenBy(o => o.Id).Take(search.PageSize + 1).ToListAsync(ct);
        var more = offers.Count > search.PageSize;
        if (more) offers.RemoveAt(offers.Count - 1);
        var items = await ToDtosAsync(offers, ct);
        return new OfferPage(items, more ? EncodeCursor(offers[^1].Title, offers[^1].Id) : null);
    }

    public async Task<Result<OfferDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return Error.NotFound("Das Angebot");
        return (await ToDtosAsync([offer], ct))[0];
    }

    public async Task<Result<OfferDto>> CreateAsync(OfferInput input, CancellationToken ct)
    {
        if (!access.CanCreateOffers) return NetworkAccess.Forbidden("Ihre Rolle erlaubt es nicht, Angebote anzulegen.");
        input.OrganisationId ??= access.MaintainsAllOffers ? null : access.OrganisationId;
        if (await ValidateAsync(input, ct) is { } error) return error;
        if (!access.CanEditOffersOf(input.OrganisationId!.Value))
            return NetworkAccess.Forbidden("Sie können nur Angebote Ihrer eigenen Organisation anlegen.");
        var offer = new Offer { Title = input.Title.Trim() };
        Apply(offer, input);
        db.Offers.Add(offer);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([offer], ct))[0];
    }

    public async Task<Result<OfferDto>> UpdateAsync(Guid id, OfferInput input, CancellationToken ct)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return Error.NotFound("Das Angebot");
        if (!access.CanEditOffersOf(offer.OrganisationId))
            return NetworkAccess.Forbidden("Sie können nur Angebote Ihrer eigenen Organisation ändern.");
        input.OrganisationId ??= offer.OrganisationId;
        if (input.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != offer.Version) return Error.Stale("Das Angebot");
        if (await ValidateAsync(input, ct) is { } error) return error;
        if (!access.CanEditOffersOf(input.OrganisationId.Value))
            return NetworkAccess.Forbidden("Sie können ein Angebot nicht an eine andere Organisation übergeben.");
        db.Entry(offer).Property(o => o.Version).OriginalValue = input.Version.Value;
        Apply(offer, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Das Angebot");
        }
        return (await ToDtosAsync([offer], ct))[0];
    }

    private async Task<Error?> ValidateAsync(OfferInput input, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (input.OrganisationId is not { } org)
            return Error.Invalid("organisationId", "Bitte wählen Sie die Organisation, die das Angebot macht.");
        if (!await db.Organisations.AnyAsync(o => o.Id == org, ct))
            return Error.Invalid("organisationId", "Diese Organisation gibt es nicht.");
        if (input.MinAge > input.MaxAge)
            return Error.Invalid("maxAge", "Das Höchstalter darf nicht unter dem Mindestalter liegen.");
        if (input.ValidFrom > input.ValidUntil)
            return Error.Invalid("validUntil", "„Gültig bis“ darf nicht vor „Gültig ab“ liegen.");
        var municipalities = input.MunicipalityIds.Distinct().ToList();
        if (municipalities.Count == 0)
            return Error.Invalid("municipalityIds", "Bitte wählen Sie mindestens eine Kommune, in der das Angebot besteht.");
        if (await db.Municipalities.CountAsync(m => municipalities.Contains(m.Id), ct) != municipalities.Count)
            return Error.Invalid("municipalityIds", "Mindestens eine der gewählten Kommunen gibt es nicht.");
        if (input.ResidenceStatusTypes.Any(s => !Enum.IsDefined(s)))
            return Error.Invalid("residenceStatusTypes", "Diesen Aufenthaltsstatus gibt es nicht.");
        if (input.Languages.Concat(input.TargetLanguages).Any(l => l is null || l.Length > 100))
            return Error.Invalid("languages", "Eine Sprache darf höchstens 100 Zeichen lang sein.");
        return null;
    }

    private void Apply(Offer o, OfferInput input)
    {
        o.OrganisationId = input.OrganisationId!.Value;
        o.Title = input.Title.Trim();
        o.Description = input.Description?.Trim() ?? "";
        o.LifeDomain = input.LifeDomain!.Value;
        o.MinAge = input.MinAge;
        o.MaxAge = input.MaxAge;
        o.ResidenceStatusTypes = input.ResidenceStatusTypes.Distinct().Order().ToList();
        o.TargetLanguages = LanguageNames.Clean(input.TargetLanguages);
        o.Languages = LanguageNames.Clean(input.Languages);
        o.MunicipalityIds = input.MunicipalityIds.Distinct().ToList();
        o.Capacity = input.Capacity;
        o.WaitingWeeks = input.WaitingWeeks;
        o.ContactName = Clean(input.ContactName);
        o.ContactEmail = Clean(input.ContactEmail);
        o.ContactPhone = Clean(input.ContactPhone);
        o.ValidFrom = input.ValidFrom;
        o.ValidUntil = input.ValidUntil;
        o.UpdatedAt = clock.GetUtcNow();
    }

    private async Task<List<OfferDto>> ToDtosAsync(IReadOnlyList<Offer> offers, CancellationToken ct)
    {
        var orgIds = offers.Select(o => o.OrganisationId).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return offers.Select(o => OfferDto.From(o, orgs.GetValueOrDefault(o.OrganisationId, "?"), municipalities, access.CanEditOffersOf(o.OrganisationId))).ToList();
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string EncodeCursor(string title, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id:N}|{title}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static (string Title, Guid Id)? DecodeCursor(string cursor)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            var bar = text.IndexOf('|');
            return bar == 32 && Guid.TryParseExact(text[..bar], "N", out var id) ? (text[(bar + 1)..], id) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
