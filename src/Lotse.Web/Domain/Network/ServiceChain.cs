namespace Lotse.Web.Domain.Network;

/// <summary>Dienstleistungskette: an ordered sequence of steps across organisations for a typical need.</summary>
public class ServiceChain : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string Need { get; set; } = "";
    public List<ServiceChainStep> Steps { get; set; } = [];
    public int Version { get; set; }
}

public class ServiceChainStep
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ChainId { get; set; }
    /// <summary>1-based order within the chain.</summary>
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public Guid ResponsibleOrganisationId { get; set; }
    public int TargetDuration { get; set; }
    public DurationUnit TargetUnit { get; set; } = DurationUnit.WorkingDays;
    /// <summary>The service standard of an agreement this step implements, if any.</summary>
    public Guid? StandardId { get; set; }
}

/// <summary>
/// One measured pass through a chain step (or a service standard): who, when it started, when it ended (null = still open).
/// The first source is this table (demo data and manual entry); referrals tagged with a chain step will deliver the same
/// shape through <c>IServiceChainObservations</c>. Holds no client reference.
/// </summary>
public class ServiceChainObservation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? StepId { get; set; }
    public Guid? StandardId { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
