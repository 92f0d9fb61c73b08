using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Network;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;

namespace Lotse.Web.Features.Network.Offers;

public sealed record NamedId(Guid Id, string Name);

public sealed record OfferDto(
    Guid Id, Guid OrganisationId, string OrganisationName, string Title, string Description,
    LifeDomain LifeDomain, string LifeDomainName, int? MinAge, int? MaxAge,
    IReadOnlyList<ResidenceStatusType> ResidenceStatusTypes, IReadOnlyList<string> ResidenceStatusNames,
    IReadOnlyList<string> TargetLanguages, IReadOnlyList<string> Languages, IReadOnlyList<NamedId> Municipalities,
    int? Capacity, int? WaitingWeeks, string? ContactName, string? ContactEmail, string? ContactPhone,
    DateOnly? ValidFrom, DateOnly? ValidUntil, bool CanEdit, int Version)
{
    public string AgeRange => (MinAge, MaxAge) switch
    {
        (null, null) => "alle Altersgruppen",
        ({ } min, null) => $"ab {min} Jahren",
        (null, { } max) => $"bis {max} Jahre",
        ({ } min, { } max) => $"{min}–{max} Jahre"
    };

    public static OfferDto From(Offer o, string organisationName, IReadOnlyDictionary<Guid, string> municipalities, bool canEdit) => new(
        o.Id, o.OrganisationId, organisationName, o.Title, o.Description, o.LifeDomain, CaseNames.Of(o.LifeDomain), o.MinAge, o.MaxAge,
        o.ResidenceStatusTypes, o.ResidenceStatusTypes.Select(ClientNames.Of).ToList(), o.TargetLanguages, o.Languages,
        o.MunicipalityIds.Select(id => new NamedId(id, municipalities.GetValueOrDefault(id, "?"))).OrderBy(m => m.Name).ToList(),
        o.Capacity, o.WaitingWeeks, o.ContactName, o.ContactEmail, o.ContactPhone, o.ValidFrom, o.ValidUntil, canEdit, o.Version);
}

/// <summary>Filters of the offer search (all optional) and the keyset cursor of the next page.</summary>
public sealed class OfferSearch
{
    public LifeDomain? LifeDomain { get; set; }
    public Guid? MunicipalityId { get; set; }
    [StringLength(100, ErrorMessage = "Die Sprache darf höchstens 100 Zeichen lang sein.")]
    public string? Language { get; set; }
    [Range(0, 120, ErrorMessage = "Das Alter muss zwischen 0 und 120 liegen.")]
    public int? Age { get; set; }
    public ResidenceStatusType? ResidenceStatus { get; set; }
    [StringLength(200, ErrorMessage = "Der Suchtext darf höchstens 200 Zeichen lang sein.")]
    public string? Text { get; set; }
    /// <summary>Also offers outside their validity period (default: only those valid today).</summary>
    public bool IncludeExpired { get; set; }
    /// <summary>The "next" value of the previous page.</summary>
    [StringLength(400)]
    public string? After { get; set; }
    [Range(1, 100, ErrorMessage = "Die Seitengröße muss zwischen 1 und 100 liegen.")]
    public int PageSize { get; set; } = 20;
}

public sealed record OfferPage(IReadOnlyList<OfferDto> Items, string? Next);

/// <summary>What the Koordinierende Stelle or an organisation's staff enter for an offer (form and API body).</summary>
public sealed class OfferInput
{
    [Display(Name = "Organisation")]
    public Guid? OrganisationId { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie den Titel des Angebots an.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Die Beschreibung darf höchstens 4000 Zeichen lang sein.")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Lebenslage.")]
    [EnumDataType(typeof(LifeDomain), ErrorMessage = "Diese Lebenslage gibt es nicht.")]
    [Display(Name = "Lebenslage")]
    public LifeDomain? LifeDomain { get; set; }

    [Range(0, 120, ErrorMessage = "Das Mindestalter muss zwischen 0 und 120 liegen.")]
    [Display(Name = "Alter von")]
    public int? MinAge { get; set; }

    [Range(0, 120, ErrorMessage = "Das Höchstalter muss zwischen 0 und 120 liegen.")]
    [Display(Name = "Alter bis")]
    public int? MaxAge { get; set; }

    [Display(Name = "Aufenthaltsstatus der Zielgruppe")]
    public List<ResidenceStatusType> ResidenceStatusTypes { get; set; } = [];

    [Display(Name = "Sprachen der Zielgruppe")]
    public List<string> TargetLanguages { get; set; } = [];

    [Display(Name = "Angebotene Sprachen")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Kommunen")]
    public List<Guid> MunicipalityIds { get; set; } = [];

    [Range(0, 100000, ErrorMessage = "Die Kapazität muss zwischen 0 und 100.000 liegen.")]
    [Display(Name = "Kapazität (Plätze)")]
    public int? Capacity { get; set; }

    [Range(0, 520, ErrorMessage = "Die Wartezeit muss zwischen 0 und 520 Wochen liegen.")]
    [Display(Name = "Aktuelle Wartezeit (Wochen)")]
    public int? WaitingWeeks { get; set; }

    [StringLength(200, ErrorMessage = "Der Kontakt darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Ansprechstelle")]
    public string? ContactName { get; set; }

    [EmailAddress(ErrorMessage = "Die E-Mail-Adresse ist ungültig.")]
    [StringLength(200, ErrorMessage = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "E-Mail")]
    public string? ContactEmail { get; set; }

    [RegularExpression(@"^[0-9 +()/\-]{3,50}$", ErrorMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.")]
    [Display(Name = "Telefon")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Gültig ab")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Gültig bis")]
    public DateOnly? ValidUntil { get; set; }

    public int? Version { get; set; }

    public static OfferInput From(Offer o) => new()
    {
        OrganisationId = o.OrganisationId, Title = o.Title, Description = o.Description, LifeDomain = o.LifeDomain,
        MinAge = o.MinAge, MaxAge = o.MaxAge, ResidenceStatusTypes = [.. o.ResidenceStatusTypes], TargetLanguages = [.. o.TargetLanguages],
        Languages = [.. o.Languages], MunicipalityIds = [.. o.MunicipalityIds], Capacity = o.Capacity, WaitingWeeks = o.WaitingWeeks,
        ContactName = o.ContactName, ContactEmail = o.ContactEmail, ContactPhone = o.ContactPhone,
        ValidFrom = o.ValidFrom, ValidUntil = o.ValidUntil, Version = o.Version
    };
}

public static class LanguageNames
{
    /// <summary>"arabisch " → "Arabisch": one spelling per language so that filters match.</summary>
    public static string Normalise(string language)
    {
        var t = language.Trim();
        return t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..];
    }

    public static List<string> Clean(IEnumerable<string>? languages) =>
        (languages ?? []).Select(Normalise).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>A form's "Arabisch, Deutsch; Farsi" as a list.</summary>
    public static List<string> Split(string? text) =>
        Clean((text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
