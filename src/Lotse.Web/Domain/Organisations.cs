namespace Lotse.Web.Domain;

/// <summary>A kreisangehörige Kommune (municipality) of the installation's Kreis or the kreisfreie Stadt itself.</summary>
public class Municipality : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    /// <summary>Amtlicher Gemeindeschlüssel, optional.</summary>
    public string? OfficialKey { get; set; }
    public Guid? RegionId { get; set; }
    public Region? Region { get; set; }
    public int Version { get; set; }
}

/// <summary>A Regionalbereich: Kommunen served from one main site; staff shares (VZÄ) are planned per region.</summary>
public class Region : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string? MainSite { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>The kinds of organisation that take part in KIM (see docs/glossary.md).</summary>
public enum OrganisationType
{
    CoordinationOffice,          // Koordinierende Stelle / Kommunales Integrationszentrum
    WelfareOrganisation,         // Träger der freien Wohlfahrtspflege
    Jobcenter,
    EmploymentAgency,            // Agentur für Arbeit
    YouthWelfareOffice,          // Jugendamt
    SocialWelfareOffice,         // Sozialamt
    AsylumSeekerBenefitsOffice,  // Leistungsbehörde AsylbLG
    ImmigrationAuthority,        // Ausländerbehörde
    NaturalisationAuthority,     // Einbürgerungsbehörde
    YouthMigrationService,       // Jugendmigrationsdienst (JMD)
    AdultMigrationCounselling,   // Migrationsberatung für erwachsene Zuwanderer (MBE)
    ParticipationManagement,     // Teilhabemanagement
    IntegrationAgency,           // Integrationsagentur
    LanguageCourseProvider,      // Sprachkursträger, e.g. VHS
    VolunteerInitiative,         // Ehrenamtsinitiative
    MigrantOrganisation,         // Migrantenselbstorganisation (MSO)
    EconomicDevelopmentAgency,   // Wirtschaftsförderung
    FederalOffice,               // BAMF
    HealthOffice,                // Gesundheitsamt
    Other
}

/// <summary>Rechtskreis: the legal domain an organisation acts in.</summary>
public enum LegalDomain
{
    None,
    SgbII,     // Grundsicherung für Arbeitsuchende
    SgbIII,    // Arbeitsförderung
    SgbVIII,   // Kinder- und Jugendhilfe
    SgbXII,    // Sozialhilfe
    AsylbLG,   // Asylbewerberleistungsgesetz
    AufenthG,  // Aufenthaltsgesetz
    StAG,      // Staatsangehörigkeitsgesetz
    Other
}

public class Organisation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public OrganisationType Type { get; set; }
    public LegalDomain LegalDomain { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public Guid? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
