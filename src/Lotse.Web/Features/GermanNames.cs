using Lotse.Web.Domain;

namespace Lotse.Web.Features;

/// <summary>German display names of domain enums (see docs/glossary.md).</summary>
public static class GermanNames
{
    public static string Of(OrganisationType t) => t switch
    {
        OrganisationType.CoordinationOffice => "Koordinierende Stelle / Kommunales Integrationszentrum",
        OrganisationType.WelfareOrganisation => "Träger der freien Wohlfahrtspflege",
        OrganisationType.Jobcenter => "Jobcenter",
        OrganisationType.EmploymentAgency => "Agentur für Arbeit",
        OrganisationType.YouthWelfareOffice => "Jugendamt",
        OrganisationType.SocialWelfareOffice => "Sozialamt",
        OrganisationType.AsylumSeekerBenefitsOffice => "Leistungsbehörde AsylbLG",
        OrganisationType.ImmigrationAuthority => "Ausländerbehörde",
        OrganisationType.NaturalisationAuthority => "Einbürgerungsbehörde",
        OrganisationType.YouthMigrationService => "Jugendmigrationsdienst (JMD)",
        OrganisationType.AdultMigrationCounselling => "Migrationsberatung für erwachsene Zuwanderer (MBE)",
        OrganisationType.ParticipationManagement => "Teilhabemanagement",
        OrganisationType.IntegrationAgency => "Integrationsagentur",
        OrganisationType.LanguageCourseProvider => "Sprachkursträger (z. B. VHS)",
        OrganisationType.VolunteerInitiative => "Ehrenamtsinitiative",
        OrganisationType.MigrantOrganisation => "Migrantenselbstorganisation (MSO)",
        OrganisationType.EconomicDevelopmentAgency => "Wirtschaftsförderung",
        OrganisationType.FederalOffice => "Bundesamt für Migration und Flüchtlinge",
        OrganisationType.HealthOffice => "Gesundheitsamt",
        _ => "Sonstige"
    };

    public static string Of(LegalDomain d) => d switch
    {
        LegalDomain.None => "keiner",
        LegalDomain.SgbII => "SGB II (Grundsicherung für Arbeitsuchende)",
        LegalDomain.SgbIII => "SGB III (Arbeitsförderung)",
        LegalDomain.SgbVIII => "SGB VIII (Kinder- und Jugendhilfe)",
        LegalDomain.SgbXII => "SGB XII (Sozialhilfe)",
        LegalDomain.AsylbLG => "AsylbLG (Asylbewerberleistungsgesetz)",
        LegalDomain.AufenthG => "AufenthG (Aufenthaltsrecht)",
        LegalDomain.StAG => "StAG (Staatsangehörigkeitsrecht)",
        _ => "sonstiger"
    };
}
