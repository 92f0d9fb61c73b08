using Lotse.Web.Domain.Cases;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Steering;

/// <summary>Kinds of Hemmnis / Versorgungslücke a case manager can record.</summary>
public enum ObstacleCategory
{
    MissingOffer,            // fehlendes Angebot
    WaitingTime,             // Wartezeit
    UnclearResponsibility,   // unklare Zuständigkeit
    ContradictoryMeasures,   // widersprüchliche Maßnahmen zwischen Stellen
    LanguageBarrier,         // Sprachbarriere
    AccessBarrier,           // Zugangshürde zu einem Rechtsanspruch
    DataNotExchanged,        // Daten nicht ausgetauscht
    Other
}

/// <summary>
/// A Hemmnis (obstacle, gap in provision) met in a single case. It belongs to the case (who recorded it where),
/// but everything the steering side sees of it is aggregated: category, organisations, life domain, month.
/// The description is meant to be free of personal data; Lotse warns, it cannot guarantee.
/// </summary>
public class Obstacle : IVersioned, IPersonalData
{
    public const int DescriptionMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    /// <summary>The organisation holding the case when the obstacle was recorded.</summary>
    public Guid RecordedByOrganisationId { get; set; }
    public Guid RecordedById { get; set; }
    public DateOnly RecordedOn { get; set; }
    /// <summary>The case phase the obstacle was recorded in (also "Closed" at closure).</summary>
    public CasePhase Phase { get; set; }
    public ObstacleCategory Category { get; set; }
    /// <summary>Organisations involved (e.g. the Jobcenter whose waiting time it was).</summary>
    public List<Guid> OrganisationIds { get; set; } = [];
    public LegalDomain? LegalDomain { get; set; }
    public LifeDomain LifeDomain { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Optional: the plan step it concerns.</summary>
    public Guid? PlanStepId { get; set; }
    /// <summary>Optional: the referral it concerns (filled by the referrals feature).</summary>
    public Guid? ReferralId { get; set; }
    /// <summary>The topic (Thema) the Koordinierende Stelle grouped it into.</summary>
    public Guid? TopicId { get; set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public static Result<Obstacle> Record(ObstacleDraft d, Case @case, Guid userId, DateOnly today)
    {
        var fields = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(d.Description)) fields["description"] = ["Bitte beschreiben Sie das Hemmnis kurz."];
        else if (d.Description.Trim().Length > DescriptionMaxLength) fields["description"] = [$"Die Beschreibung darf höchstens {DescriptionMaxLength} Zeichen lang sein."];
        if (d.OrganisationIds.Count == 0 && d.LegalDomain is null)
            fields["organisationIds"] = ["Bitte nennen Sie die beteiligte Organisation oder den Rechtskreis."];
        if (d.PlanStepId is { } step && !@case.Goals.SelectMany(g => g.Steps).Any(s => s.Id == step))
            fields["planStepId"] = ["Diesen Schritt gibt es in diesem Fall nicht."];
        if (fields.Count > 0) return Error.Invalid(fields);
        return new Obstacle
        {
            CaseId = @case.Id, RecordedByOrganisationId = @case.OrganisationId, RecordedById = userId, RecordedOn = today,
            Phase = @case.Phase, Category = d.Category, OrganisationIds = d.OrganisationIds.Distinct().ToList(), LegalDomain = d.LegalDomain,
            LifeDomain = d.LifeDomain, Description = d.Description!.Trim(), PlanStepId = d.PlanStepId, ReferralId = d.ReferralId
        };
    }
}

public sealed record ObstacleDraft(ObstacleCategory Category, IReadOnlyList<Guid> OrganisationIds, LegalDomain? LegalDomain,
    LifeDomain LifeDomain, string? Description, Guid? PlanStepId, Guid? ReferralId);

/// <summary>A Thema: obstacles the Koordinierende Stelle grouped, possibly handed to a working group.</summary>
public class Topic : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly CreatedOn { get; set; }
    public Guid? WorkingGroupId { get; set; }
    public DateOnly? HandedOverOn { get; set; }
    public int Version { get; set; }

    public Error? HandTo(Guid workingGroupId, DateOnly today)
    {
        if (WorkingGroupId == workingGroupId) return new Error(ErrorKind.Conflict, "Das Thema liegt bereits bei dieser Arbeitsgruppe.");
        WorkingGroupId = workingGroupId;
        HandedOverOn = today;
        return null;
    }
}
