using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lotse.Web.Data;

/// <summary>The fictional "Kreis Musterland": Kommunen in three Regionalbereiche, one organisation of every type, demo staff.</summary>
public static class DemoData
{
    public const string Password = NoDemoPasswordValidator.DemoPassword;

    public static readonly (string UserName, string DisplayName, string Role, string Organisation)[] Users =
    [
        ("admin", "Anna Admin", Roles.Administrator, "Kommunales Integrationszentrum Kreis Musterland"),
        ("koordination", "Konrad Koordination", Roles.Coordinator, "Kommunales Integrationszentrum Kreis Musterland"),
        ("cm1", "Clara Caritas", Roles.CaseManager, "Caritasverband für den Kreis Musterland e.V."),
        ("cm2", "Ahmet Awo", Roles.CaseManager, "AWO Kreisverband Musterland e.V."),
        ("jobcenter", "Jana Jobcenter", Roles.PartnerCaseworker, "Jobcenter Kreis Musterland"),
        ("abh", "Anton Ausländerbehörde", Roles.ImmigrationCaseworker, "Ausländerbehörde Kreis Musterland"),
        ("ebh", "Emine Einbürgerung", Roles.ImmigrationCaseworker, "Einbürgerungsbehörde Kreis Musterland"),
        ("lenkung", "Leonie Lenkung", Roles.SteeringGroupMember, "Sozialamt Kreis Musterland"),
        ("datenschutz", "Dieter Datenschutz", Roles.DataProtectionOfficer, "Kommunales Integrationszentrum Kreis Musterland"),
    ];

    public static async Task SeedAsync(LotseDbContext db, UserManager<LotseUser> userManager, CancellationToken ct)
    {
        var nord = new Region { Name = "Regionalbereich Nord", MainSite = "Nordfeld" };
        var mitte = new Region { Name = "Regionalbereich Mitte", MainSite = "Musterstadt" };
        var sued = new Region { Name = "Regionalbereich Süd", MainSite = "Bergheim am See" };
        db.Regions.AddRange(nord, mitte, sued);

        Municipality M(string name, Region region, string key) => new() { Name = name, Region = region, OfficialKey = key };
        var musterstadt = M("Musterstadt", mitte, "05999001");
        var municipalities = new[]
        {
            musterstadt,
            M("Nordfeld", nord, "05999002"), M("Sandhagen", nord, "05999003"), M("Kirchlinde", nord, "05999004"),
            M("Bergheim am See", sued, "05999005"), M("Waldbrück", sued, "05999006"), M("Talhausen", sued, "05999007"),
            M("Auendorf", sued, "05999008"),
        };
        db.Municipalities.AddRange(municipalities);

        Organisation O(string name, OrganisationType type, LegalDomain domain, string street, string email) => new()
        {
            Name = name, Type = type, LegalDomain = domain, Street = street, PostalCode = "59999",
            City = "Musterstadt", Municipality = musterstadt, ContactEmail = email, ContactPhone = "02999 100-0"
        };
        var organisations = new[]
        {
            O("Kommunales Integrationszentrum Kreis Musterland", OrganisationType.CoordinationOffice, LegalDomain.None, "Kreishausplatz 1", "ki@kreis-musterland.example"),
            O("Caritasverband für den Kreis Musterland e.V.", OrganisationType.WelfareOrganisation, LegalDomain.None, "Kirchstraße 5", "kim@caritas-musterland.example"),
            O("AWO Kreisverband Musterland e.V.", OrganisationType.WelfareOrganisation, LegalDomain.None, "Marktstraße 12", "kim@awo-musterland.example"),
            O("Jobcenter Kreis Musterland", OrganisationType.Jobcenter, LegalDomain.SgbII, "Bahnhofstraße 20", "jobcenter@kreis-musterland.example"),
            O("Agentur für Arbeit Musterstadt", OrganisationType.EmploymentAgency, LegalDomain.SgbIII, "Bahnhofstraße 22", "musterstadt@arbeitsagentur.example"),
            O("Jugendamt Kreis Musterland", OrganisationType.YouthWelfareOffice, LegalDomain.SgbVIII, "Kreishausplatz 1", "jugendamt@kreis-musterland.example"),
            O("Sozialamt Kreis Musterland", OrganisationType.SocialWelfareOffice, LegalDomain.SgbXII, "Kreishausplatz 1", "sozialamt@kreis-musterland.example"),
            O("Leistungsstelle AsylbLG Kreis Musterland", OrganisationType.AsylumSeekerBenefitsOffice, LegalDomain.AsylbLG, "Kreishausplatz 1", "asylblg@kreis-musterland.example"),
            O("Ausländerbehörde Kreis Musterland", OrganisationType.ImmigrationAuthority, LegalDomain.AufenthG, "Kreishausplatz 3", "abh@kreis-musterland.example"),
            O("Einbürgerungsbehörde Kreis Musterland", OrganisationType.NaturalisationAuthority, LegalDomain.StAG, "Kreishausplatz 3", "ebh@kreis-musterland.example"),
            O("Jugendmigrationsdienst Musterland (Diakonie)", OrganisationType.YouthMigrationService, LegalDomain.None, "Lindenweg 4", "jmd@diakonie-musterland.example"),
            O("Migrationsberatung für erwachsene Zuwanderer (DRK)", OrganisationType.AdultMigrationCounselling, LegalDomain.None, "Rotkreuzweg 2", "mbe@drk-musterland.example"),
            O("Teilhabemanagement Kreis Musterland", OrganisationType.ParticipationManagement, LegalDomain.None, "Kreishausplatz 1", "teilhabe@kreis-musterland.example"),
            O("Integrationsagentur der Diakonie Musterland", OrganisationType.IntegrationAgency, LegalDomain.None, "Lindenweg 4", "ia@diakonie-musterland.example"),
            O("Volkshochschule Kreis Musterland", OrganisationType.LanguageCourseProvider, LegalDomain.None, "Schulstraße 8", "sprachkurse@vhs-musterland.example"),
            O("Willkommensinitiative Musterstadt e.V.", OrganisationType.VolunteerInitiative, LegalDomain.None, "Gartenweg 1", "kontakt@willkommen-musterstadt.example"),
            O("Verein der Vielfalt e.V. (Migrantenselbstorganisation)", OrganisationType.MigrantOrganisation, LegalDomain.None, "Brunnenstraße 9", "info@vielfalt-musterland.example"),
            O("Wirtschaftsförderung Kreis Musterland", OrganisationType.EconomicDevelopmentAgency, LegalDomain.None, "Kreishausplatz 2", "wifoe@kreis-musterland.example"),
            O("Bundesamt für Migration und Flüchtlinge, Regionalkoordination", OrganisationType.FederalOffice, LegalDomain.AufenthG, "Behördenweg 1", "regional@bamf.example"),
            O("Gesundheitsamt Kreis Musterland", OrganisationType.HealthOffice, LegalDomain.None, "Kreishausplatz 4", "gesundheitsamt@kreis-musterland.example"),
        };
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(ct);
        NetworkDemoData.Seed(db, organisations, municipalities);
        await db.SaveChangesAsync(ct);

        foreach (var (userName, displayName, role, organisation) in Users)
        {
            var user = new LotseUser
            {
                UserName = userName,
                DisplayName = displayName,
                Email = $"{userName}@lotse-demo.example",
                EmailConfirmed = true,
                OrganisationId = organisations.Single(o => o.Name == organisation).Id,
            };
            Check(await userManager.CreateAsync(user, Password));
            Check(await userManager.AddToRoleAsync(user, role));
        }
        await DemoConsents.SeedAsync(db, ct); // issue 4: demo clients with consents in every state
        await Features.Referrals.ReferralDemoData.SeedAsync(db, ct); // referrals in several states (issue 4)
        await DemoAchievements.SeedAsync(db, ct); // Baustein 3: Integrationsleistungen (after DemoConsents, if present)
        await SteeringDemoData.SeedAsync(db, ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo data: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
