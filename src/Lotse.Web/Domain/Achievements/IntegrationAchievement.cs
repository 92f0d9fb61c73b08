using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Achievements;

/// <summary>The kinds of Integrationsleistung the Ausländer- and Einbürgerungsbehörde look at (Baustein 3).</summary>
public enum AchievementKind
{
    LanguageCertificate,   // Sprachzertifikat
    IntegrationCourse,     // Integrationskurs abgeschlossen (mit oder ohne Orientierungskurs)
    Employment,            // Beschäftigung oder Ausbildung
    SchoolAttendance,      // Schulbesuch eines Kindes
    VoluntaryWork,         // Ehrenamt
    Other                  // sonstige anerkannte Leistung
}

/// <summary>Gemeinsamer Europäischer Referenzrahmen.</summary>
public enum CefrLevel { A1, A2, B1, B2, C1, C2 }

public enum EmploymentKind
{
    Employment,            // sozialversicherungspflichtige Beschäftigung
    MarginalEmployment,    // geringfügige Beschäftigung
    SelfEmployment,        // selbständige Tätigkeit
    VocationalTraining,    // Berufsausbildung
    Studies                // Studium
}

/// <summary>
/// One Integrationsleistung of a client, recorded by the case management: a structured fact with its evidence,
/// never free case notes. Only the fields of its <see cref="Kind"/> are filled; <see cref="Validate"/> says which.
/// </summary>
public class IntegrationAchievement : IVersioned, IPersonalData
{
    public const int MaxText = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public AchievementKind Kind { get; set; }

    /// <summary>Language certificate: the language, e.g. "Deutsch".</summary>
    public string? Language { get; set; }
    public CefrLevel? Level { get; set; }
    /// <summary>Language certificate: exam or certificate, e.g. "Deutsch-Test für Zuwanderer (DTZ)".</summary>
    public string? CertificateName { get; set; }
    /// <summary>Certificate date, course completion, or the date of another achievement.</summary>
    public DateOnly? AchievedOn { get; set; }
    /// <summary>Integration course: the orientation course ("Leben in Deutschland") was completed too.</summary>
    public bool OrientationCourseCompleted { get; set; }

    /// <summary>Employment, school attendance, voluntary work: since when, until when (open = ongoing).</summary>
    public DateOnly? Since { get; set; }
    public DateOnly? Until { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public EmploymentKind? EmploymentKind { get; set; }

    /// <summary>School attendance: the child of the household (name as recorded there).</summary>
    public string? ChildName { get; set; }
    /// <summary>School attendance: e.g. "2025/26".</summary>
    public string? SchoolYear { get; set; }

    /// <summary>Voluntary work: the kind of activity; other achievements: what it is.</summary>
    public string? Description { get; set; }

    /// <summary>"Nachweis liegt vor": the case management has seen a certificate, contract or confirmation.</summary>
    public bool EvidencePresent { get; set; }
    /// <summary>Which evidence, e.g. "Zertifikat (Kopie in der Akte)".</summary>
    public string? EvidenceNote { get; set; }

    public Guid RecordedByUserId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    /// <summary>The date the achievement is listed by: the certificate or completion date, else its start.</summary>
    public DateOnly? SortDate => AchievedOn ?? Since;

    /// <summary>
    /// Checks the fields of the kind and clears those of other kinds. <paramref name="householdChildren"/> are the
    /// names of the client's household members marked as minor children (school attendance must name one of them).
    /// </summary>
    public Error? Validate(DateOnly today, IReadOnlyCollection<string> householdChildren)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors.TryAdd(field, [message]);
        void NotFuture(string field, DateOnly? date, string message) { if (date > today) Fail(field, message); }
        void Text(string field, string? value, string name)
        {
            if (value is { Length: > MaxText }) Fail(field, $"{name} darf höchstens {MaxText} Zeichen lang sein.");
        }

        Language = Clean(Language);
        CertificateName = Clean(CertificateName);
        ChildName = Clean(ChildName);
        SchoolYear = Clean(SchoolYear);
        Description = Clean(Description);
        EvidenceNote = Clean(EvidenceNote);
        if (!Enum.IsDefined(Kind)) Fail("kind", "Bitte wählen Sie eine Art der Integrationsleistung aus der Liste.");

        switch (Kind)
        {
            case AchievementKind.LanguageCertificate:
                if (Language is null) Fail("language", "Bitte geben Sie die Sprache des Zertifikats an.");
                if (Level is null || !Enum.IsDefined(Level.Value)) Fail("level", "Bitte wählen Sie das Sprachniveau aus der Liste (A1 bis C2).");
                if (CertificateName is null) Fail("certificateName", "Bitte geben Sie die Prüfung oder das Zertifikat an (z. B. DTZ, telc B1).");
                if (AchievedOn is null) Fail("achievedOn", "Bitte geben Sie das Datum des Zertifikats an.");
                NotFuture("achievedOn", AchievedOn, "Das Datum des Zertifikats kann nicht in der Zukunft liegen.");
                Keep(language: true, achieved: true);
                break;
            case AchievementKind.IntegrationCourse:
                if (AchievedOn is null) Fail("achievedOn", "Bitte geben Sie an, wann der Integrationskurs abgeschlossen wurde.");
                NotFuture("achievedOn", AchievedOn, "Ein Integrationskurs kann nicht in der Zukunft abgeschlossen worden sein.");
                Keep(achieved: true, orientation: true);
                break;
            case AchievementKind.Employment:
                if (EmploymentKind is null || !Enum.IsDefined(EmploymentKind.Value)) Fail("employmentKind", "Bitte wählen Sie die Art der Beschäftigung oder Ausbildung aus der Liste.");
                if (Since is null) Fail("since", "Bitte geben Sie an, seit wann die Beschäftigung oder Ausbildung besteht.");
                NotFuture("since", Since, "Der Beginn kann nicht in der Zukunft liegen; erfassen Sie die Tätigkeit, sobald sie begonnen hat.");
                if (Until < Since) Fail("until", "Das Ende liegt vor dem Beginn.");
                if (HoursPerWeek is { } hours && (hours <= 0 || hours > 60)) Fail("hoursPerWeek", "Die Wochenstunden müssen zwischen 0 und 60 liegen.");
                Keep(period: true, employment: true);
                break;
            case AchievementKind.SchoolAttendance:
                if (ChildName is null) Fail("childName", "Bitte wählen Sie das Kind aus dem Haushalt.");
                else if (!householdChildren.Contains(ChildName, StringComparer.OrdinalIgnoreCase))
                    Fail("childName", "Dieses Kind ist nicht als minderjähriges Kind im Haushalt der Person erfasst.");
                if (SchoolYear is null) Fail("schoolYear", "Bitte geben Sie das Schuljahr an (z. B. 2025/26).");
                else if (!IsSchoolYear(SchoolYear)) Fail("schoolYear", "Bitte geben Sie das Schuljahr in der Form 2025/26 an.");
                if (Since is null) Fail("since", "Bitte geben Sie an, seit wann das Kind die Schule besucht.");
                NotFuture("since", Since, "Der Schulbesuch kann nicht in der Zukunft begonnen haben.");
                Keep(period: true, school: true);
                Until = null;
                break;
            case AchievementKind.VoluntaryWork:
                if (Description is null) Fail("description", "Bitte geben Sie die Art des Ehrenamts an.");
                if (Since is null) Fail("since", "Bitte geben Sie an, seit wann das Ehrenamt ausgeübt wird.");
                NotFuture("since", Since, "Der Beginn kann nicht in der Zukunft liegen.");
                if (Until < Since) Fail("until", "Das Ende liegt vor dem Beginn.");
                Keep(period: true, description: true);
                break;
            case AchievementKind.Other:
                if (Description is null) Fail("description", "Bitte beschreiben Sie die Integrationsleistung kurz.");
                if (AchievedOn is null) Fail("achievedOn", "Bitte geben Sie das Datum der Integrationsleistung an.");
                NotFuture("achievedOn", AchievedOn, "Das Datum kann nicht in der Zukunft liegen.");
                Keep(achieved: true, description: true);
                break;
        }
        Text("language", Language, "Die Sprache");
        Text("certificateName", CertificateName, "Die Bezeichnung des Zertifikats");
        Text("childName", ChildName, "Der Name des Kindes");
        Text("description", Description, "Die Beschreibung");
        Text("evidenceNote", EvidenceNote, "Die Angabe zum Nachweis");
        if (EvidenceNote is not null && !EvidencePresent)
            Fail("evidencePresent", "Sie haben einen Nachweis beschrieben: Bitte bestätigen Sie, dass der Nachweis vorliegt.");
        return errors.Count == 0 ? null : Error.Invalid(errors);
    }

    /// <summary>Clears what does not belong to the kind, so a fact never carries stray fields.</summary>
    private void Keep(bool language = false, bool achieved = false, bool orientation = false, bool period = false,
        bool employment = false, bool school = false, bool description = false)
    {
        if (!language) { Language = null; Level = null; CertificateName = null; }
        if (!achieved) AchievedOn = null;
        if (!orientation) OrientationCourseCompleted = false;
        if (!period) { Since = null; Until = null; }
        if (!employment) { HoursPerWeek = null; EmploymentKind = null; }
        if (!school) { ChildName = null; SchoolYear = null; }
        if (!description) Description = null;
    }

    /// <summary>"2025/26": the second year follows the first.</summary>
    public static bool IsSchoolYear(string s) =>
        s.Length == 7 && s[4] == '/' && int.TryParse(s[..4], out var first) && int.TryParse(s[5..], out var second)
        && first is >= 1990 and <= 2100 && second == (first + 1) % 100;

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
