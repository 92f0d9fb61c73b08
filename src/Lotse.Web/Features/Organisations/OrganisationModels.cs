using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain;

namespace Lotse.Web.Features.Organisations;

public sealed record OrganisationDto(
    Guid Id, string Name, OrganisationType Type, string TypeName, LegalDomain LegalDomain, string LegalDomainName,
    string? Street, string? PostalCode, string? City, string? ContactEmail, string? ContactPhone,
    Guid? MunicipalityId, bool IsActive, int Version)
{
    public static OrganisationDto From(Organisation o) => new(
        o.Id, o.Name, o.Type, GermanNames.Of(o.Type), o.LegalDomain, GermanNames.Of(o.LegalDomain),
        o.Street, o.PostalCode, o.City, o.ContactEmail, o.ContactPhone, o.MunicipalityId, o.IsActive, o.Version);
}

/// <summary>What an administrator enters for an organisation (form and API body).</summary>
public sealed class OrganisationInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen der Organisation an.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Bitte wählen Sie die Art der Organisation.")]
    [EnumDataType(typeof(OrganisationType), ErrorMessage = "Diese Organisationsart gibt es nicht.")]
    [Display(Name = "Art")]
    public OrganisationType? Type { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie den Rechtskreis (oder „keiner“).")]
    [EnumDataType(typeof(LegalDomain), ErrorMessage = "Diesen Rechtskreis gibt es nicht.")]
    [Display(Name = "Rechtskreis")]
    public LegalDomain? LegalDomain { get; set; }

    [StringLength(200, ErrorMessage = "Die Straße darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Straße und Hausnummer")]
    public string? Street { get; set; }

    [RegularExpression(@"^\d{5}$", ErrorMessage = "Die Postleitzahl besteht aus fünf Ziffern.")]
    [Display(Name = "Postleitzahl")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "Der Ort darf höchstens 100 Zeichen lang sein.")]
    [Display(Name = "Ort")]
    public string? City { get; set; }

    [EmailAddress(ErrorMessage = "Die E-Mail-Adresse ist ungültig.")]
    [StringLength(200, ErrorMessage = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "E-Mail")]
    public string? ContactEmail { get; set; }

    [RegularExpression(@"^[0-9 +()/\-]{3,50}$", ErrorMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.")]
    [Display(Name = "Telefon")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Kommune")]
    public Guid? MunicipalityId { get; set; }

    [Display(Name = "Aktiv")]
    public bool IsActive { get; set; } = true;

    /// <summary>The version the editor started from; a stale version is refused with 409.</summary>
    public int? Version { get; set; }

    public static OrganisationInput From(Organisation o) => new()
    {
        Name = o.Name, Type = o.Type, LegalDomain = o.LegalDomain, Street = o.Street, PostalCode = o.PostalCode,
        City = o.City, ContactEmail = o.ContactEmail, ContactPhone = o.ContactPhone,
        MunicipalityId = o.MunicipalityId, IsActive = o.IsActive, Version = o.Version
    };
}
