using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain;

namespace Lotse.Web.Features.Territory;

public sealed record MunicipalityDto(Guid Id, string Name, string? OfficialKey, Guid? RegionId, string? RegionName, int Version)
{
    public static MunicipalityDto From(Municipality m) => new(m.Id, m.Name, m.OfficialKey, m.RegionId, m.Region?.Name, m.Version);
}

/// <summary>What an administrator enters for a Kommune (form and API body).</summary>
public sealed class MunicipalityInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen der Kommune an.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [RegularExpression(@"^\d{8}$", ErrorMessage = "Der Amtliche Gemeindeschlüssel besteht aus genau acht Ziffern (z. B. 05999001).")]
    [Display(Name = "Amtlicher Gemeindeschlüssel (optional)")]
    public string? OfficialKey { get; set; }

    [Display(Name = "Regionalbereich")]
    public Guid? RegionId { get; set; }

    /// <summary>The version the editor started from; a stale version is refused with 409.</summary>
    public int? Version { get; set; }

    public static MunicipalityInput From(Municipality m) => new()
    {
        Name = m.Name, OfficialKey = m.OfficialKey, RegionId = m.RegionId, Version = m.Version
    };
}

public sealed record RegionDto(Guid Id, string Name, string? MainSite, IReadOnlyList<Guid> MunicipalityIds, int Version)
{
    public static RegionDto From(Region r) => new(
        r.Id, r.Name, r.MainSite, r.Municipalities.OrderBy(m => m.Name).Select(m => m.Id).ToList(), r.Version);
}

/// <summary>What an administrator enters for a Regionalbereich (form and API body).</summary>
public sealed class RegionInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen des Regionalbereichs an.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "Der Hauptstandort darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Hauptstandort")]
    public string? MainSite { get; set; }

    /// <summary>The Kommunen of this Regionalbereich. A Kommune assigned here leaves its previous Regionalbereich.</summary>
    [Display(Name = "Kommunen")]
    public List<Guid> MunicipalityIds { get; set; } = [];

    /// <summary>The version the editor started from; a stale version is refused with 409.</summary>
    public int? Version { get; set; }

    public static RegionInput From(Region r) => new()
    {
        Name = r.Name, MainSite = r.MainSite, MunicipalityIds = r.Municipalities.Select(m => m.Id).ToList(), Version = r.Version
    };
}
