namespace Lotse.Web.Domain;

/// <summary>The roles of DOMAIN.md. A user belongs to one organisation and may hold several roles.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Coordinator = "Coordinator";                       // Koordinierende Stelle
    public const string CaseManager = "CaseManager";                       // Case Manager:in
    public const string PartnerCaseworker = "PartnerCaseworker";           // Fachkraft einer Partnerbehörde
    public const string ImmigrationCaseworker = "ImmigrationCaseworker";   // ABH/EBH-Sachbearbeitung
    public const string SteeringGroupMember = "SteeringGroupMember";       // Lenkungsgruppe
    public const string DataProtectionOfficer = "DataProtectionOfficer";   // Datenschutzbeauftragte:r

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, Coordinator, CaseManager, PartnerCaseworker,
        ImmigrationCaseworker, SteeringGroupMember, DataProtectionOfficer
    ];

    public static string GermanName(string role) => role switch
    {
        Administrator => "Systemadministration",
        Coordinator => "Koordinierende Stelle",
        CaseManager => "Case Management",
        PartnerCaseworker => "Fachkraft Partnerorganisation",
        ImmigrationCaseworker => "Ausländer-/Einbürgerungsbehörde",
        SteeringGroupMember => "Lenkungsgruppe",
        DataProtectionOfficer => "Datenschutzbeauftragte:r",
        _ => role
    };
}
