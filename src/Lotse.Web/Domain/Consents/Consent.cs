using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Consents;

/// <summary>
/// One consent of a client: which recipient organisations may see which data categories, for which purpose, from
/// when until when. Revocation takes effect at once (<see cref="RevokedAt"/>); a revoked or expired consent
/// releases nothing, neither new nor old data. Consents are never deleted, so what was released when stays provable.
/// </summary>
public class Consent : IVersioned, IPersonalData
{
    /// <summary>Below this age the guardian's consent must be recorded.</summary>
    public const int AgeOfOwnConsent = 15;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public List<Guid> RecipientOrganisationIds { get; set; } = [];
    public List<DataCategory> Categories { get; set; } = [];
    public string Purpose { get; set; } = "";
    public DateOnly GivenOn { get; set; }
    public ConsentForm Form { get; set; }
    public DateOnly? ValidUntil { get; set; }
    /// <summary>Health data is released only with this explicit, separate declaration (Art. 9 Abs. 2 lit. a DSGVO).</summary>
    public bool HealthExplicit { get; set; }
    /// <summary>Name of the guardian who consented for a client under 15.</summary>
    public string? GuardianName { get; set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevocationNote { get; private set; }
    /// <summary>
    /// What had already been transmitted under this consent when it was revoked: the referrals that had shared data
    /// it covered. Recorded at revocation, so the record shows what the recipients received before.
    /// </summary>
    public List<Guid> TransmittedReferralIds { get; private set; } = [];
    public Guid RecordedByUserId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Valid at an instant: given, not expired, not revoked before it.</summary>
    public bool IsValidAt(DateTimeOffset instant)
    {
        var day = LocalCalendar.Day(instant);
        return GivenOn <= day && (ValidUntil is null || day <= ValidUntil) && (RevokedAt is null || instant < RevokedAt);
    }

    /// <summary>Does this consent release <paramref name="category"/> to <paramref name="organisationId"/> at that instant?</summary>
    public bool Covers(Guid organisationId, DataCategory category, DateTimeOffset instant) =>
        IsValidAt(instant)
        && RecipientOrganisationIds.Contains(organisationId)
        && Categories.Contains(category)
        && (category != DataCategory.Health || HealthExplicit);

    /// <summary>
    /// Checks a new consent. <paramref name="clientAgeOnGivenOn"/> is null when the birth date is unknown or too
    /// partial to tell; then the guardian is not demanded.
    /// </summary>
    public Error? Validate(DateOnly today, int? clientAgeOnGivenOn)
    {
        var errors = new Dictionary<string, string[]>();
        if (RecipientOrganisationIds.Count == 0) errors["recipientOrganisationIds"] = ["Bitte wählen Sie mindestens eine empfangende Stelle."];
        if (Categories.Count == 0) errors["categories"] = ["Bitte wählen Sie mindestens eine Datenkategorie."];
        if (string.IsNullOrWhiteSpace(Purpose)) errors["purpose"] = ["Bitte geben Sie den Zweck der Einwilligung an."];
        else if (Purpose.Length > 2000) errors["purpose"] = ["Der Zweck darf höchstens 2000 Zeichen lang sein."];
        if (GivenOn > today) errors["givenOn"] = ["Eine Einwilligung kann nicht in der Zukunft erteilt werden."];
        if (ValidUntil is { } until && until < GivenOn) errors["validUntil"] = ["„Gültig bis“ liegt vor dem Tag der Erteilung."];
        if (Categories.Contains(DataCategory.Health) && !HealthExplicit)
            errors["healthExplicit"] = ["Gesundheitsdaten dürfen nur mit einer ausdrücklichen, gesonderten Einwilligung weitergegeben werden."];
        if (clientAgeOnGivenOn is < AgeOfOwnConsent && string.IsNullOrWhiteSpace(GuardianName))
            errors["guardianName"] = ["Die Person ist jünger als 15 Jahre: Bitte erfassen Sie die Einwilligung der sorgeberechtigten Person."];
        return errors.Count == 0 ? null : Error.Invalid(errors);
    }

    public Error? Revoke(DateTimeOffset at, string? note, IReadOnlyCollection<Guid>? transmittedReferralIds = null)
    {
        if (IsRevoked) return new Error(ErrorKind.Conflict, "Diese Einwilligung wurde bereits widerrufen.");
        if (note?.Length > 2000) return Error.Invalid("note", "Die Notiz zum Widerruf darf höchstens 2000 Zeichen lang sein.");
        RevokedAt = at;
        RevocationNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        TransmittedReferralIds = [.. transmittedReferralIds ?? []];
        return null;
    }
}
