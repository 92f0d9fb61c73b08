namespace Lotse.Web.Domain.Clients;

public enum Sex { Female, Male, Diverse, Unknown }

public enum BenefitKind { SgbII, SgbIII, SgbXII, AsylbLG, None }

/// <summary>Examples of DOMAIN.md; "Other" with a legal basis covers the rest.</summary>
public enum ResidenceStatusType
{
    PermissionToRemain,        // Aufenthaltsgestattung (Asylverfahren)
    Toleration,                // Duldung §60a
    TrainingToleration,        // Ausbildungsduldung §60c
    EmploymentToleration,      // Beschäftigungsduldung §60d
    ResidencePermit,           // Aufenthaltserlaubnis (§25 u. a.)
    WellIntegratedYouth,       // §25a
    SustainableIntegration,    // §25b
    SettlementPermit,          // Niederlassungserlaubnis
    EuFreeMovement,            // Freizügigkeit EU
    Naturalised,               // eingebürgert
    Other
}

/// <summary>
/// Klient:in. Birth dates are often partial: year only, or year and month; the conventional
/// "01.01." of registrations that knew only the year is stored as registered and treated as year-only when matching.
/// </summary>
public class Client : IVersioned, IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Aktenzeichen, human-readable and unique, e.g. "2026-4F7K2Q".</summary>
    public string FileNumber { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public List<NameVariant> NameVariants { get; set; } = [];
    public int? BirthYear { get; set; }
    public int? BirthMonth { get; set; }
    public int? BirthDay { get; set; }
    public Sex Sex { get; set; } = Sex.Unknown;
    /// <summary>ISO 3166-1 alpha-3 codes; "XXA" stateless, "XXX" unknown.</summary>
    public List<string> Nationalities { get; set; } = [];
    /// <summary>Languages spoken (ISO 639 codes or names as the client gives them).</summary>
    public List<string> Languages { get; set; } = [];
    public bool InterpreterNeeded { get; set; }
    public string? InterpreterLanguage { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public Guid? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public DateOnly? EntryDate { get; set; }
    public List<HouseholdMember> Household { get; set; } = [];
    public List<BenefitPeriod> Benefits { get; set; } = [];
    public List<ResidenceStatus> ResidenceStatuses { get; set; } = [];
    public List<ExternalContact> Contacts { get; set; } = [];
    /// <summary>The organisation that registered the client (owner until a case says otherwise).</summary>
    public Guid OwnerOrganisationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Normalised Latin forms of all names, for trigram search (see Features/Clients/Matching).</summary>
    public string NameKey { get; set; } = "";
    /// <summary>Phonetic keys of all name tokens, space-separated, for indexed candidate lookup.</summary>
    public string PhoneticKey { get; set; } = "";
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    /// <summary>Neuzugewanderte: entered Germany within the last five years.</summary>
    public bool IsNewcomer(DateOnly today) => EntryDate is { } d && d > today.AddYears(-5);

    public string DisplayName => $"{FamilyName}, {GivenName}";
}

public class NameVariant
{
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    /// <summary>Where this spelling comes from, e.g. "Pass", "arabische Schrift", "Jobcenter".</summary>
    public string? Source { get; set; }
}

public class HouseholdMember
{
    public string Relation { get; set; } = "";
    public string? Name { get; set; }
    public int? BirthYear { get; set; }
    public bool IsMinorChild { get; set; }
}

public class BenefitPeriod
{
    public BenefitKind Kind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }
}

public class ExternalContact
{
    public Guid? OrganisationId { get; set; }
    public string PersonName { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Role { get; set; }
}

/// <summary>One entry of the residence-status history; a table of its own so expiry reminders can use an index.</summary>
public class ResidenceStatus : IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public ResidenceStatusType Type { get; set; }
    /// <summary>Legal basis as cited, e.g. "§ 25 Abs. 2 AufenthG".</summary>
    public string? LegalBasis { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    /// <summary>Who recorded it: case management, or the Ausländerbehörde (Baustein 3).</summary>
    public string Source { get; set; } = "Case Management";
    public string AuditId => Id.ToString();
}
