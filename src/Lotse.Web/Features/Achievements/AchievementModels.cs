using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Achievements;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients;

namespace Lotse.Web.Features.Achievements;

/// <summary>What the case management enters about one Integrationsleistung (form and API body).</summary>
public sealed class AchievementInput
{
    [Required(ErrorMessage = "Bitte wählen Sie eine Art der Integrationsleistung aus der Liste.")]
    [EnumDataType(typeof(AchievementKind), ErrorMessage = "Bitte wählen Sie eine Art der Integrationsleistung aus der Liste.")]
    public AchievementKind? Kind { get; set; }

    [StringLength(IntegrationAchievement.MaxText, ErrorMessage = "Höchstens 200 Zeichen.")] public string? Language { get; set; }
    [EnumDataType(typeof(CefrLevel), ErrorMessage = "Bitte wählen Sie das Sprachniveau aus der Liste (A1 bis C2).")]
    public CefrLevel? Level { get; set; }
    [StringLength(IntegrationAchievement.MaxText, ErrorMessage = "Höchstens 200 Zeichen.")] public string? CertificateName { get; set; }
    public DateOnly? AchievedOn { get; set; }
    public bool OrientationCourseCompleted { get; set; }
    public DateOnly? Since { get; set; }
    public DateOnly? Until { get; set; }
    [Range(0.5, 60, ErrorMessage = "Die Wochenstunden müssen zwischen 0,5 und 60 liegen.")] public decimal? HoursPerWeek { get; set; }
    [EnumDataType(typeof(EmploymentKind), ErrorMessage = "Bitte wählen Sie die Art der Beschäftigung oder Ausbildung aus der Liste.")]
    public EmploymentKind? EmploymentKind { get; set; }
    [StringLength(IntegrationAchievement.MaxText, ErrorMessage = "Höchstens 200 Zeichen.")] public string? ChildName { get; set; }
    [StringLength(7, ErrorMessage = "Bitte geben Sie das Schuljahr in der Form 2025/26 an.")] public string? SchoolYear { get; set; }
    [StringLength(IntegrationAchievement.MaxText, ErrorMessage = "Höchstens 200 Zeichen.")] public string? Description { get; set; }
    public bool EvidencePresent { get; set; }
    [StringLength(IntegrationAchievement.MaxText, ErrorMessage = "Höchstens 200 Zeichen.")] public string? EvidenceNote { get; set; }

    /// <summary>For edits: the version of the achievement the editor started from.</summary>
    public int? Version { get; set; }
}

public sealed record AchievementDto(
    Guid Id, AchievementKind Kind, string KindName, string Summary,
    string? Language, CefrLevel? Level, string? CertificateName, DateOnly? AchievedOn, bool OrientationCourseCompleted,
    DateOnly? Since, DateOnly? Until, decimal? HoursPerWeek, EmploymentKind? EmploymentKind, string? EmploymentKindName,
    string? ChildName, string? SchoolYear, string? Description, bool EvidencePresent, string? EvidenceNote,
    DateTimeOffset RecordedAt, int Version)
{
    public static AchievementDto Of(IntegrationAchievement a) => new(
        a.Id, a.Kind, AchievementNames.Of(a.Kind), AchievementNames.Summary(a),
        a.Language, a.Level, a.CertificateName, a.AchievedOn, a.OrientationCourseCompleted,
        a.Since, a.Until, a.HoursPerWeek, a.EmploymentKind, a.EmploymentKind is { } k ? AchievementNames.Of(k) : null,
        a.ChildName, a.SchoolYear, a.Description, a.EvidencePresent, a.EvidenceNote, a.RecordedAt, a.Version);
}

/// <summary>The achievements of one client as the case management sees them.</summary>
public sealed record ClientAchievements(Guid ClientId, bool MayRecord, IReadOnlyList<AchievementDto> Items, IReadOnlyList<string> HouseholdChildren);

/// <summary>The Ausländer-/Einbürgerungsbehörde's list: search by name or file number among the visible clients.</summary>
public sealed class ImmigrationSearchInput
{
    [StringLength(200, ErrorMessage = "Höchstens 200 Zeichen.")] public string? Name { get; set; }
    [StringLength(20, ErrorMessage = "Höchstens 20 Zeichen.")] public string? FileNumber { get; set; }
    /// <summary>Cursor from the previous page ("next").</summary>
    [StringLength(1000)] public string? After { get; set; }
    [Range(1, 100, ErrorMessage = "Die Seitengröße liegt zwischen 1 und 100.")] public int PageSize { get; set; } = 50;
}

public sealed record ImmigrationClientSummary(Guid Id, string FileNumber, string FirstName, string LastName, string? BirthDate, int Achievements);
public sealed record ImmigrationSearchResult(IReadOnlyList<ImmigrationClientSummary> Items, string? Next);

/// <summary>
/// Exactly what the Ausländer-/Einbürgerungsbehörde sees of a consenting client: who it is (to match the authority's
/// own file; name and birth date only if the consent releases the Personalien, else null), the integration achievements
/// and — if the consent covers it — the residence history. Nothing else.
/// </summary>
public sealed record ImmigrationClientFacts(
    Guid Id, string FileNumber, string? FirstName, string? LastName, string? BirthDate,
    IReadOnlyList<AchievementDto> Achievements, bool ResidenceHistoryVisible, IReadOnlyList<ResidenceStatusDto> ResidenceStatuses,
    DateOnly? ConsentValidUntil, int Version);

/// <summary>A status decision of the Ausländer-/Einbürgerungsbehörde (form and API body).</summary>
public sealed class ResidenceDecisionInput
{
    [Required(ErrorMessage = "Bitte wählen Sie den Aufenthaltsstatus aus der Liste.")]
    [EnumDataType(typeof(ResidenceStatusType), ErrorMessage = "Bitte wählen Sie den Aufenthaltsstatus aus der Liste.")]
    public ResidenceStatusType? Type { get; set; }
    [StringLength(ResidenceDecision.MaxLegalBasis, ErrorMessage = "Die Rechtsgrundlage darf höchstens 100 Zeichen lang sein.")]
    public string? LegalBasis { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    /// <summary>The version of the client the caseworker saw (409 if someone changed the client since).</summary>
    public int? Version { get; set; }
}

public static class AchievementNames
{
    public static string Of(AchievementKind k) => k switch
    {
        AchievementKind.LanguageCertificate => "Sprachzertifikat",
        AchievementKind.IntegrationCourse => "Integrationskurs abgeschlossen",
        AchievementKind.Employment => "Beschäftigung oder Ausbildung",
        AchievementKind.SchoolAttendance => "Schulbesuch eines Kindes",
        AchievementKind.VoluntaryWork => "Ehrenamt",
        _ => "Sonstige anerkannte Integrationsleistung"
    };

    public static string Of(EmploymentKind k) => k switch
    {
        EmploymentKind.Employment => "sozialversicherungspflichtige Beschäftigung",
        EmploymentKind.MarginalEmployment => "geringfügige Beschäftigung",
        EmploymentKind.SelfEmployment => "selbständige Tätigkeit",
        EmploymentKind.VocationalTraining => "Berufsausbildung",
        _ => "Studium"
    };

    /// <summary>The URL segment of a kind (German, no personal data).</summary>
    public static string Slug(AchievementKind k) => k switch
    {
        AchievementKind.LanguageCertificate => "Sprachzertifikat",
        AchievementKind.IntegrationCourse => "Integrationskurs",
        AchievementKind.Employment => "Beschaeftigung",
        AchievementKind.SchoolAttendance => "Schulbesuch",
        AchievementKind.VoluntaryWork => "Ehrenamt",
        _ => "Sonstige"
    };

    public static AchievementKind? FromSlug(string? slug) =>
        Enum.GetValues<AchievementKind>().Cast<AchievementKind?>().FirstOrDefault(k => string.Equals(Slug(k!.Value), slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>One line in German, e.g. "Deutsch B1 (Deutsch-Test für Zuwanderer), 12.03.2026".</summary>
    public static string Summary(IntegrationAchievement a) => a.Kind switch
    {
        AchievementKind.LanguageCertificate => $"{a.Language} {a.Level} ({a.CertificateName}), {German.Date(a.AchievedOn)}",
        AchievementKind.IntegrationCourse => $"abgeschlossen am {German.Date(a.AchievedOn)}" + (a.OrientationCourseCompleted ? ", einschließlich Orientierungskurs" : ", ohne Orientierungskurs"),
        AchievementKind.Employment => $"{(a.EmploymentKind is { } k ? Of(k) : "")} seit {German.Date(a.Since)}" + (a.Until is { } u ? $" bis {German.Date(u)}" : "")
            + (a.HoursPerWeek is { } h ? $", {h.ToString("0.#", German.Culture)} Stunden pro Woche" : ""),
        AchievementKind.SchoolAttendance => $"{a.ChildName}, Schuljahr {a.SchoolYear}, seit {German.Date(a.Since)}",
        AchievementKind.VoluntaryWork => $"{a.Description} seit {German.Date(a.Since)}" + (a.Until is { } u ? $" bis {German.Date(u)}" : ""),
        _ => $"{a.Description}, {German.Date(a.AchievedOn)}"
    };
}
