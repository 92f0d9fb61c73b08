using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Steering;

namespace Lotse.Web.Features.Steering.Obstacles;

public sealed class ObstacleInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte wählen Sie die Art des Hemmnisses.")]
    public ObstacleCategory? Category { get; set; }
    public List<Guid> OrganisationIds { get; set; } = [];
    public LegalDomain? LegalDomain { get; set; }
    [Required(ErrorMessage = "Bitte wählen Sie die Lebenslage.")]
    public LifeDomain? LifeDomain { get; set; }
    [Required(ErrorMessage = "Bitte beschreiben Sie das Hemmnis kurz.")]
    [StringLength(Obstacle.DescriptionMaxLength, ErrorMessage = "Die Beschreibung darf höchstens 1000 Zeichen lang sein.")]
    public string? Description { get; set; }
    public Guid? PlanStepId { get; set; }
    public Guid? ReferralId { get; set; }
    /// <summary>The case manager has seen the personal-data warning and keeps the text.</summary>
    public bool ConfirmNoPersonalData { get; set; }
}

/// <summary>An obstacle as its case's participants see it on the case page.</summary>
public sealed record CaseObstacleDto(Guid Id, DateOnly RecordedOn, string PhaseName, ObstacleCategory Category, string CategoryName,
    IReadOnlyList<string> Organisations, LegalDomain? LegalDomain, LifeDomain LifeDomain, string LifeDomainName,
    string Description, Guid? PlanStepId, string? PlanStep, Guid? ReferralId, string? TopicTitle);

/// <summary>An obstacle on the Koordinierende Stelle's board: month, not day; no case, no client.</summary>
public sealed record BoardObstacleDto(Guid Id, string Month, ObstacleCategory Category, string CategoryName,
    IReadOnlyList<string> Organisations, string? LegalDomainName, string LifeDomainName, string? RegionName,
    string Description, Guid? TopicId, string? TopicTitle);

public sealed class BoardFilter
{
    /// <summary>First month of the period, "yyyy-MM" (default: 11 months before this month).</summary>
    public string? From { get; set; }
    /// <summary>Last month of the period, "yyyy-MM" (default: this month).</summary>
    public string? To { get; set; }
}
