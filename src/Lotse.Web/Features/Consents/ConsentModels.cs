using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Consents;

namespace Lotse.Web.Features.Consents;

/// <summary>A consent as the case manager records it (form and API body).</summary>
public sealed class ConsentInput
{
    /// <summary>The organisations that may receive the data.</summary>
    [MaxLength(20, ErrorMessage = "Höchstens 20 empfangende Stellen.")]
    public List<Guid>? RecipientOrganisationIds { get; set; }

    [MaxLength(20, ErrorMessage = "Zu viele Datenkategorien.")]
    public List<DataCategory>? Categories { get; set; }

    [StringLength(2000, ErrorMessage = "Der Zweck darf höchstens 2000 Zeichen lang sein.")]
    public string? Purpose { get; set; }

    public DateOnly? GivenOn { get; set; }

    [EnumDataType(typeof(ConsentForm), ErrorMessage = "Unbekannte Form der Einwilligung.")]
    public ConsentForm? Form { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>The separate, explicit declaration for health data (Art. 9 DSGVO).</summary>
    public bool HealthExplicit { get; set; }

    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    public string? GuardianName { get; set; }
}

public sealed class RevocationInput
{
    [StringLength(2000, ErrorMessage = "Die Notiz darf höchstens 2000 Zeichen lang sein.")]
    public string? Note { get; set; }

    /// <summary>The version of the consent the user saw (409 if it changed meanwhile).</summary>
    public int? Version { get; set; }
}

public enum ConsentStatus { Valid, NotYetValid, Expired, Revoked }

public sealed record NamedOrganisation(Guid Id, string Name);
public sealed record NamedCategory(DataCategory Category, string Name);
public sealed record TransmittedReferral(Guid Id, string Service, string OrganisationName, DateTimeOffset? SentAt, string Status);

public sealed record ConsentDto(
    Guid Id, Guid ClientId, IReadOnlyList<NamedOrganisation> Recipients, IReadOnlyList<NamedCategory> Categories, string Purpose,
    DateOnly GivenOn, ConsentForm Form, string FormName, DateOnly? ValidUntil, bool HealthExplicit, string? GuardianName,
    ConsentStatus Status, string StatusName, DateTimeOffset? RevokedAt, string? RevocationNote,
    IReadOnlyList<TransmittedReferral> TransmittedBeforeRevocation, DateTimeOffset RecordedAt, int Version);

public sealed record OrganisationAccessDto(Guid OrganisationId, string OrganisationName, IReadOnlyList<NamedCategory> Categories, IReadOnlyList<string> Reasons);

public static class ConsentNames
{
    public static string Of(ConsentStatus s) => s switch
    {
        ConsentStatus.Valid => "gültig",
        ConsentStatus.NotYetValid => "noch nicht gültig",
        ConsentStatus.Expired => "abgelaufen",
        _ => "widerrufen"
    };

    public static string Of(ConsentForm f) => f switch
    {
        ConsentForm.SignedPaper => "Papier, unterschrieben und eingescannt",
        _ => "elektronisch"
    };

    public static ConsentStatus StatusAt(Consent k, DateTimeOffset now)
    {
        if (k.RevokedAt is { } revoked && revoked <= now) return ConsentStatus.Revoked;
        var today = Domain.LocalCalendar.Day(now);
        if (k.GivenOn > today) return ConsentStatus.NotYetValid;
        if (k.ValidUntil is { } until && until < today) return ConsentStatus.Expired;
        return ConsentStatus.Valid;
    }
}

/// <summary>Age from a possibly partial birth date, only where it is certain.</summary>
public static class ConsentAge
{
    /// <summary>
    /// The client's age on <paramref name="on"/> when it is certain, or a bound that is certain on the relevant side of
    /// <see cref="Consent.AgeOfOwnConsent"/>: every possible birth day gives an age below 15 → the oldest possible age;
    /// every one gives 15 or more → the youngest. Null when the birth date cannot tell (then no guardian is demanded).
    /// A recorded 1 January counts as unknown day and month (the usual placeholder for an unknown birth date).
    /// </summary>
    public static int? CertainAgeOn(int? year, int? month, int? day, DateOnly on)
    {
        if (year is not { } y || y < 1 || y > 9999) return null;
        if (month == 1 && day == 1) (month, day) = (null, null);
        var earliest = new DateOnly(y, month ?? 1, day ?? 1);
        var latest = month is { } m ? (day is { } d ? new DateOnly(y, m, d) : new DateOnly(y, m, DateTime.DaysInMonth(y, m))) : new DateOnly(y, 12, 31);
        int AgeIfBorn(DateOnly birth) => on.Year - birth.Year - (on < birth.AddYears(on.Year - birth.Year) ? 1 : 0);
        var oldest = AgeIfBorn(earliest);
        var youngest = AgeIfBorn(latest);
        if (oldest == youngest) return oldest;
        if (oldest < Consent.AgeOfOwnConsent) return oldest;
        if (youngest >= Consent.AgeOfOwnConsent) return youngest;
        return null;
    }
}
