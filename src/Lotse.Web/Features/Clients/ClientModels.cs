using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Clients;

namespace Lotse.Web.Features.Clients;

/// <summary>What a case manager enters about a client (form and API body).</summary>
public sealed class ClientInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Vornamen an.")]
    [StringLength(200, ErrorMessage = "Der Vorname darf höchstens 200 Zeichen lang sein.")]
    public string? FirstName { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie den Nachnamen an.")]
    [StringLength(200, ErrorMessage = "Der Nachname darf höchstens 200 Zeichen lang sein.")]
    public string? LastName { get; set; }

    /// <summary>Other spellings and transliterations (passport, Arabic script, Jobcenter records, ...).</summary>
    [MaxLength(20, ErrorMessage = "Höchstens 20 Schreibweisen.")]
    public List<NameVariantInput>? NameVariants { get; set; }

    /// <summary>"1990-05-20", "1990-05", "1990" or German "20.05.1990", "05.1990".</summary>
    [Required(ErrorMessage = "Bitte geben Sie das Geburtsdatum an (auch nur das Jahr ist möglich).")]
    public string? BirthDate { get; set; }

    [EnumDataType(typeof(Sex), ErrorMessage = "Unbekannte Angabe zum Geschlecht.")]
    public Sex? Sex { get; set; }

    [MaxLength(5, ErrorMessage = "Höchstens 5 Staatsangehörigkeiten.")]
    public List<string>? Nationalities { get; set; }

    [MaxLength(10, ErrorMessage = "Höchstens 10 Sprachen.")]
    public List<string>? Languages { get; set; }

    public bool InterpreterNeeded { get; set; }

    [StringLength(100, ErrorMessage = "Höchstens 100 Zeichen.")]
    public string? InterpreterLanguage { get; set; }

    [StringLength(200, ErrorMessage = "Die Straße darf höchstens 200 Zeichen lang sein.")]
    public string? Street { get; set; }

    [RegularExpression(@"^\d{5}$", ErrorMessage = "Die Postleitzahl besteht aus fünf Ziffern.")]
    public string? PostalCode { get; set; }

    public Guid? MunicipalityId { get; set; }

    /// <summary>Date of entry to Germany.</summary>
    public DateOnly? EntryDate { get; set; }

    [MaxLength(30, ErrorMessage = "Höchstens 30 Haushaltsmitglieder.")]
    public List<HouseholdMemberInput>? Household { get; set; }

    [MaxLength(30, ErrorMessage = "Höchstens 30 Leistungszeiträume.")]
    public List<BenefitInput>? Benefits { get; set; }

    [MaxLength(50, ErrorMessage = "Höchstens 50 Einträge zum Aufenthaltsstatus.")]
    public List<ResidenceStatusInput>? ResidenceStatuses { get; set; }

    [MaxLength(30, ErrorMessage = "Höchstens 30 Kontakte.")]
    public List<ContactInput>? Contacts { get; set; }

    /// <summary>For edits: the version the editor started from.</summary>
    public int? Version { get; set; }
}

public sealed class NameVariantInput
{
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? FirstName { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie den Nachnamen der Schreibweise an.")]
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? LastName { get; set; }
    [StringLength(100, ErrorMessage = "Höchstens 100 Zeichen.")] public string? Source { get; set; }
}

public sealed class HouseholdMemberInput
{
    [Required(ErrorMessage = "Bitte geben Sie die Beziehung an (z. B. Kind, Ehepartner:in).")]
    [StringLength(100, ErrorMessage = "Höchstens 100 Zeichen.")] public string? Relation { get; set; }
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? Name { get; set; }
    [Range(1900, 2100, ErrorMessage = "Bitte ein gültiges Geburtsjahr angeben.")] public int? BirthYear { get; set; }
    public bool IsMinorChild { get; set; }
}

public sealed class BenefitInput
{
    [Required(ErrorMessage = "Bitte wählen Sie die Leistung.")]
    [EnumDataType(typeof(BenefitKind), ErrorMessage = "Unbekannte Leistung.")]
    public BenefitKind? Kind { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie den Beginn an.")] public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
}

public sealed class ResidenceStatusInput
{
    /// <summary>Set for an existing entry (keeps its source); empty for a new one.</summary>
    public Guid? Id { get; set; }
    [Required(ErrorMessage = "Bitte wählen Sie den Aufenthaltsstatus.")]
    [EnumDataType(typeof(ResidenceStatusType), ErrorMessage = "Unbekannter Aufenthaltsstatus.")]
    public ResidenceStatusType? Type { get; set; }
    [StringLength(100, ErrorMessage = "Höchstens 100 Zeichen.")] public string? LegalBasis { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
}

public sealed class ContactInput
{
    public Guid? OrganisationId { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie den Namen der Kontaktperson an.")]
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? PersonName { get; set; }
    [RegularExpression(@"^[0-9 +()/\-]{3,50}$", ErrorMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.")]
    public string? Phone { get; set; }
    [EmailAddress(ErrorMessage = "Die E-Mail-Adresse ist ungültig.")] public string? Email { get; set; }
    [StringLength(100, ErrorMessage = "Höchstens 100 Zeichen.")] public string? Role { get; set; }
}

public sealed record ClientDto(
    Guid Id, string FileNumber, string FirstName, string LastName, IReadOnlyList<NameVariantInput> NameVariants,
    string? BirthDate, string? BirthDateGerman, Sex Sex, IReadOnlyList<string> Nationalities, IReadOnlyList<string> Languages,
    bool InterpreterNeeded, string? InterpreterLanguage, string? Street, string? PostalCode, Guid? MunicipalityId,
    string? MunicipalityName, DateOnly? EntryDate, bool IsNewcomer, IReadOnlyList<HouseholdMember> Household,
    IReadOnlyList<BenefitPeriod> Benefits, IReadOnlyList<ResidenceStatusDto> ResidenceStatuses,
    IReadOnlyList<ExternalContact> Contacts, Guid? ActiveCaseId, int Version);

public sealed record ResidenceStatusDto(Guid Id, ResidenceStatusType Type, string TypeName, string? LegalBasis, DateOnly? IssuedOn, DateOnly? ValidUntil, string Source);

public sealed record ClientSummary(Guid Id, string FileNumber, string FirstName, string LastName, string? BirthDate, IReadOnlyList<string> Nationalities, Guid? ActiveCaseId);

public sealed class ClientSearchInput
{
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? Name { get; set; }
    [StringLength(20, ErrorMessage = "Höchstens 20 Zeichen.")] public string? BirthDate { get; set; }
    [StringLength(20, ErrorMessage = "Höchstens 20 Zeichen.")] public string? FileNumber { get; set; }
    /// <summary>Keyset cursor: the last (LastName, Id) of the previous page, as returned in "next".</summary>
    public string? After { get; set; }
    [Range(1, 200, ErrorMessage = "Die Seitengröße liegt zwischen 1 und 200.")] public int PageSize { get; set; } = 50;
}

public sealed record ClientSearchResult(IReadOnlyList<ClientSummary> Items, string? Next);

public sealed class DuplicateCheckInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Vornamen an.")]
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? FirstName { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie den Nachnamen an.")]
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? LastName { get; set; }
    [StringLength(20, ErrorMessage = "Höchstens 20 Zeichen.")] public string? BirthDate { get; set; }
    [MaxLength(5, ErrorMessage = "Höchstens 5 Staatsangehörigkeiten.")] public List<string>? Nationalities { get; set; }
}

public sealed record DuplicateCandidate(Guid ClientId, double Score, IReadOnlyList<string> Reasons);
