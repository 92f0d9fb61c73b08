using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;

namespace Lotse.Web.Domain.Network;

/// <summary>
/// Angebot: a service of one organisation in the Angebotslandkarte. Contains no personal data of clients; the contact
/// is the organisation's public service contact.
/// </summary>
public class Offer : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public LifeDomain LifeDomain { get; set; }
    /// <summary>Target group: youngest and oldest age served (inclusive); null = no limit.</summary>
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    /// <summary>Target group: residence status types served; empty = every status.</summary>
    public List<ResidenceStatusType> ResidenceStatusTypes { get; set; } = [];
    /// <summary>Target group: languages the clients need to speak (e.g. a course for Arabic speakers); empty = any.</summary>
    public List<string> TargetLanguages { get; set; } = [];
    /// <summary>Languages the offer is given in.</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Kommunen where the offer is available (at least one).</summary>
    public List<Guid> MunicipalityIds { get; set; } = [];
    public int? Capacity { get; set; }
    public int? WaitingWeeks { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || ValidUntil >= day);
}
