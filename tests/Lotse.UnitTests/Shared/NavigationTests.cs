using System.Security.Claims;
using Lotse.Web.Domain;
using Lotse.Web.Features.Shared;

namespace Lotse.UnitTests.Shared;

/// <summary>Which links the main navigation offers each role, and when an area collapses into its hub page.</summary>
public sealed class NavigationTests
{
    private static ClaimsPrincipal As(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));

    private static string[] Titles(ClaimsPrincipal user) => Navigation.MainLinks(user).Select(l => l.Title).ToArray();

    [Fact]
    public void The_Koordinierende_Stelle_gets_two_hubs_instead_of_nine_steering_and_network_links()
    {
        var coordinator = As(Roles.Coordinator);
        Assert.Equal(["Personen", "Fallzahlen", "Organisationen", "Steuerung", "Regelwerke", "Netzwerk"], Titles(coordinator));
        Assert.Equal(["Fallrekonstruktionen", "Hemmnisse", "Lenkungsgruppe", "Arbeitsgruppen", "Stellenplanung"],
            Navigation.OfHub(Navigation.Steering, coordinator).Select(e => e.Title));
        Assert.Equal(["Angebote", "Versorgungslücken", "Vereinbarungen", "Dienstleistungsketten"],
            Navigation.OfHub(Navigation.Network, coordinator).Select(e => e.Title));
        Assert.Contains(Navigation.MainLinks(coordinator), l => l == ("Steuerung", "/Steuerung"));
    }

    [Theory]
    [InlineData(Roles.CaseManager, "Personen|Organisationen|Fallrekonstruktionen|Arbeitsgruppen|Angebote|Import|Export")]
    [InlineData(Roles.SteeringGroupMember, "Organisationen|Fallrekonstruktionen|Hemmnisse|Lenkungsgruppe|Versorgungslücken")]
    [InlineData(Roles.PartnerCaseworker, "Organisationen|Fallrekonstruktionen|Arbeitsgruppen|Angebote")]
    [InlineData(Roles.ImmigrationCaseworker, "Organisationen|Fallrekonstruktionen|Angebote|Integrationsleistungen")]
    [InlineData(Roles.Administrator, "Organisationen|Regelwerke|Kommunen|Regionalbereiche|Benutzer|Sicherheit")]
    [InlineData(Roles.DataProtectionOfficer, "Organisationen|Datenschutz|Zugriffsprotokoll")]
    public void Roles_with_fewer_pages_in_an_area_get_them_directly(string role, string expected)
    {
        Assert.Equal(expected.Split('|'), Titles(As(role)));
    }

    [Fact]
    public void A_hub_offers_only_what_the_role_may_open()
    {
        var caseManager = As(Roles.CaseManager);
        Assert.Equal(["Fallrekonstruktionen", "Arbeitsgruppen"], Navigation.OfHub(Navigation.Steering, caseManager).Select(e => e.Title));
        Assert.Empty(Navigation.OfHub(Navigation.Network, As(Roles.DataProtectionOfficer)));
    }
}
