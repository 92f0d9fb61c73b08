using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Network;
using Lotse.Web.Features.Network.Offers;
using Lotse.Web.Features.Network.ServiceChains;

namespace Lotse.Web.Features.Network.Agreements;

public sealed record StandardDto(
    Guid Id, string Text, Guid ResponsibleOrganisationId, string ResponsibleOrganisationName, string FromEvent, string ToEvent,
    int TargetDuration, DurationUnit TargetUnit, string TargetText, FiguresDto Figures, IReadOnlyList<OrganisationFiguresDto> ByOrganisation,
    IReadOnlyList<MonthFiguresDto> ByMonth);

public sealed record AgreementSummaryDto(Guid Id, string Subject, IReadOnlyList<string> Parties, DateOnly ValidFrom, DateOnly? ValidUntil, int Standards, bool HasDocument);

public sealed record AgreementDto(
    Guid Id, string Subject, IReadOnlyList<NamedId> Parties, DateOnly ValidFrom, DateOnly? ValidUntil,
    string? DocumentName, long? DocumentSize, IReadOnlyList<StandardDto> Standards, int Version);

public sealed class StandardInput
{
    [Required(ErrorMessage = "Bitte beschreiben Sie den Servicestandard.")]
    [StringLength(1000, ErrorMessage = "Der Servicestandard darf höchstens 1000 Zeichen lang sein.")]
    [Display(Name = "Servicestandard")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die verantwortliche Organisation.")]
    [Display(Name = "Verantwortlich")]
    public Guid? ResponsibleOrganisationId { get; set; }

    [StringLength(200, ErrorMessage = "Das Startereignis darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Von (Ereignis)")]
    public string? FromEvent { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie das Ereignis an, das innerhalb der Frist eintreten soll.")]
    [StringLength(200, ErrorMessage = "Das Zielereignis darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Bis (Ereignis)")]
    public string? ToEvent { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie die Zieldauer an.")]
    [Range(0, 365, ErrorMessage = "Die Zieldauer muss zwischen 0 und 365 Tagen liegen.")]
    [Display(Name = "Zieldauer")]
    public int? TargetDuration { get; set; }

    [Display(Name = "Einheit")]
    public DurationUnit TargetUnit { get; set; } = DurationUnit.WorkingDays;
}

public sealed class AgreementInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Gegenstand der Vereinbarung an.")]
    [StringLength(500, ErrorMessage = "Der Gegenstand darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Gegenstand")]
    public string Subject { get; set; } = "";

    [Display(Name = "Vertragsparteien")]
    public List<Guid> PartyIds { get; set; } = [];

    [Required(ErrorMessage = "Bitte geben Sie an, ab wann die Vereinbarung gilt.")]
    [Display(Name = "Gültig ab")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Gültig bis")]
    public DateOnly? ValidUntil { get; set; }

    public List<StandardInput> Standards { get; set; } = [];

    public int? Version { get; set; }
}

/// <summary>Limits of the agreement document: a PDF of at most 10 MB, recognised by its content.</summary>
public static class AgreementDocumentRules
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string MaxText = "10 MB";
}
