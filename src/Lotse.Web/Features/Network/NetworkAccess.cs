using Lotse.Web.Domain;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Network;

/// <summary>
/// Who may do what in the network features (Angebotslandkarte, Kooperationsvereinbarungen, Dienstleistungsketten,
/// Stellenplanung). None of them holds personal data of clients; the gap map shows suppressed aggregates only.
/// </summary>
public static class NetworkRoles
{
    /// <summary>Search and read offers: whoever plans or receives referrals.</summary>
    public const string OfferReaders = Roles.Coordinator + "," + Roles.CaseManager + "," + Roles.PartnerCaseworker + "," + Roles.ImmigrationCaseworker;
    /// <summary>Maintain offers: the Koordinierende Stelle for all, these roles for their own organisation's offers.</summary>
    public static readonly string[] OwnOrganisationOfferEditors = [Roles.CaseManager, Roles.PartnerCaseworker, Roles.ImmigrationCaseworker];
    /// <summary>Parallel offers and the gap map (aggregates): Koordinierende Stelle and Lenkungsgruppe.</summary>
    public const string Strategic = Roles.Coordinator + "," + Roles.SteeringGroupMember;
    /// <summary>Agreements, service chains, staff planning: the Koordinierende Stelle.</summary>
    public const string Coordination = Roles.Coordinator;
}

public sealed class NetworkAccess(CurrentUser user)
{
    public bool MaintainsAllOffers => user.IsInRole(Roles.Coordinator);

    public bool CanEditOffersOf(Guid organisationId) =>
        MaintainsAllOffers || (organisationId == user.OrganisationId && NetworkRoles.OwnOrganisationOfferEditors.Any(user.IsInRole));

    public bool CanCreateOffers => MaintainsAllOffers || NetworkRoles.OwnOrganisationOfferEditors.Any(user.IsInRole);

    public Guid OrganisationId => user.OrganisationId;

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, message);
}
