using Lotse.Web.Domain;
using Lotse.Web.Domain.Achievements;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Data;

/// <summary>
/// Baustein-3 demo data: Integrationsleistungen of the demo client Reza Ahmadi (DEMO-RA04, whose consent to the
/// Ausländerbehörde the consent demo data records, if present) and of Samira Barakzai (DEMO-SB05, Caritas), who
/// consented to share her achievements and residence history with the Ausländer- and the Einbürgerungsbehörde:
/// abh and ebh see both in "Integrationsleistungen". Runs after <c>DemoConsents</c>.
/// </summary>
public static class DemoAchievements
{
    public static async Task SeedAsync(LotseDbContext db, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var today = LocalCalendar.Day(now);
        var caritas = await db.Organisations.Where(o => o.Name.StartsWith("Caritas")).Select(o => o.Id).SingleAsync(ct);
        var abh = await db.Organisations.Where(o => o.Type == OrganisationType.ImmigrationAuthority).Select(o => o.Id).FirstAsync(ct);
        var ebh = await db.Organisations.Where(o => o.Type == OrganisationType.NaturalisationAuthority).Select(o => o.Id).FirstAsync(ct);
        var cm1 = await db.Users.Where(u => u.UserName == "cm1").Select(u => u.Id).SingleAsync(ct);

        IntegrationAchievement A(Guid clientId, AchievementKind kind, int recordedDaysAgo) =>
            new() { ClientId = clientId, Kind = kind, RecordedByUserId = cm1, RecordedAt = now.AddDays(-recordedDaysAgo), EvidencePresent = true };

        if (await db.Clients.Where(c => c.FileNumber == "DEMO-RA04").Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) is { } reza)
        {
            var certificate = A(reza, AchievementKind.LanguageCertificate, 40);
            certificate.Language = "Deutsch"; certificate.Level = CefrLevel.B1; certificate.CertificateName = "Deutsch-Test für Zuwanderer (DTZ)";
            certificate.AchievedOn = today.AddDays(-45); certificate.EvidenceNote = "Zertifikat im Original gesehen, Kopie in der Akte";
            var course = A(reza, AchievementKind.IntegrationCourse, 40);
            course.AchievedOn = today.AddDays(-50); course.OrientationCourseCompleted = true;
            var work = A(reza, AchievementKind.Employment, 20);
            work.EmploymentKind = EmploymentKind.VocationalTraining; work.Since = today.AddMonths(-3); work.HoursPerWeek = 39;
            work.EvidenceNote = "Ausbildungsvertrag (Kfz-Mechatroniker)";
            db.IntegrationAchievements.AddRange(certificate, course, work);
        }

        var municipality = await db.Municipalities.Where(m => m.Name == "Nordfeld").Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        var samira = new Client
        {
            FileNumber = "DEMO-SB05", GivenName = "Samira", FamilyName = "Barakzai", BirthYear = 1988, BirthMonth = 6, BirthDay = 30,
            Sex = Sex.Female, Nationalities = ["AFG"], Languages = ["Dari", "Deutsch"], Street = "Lindenweg 7", PostalCode = "59999",
            MunicipalityId = municipality, EntryDate = today.AddYears(-7), OwnerOrganisationId = caritas, CreatedAt = now.AddDays(-300),
            Household = [new HouseholdMember { Relation = "Kind", Name = "Laila Barakzai", BirthYear = today.Year - 9, IsMinorChild = true }],
        };
        samira.ResidenceStatuses =
        [
            new ResidenceStatus { ClientId = samira.Id, Type = ResidenceStatusType.ResidencePermit, LegalBasis = "§ 25 Abs. 2 AufenthG",
                IssuedOn = today.AddYears(-3), ValidUntil = today.AddDays(40) }
        ];
        ClientKeys.Refresh(samira);
        db.Clients.Add(samira);
        db.Cases.Add(new Case { ClientId = samira.Id, CaseManagerId = cm1, OrganisationId = caritas, OpenedOn = today.AddDays(-280) });
        db.Consents.Add(new Consent
        {
            ClientId = samira.Id, RecipientOrganisationIds = [abh, ebh],
            Categories = [DataCategory.IdentityContact, DataCategory.ResidenceStatus, DataCategory.IntegrationAchievements],
            Purpose = "Nachweis der Integrationsleistungen für die Niederlassungserlaubnis und die Einbürgerung (Baustein 3)",
            GivenOn = today.AddDays(-21), Form = ConsentForm.SignedPaper, ValidUntil = today.AddYears(1),
            RecordedByUserId = cm1, RecordedAt = now.AddDays(-21)
        });
        var b2 = A(samira.Id, AchievementKind.LanguageCertificate, 90);
        b2.Language = "Deutsch"; b2.Level = CefrLevel.B2; b2.CertificateName = "telc Deutsch B2"; b2.AchievedOn = today.AddDays(-100);
        var course2 = A(samira.Id, AchievementKind.IntegrationCourse, 400);
        course2.AchievedOn = today.AddYears(-5).AddDays(20); course2.OrientationCourseCompleted = true;
        var job = A(samira.Id, AchievementKind.Employment, 200);
        job.EmploymentKind = EmploymentKind.Employment; job.Since = today.AddYears(-2); job.HoursPerWeek = 30; job.EvidenceNote = "Arbeitsvertrag Pflegehilfe";
        var school = A(samira.Id, AchievementKind.SchoolAttendance, 60);
        school.ChildName = "Laila Barakzai"; school.SchoolYear = SchoolYear(today); school.Since = today.AddYears(-3);
        var voluntary = A(samira.Id, AchievementKind.VoluntaryWork, 30);
        voluntary.Description = "Sprachmittlung in der Willkommensinitiative Musterstadt"; voluntary.Since = today.AddYears(-1); voluntary.EvidencePresent = false;
        db.IntegrationAchievements.AddRange(b2, course2, job, school, voluntary);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The school year running on <paramref name="day"/> (from 1 August), e.g. "2026/27".</summary>
    private static string SchoolYear(DateOnly day)
    {
        var first = day.Month >= 8 ? day.Year : day.Year - 1;
        return $"{first}/{(first + 1) % 100:D2}";
    }
}
