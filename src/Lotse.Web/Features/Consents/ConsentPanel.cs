namespace Lotse.Web.Features.Consents;

/// <summary>What the client page shows about consents: the list, who may see what and why, and whether the user may act.</summary>
public sealed record ConsentPanel(Guid ClientId, IReadOnlyList<ConsentDto> Consents, IReadOnlyList<OrganisationAccessDto> Access, bool MayManage);
