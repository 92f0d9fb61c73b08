using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Network;

namespace Lotse.Web.Features.Network.ServiceChains;

public static class DurationNames
{
    public static string Of(DurationUnit unit) => unit == DurationUnit.WorkingDays ? "Arbeitstage" : "Kalendertage";
    public static string Target(int duration, DurationUnit unit) => $"{duration} {Of(unit)}";
}

public sealed record FiguresDto(int Count, int Completed, int Open, int OpenOverdue, double? Median, double? Percentile80, double? ShareWithinTarget)
{
    public static FiguresDto From(ChainFigures f) => new(f.Count, f.Completed, f.Open, f.OpenOverdue, f.Median, f.Percentile80, f.ShareWithinTarget);
}
public sealed record OrganisationFiguresDto(Guid OrganisationId, string OrganisationName, FiguresDto Figures);
public sealed record MonthFiguresDto(string Month, FiguresDto Figures);

public sealed record ChainStepDto(
    Guid Id, int Position, string Title, Guid ResponsibleOrganisationId, string ResponsibleOrganisationName,
    int TargetDuration, DurationUnit TargetUnit, string TargetText, Guid? StandardId,
    FiguresDto Figures, IReadOnlyList<OrganisationFiguresDto> ByOrganisation, IReadOnlyList<MonthFiguresDto> ByMonth, bool IsBreak);

public sealed record ChainSummaryDto(Guid Id, string Name, string Need, int Steps);

public sealed record ChainDto(Guid Id, string Name, string Need, IReadOnlyList<ChainStepDto> Steps, Guid? BreakStepId, string? BreakText, int Version);

public sealed class ChainStepInput
{
    [Required(ErrorMessage = "Bitte geben Sie die Bezeichnung des Schritts an.")]
    [StringLength(200, ErrorMessage = "Die Bezeichnung darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Schritt")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die verantwortliche Organisation.")]
    [Display(Name = "Verantwortlich")]
    public Guid? ResponsibleOrganisationId { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie die Zieldauer an.")]
    [Range(0, 365, ErrorMessage = "Die Zieldauer muss zwischen 0 und 365 Tagen liegen.")]
    [Display(Name = "Zieldauer")]
    public int? TargetDuration { get; set; }

    [Display(Name = "Einheit")]
    public DurationUnit TargetUnit { get; set; } = DurationUnit.WorkingDays;

    [Display(Name = "Servicestandard")]
    public Guid? StandardId { get; set; }
}

public sealed class ChainInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen der Dienstleistungskette an.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Der typische Bedarf darf höchstens 2000 Zeichen lang sein.")]
    [Display(Name = "Typischer Bedarf")]
    public string? Need { get; set; }

    public List<ChainStepInput> Steps { get; set; } = [];

    public int? Version { get; set; }
}
