using System.ComponentModel.DataAnnotations;

namespace Lotse.Web.Features.StaffPlanning;

public sealed record StaffPlanRegionDto(
    Guid? RegionId, string Region, int Newcomers, double Share, decimal AllocatedFte, decimal RequiredFte, int ActiveCases, decimal? CasesPerAllocatedFte,
    IReadOnlyDictionary<string, int> ByCategory);

public sealed record StaffPlanDto(
    Guid Id, string FileName, DateTimeOffset ImportedAt, int TargetRatio, decimal AvailableFte, IReadOnlyList<string> Categories,
    int TotalNewcomers, decimal RequiredFte, bool Distributed, IReadOnlyList<StaffPlanRegionDto> Regions, int Version);

/// <summary>Ratio and available VZÄ of a plan (with the import or changed later).</summary>
public sealed class StaffPlanParameters
{
    [Required(ErrorMessage = "Bitte geben Sie den Betreuungsschlüssel an.")]
    [Range(1, 10000, ErrorMessage = "Der Betreuungsschlüssel muss zwischen 1 und 10.000 liegen.")]
    [Display(Name = "Betreuungsschlüssel (Personen je VZÄ)")]
    public int? TargetRatio { get; set; } = 100;

    [Required(ErrorMessage = "Bitte geben Sie die verfügbaren VZÄ an.")]
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Die verfügbaren VZÄ müssen zwischen 0 und 10.000 liegen.")]
    [Display(Name = "Verfügbare VZÄ")]
    public decimal? AvailableFte { get; set; }

    public int? Version { get; set; }
}
