using Lotse.Web.Domain.Achievements;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.UnitTests.Achievements;

public class AchievementValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly string[] Children = ["Lina Haddad"];

    private static IReadOnlyDictionary<string, string[]> Fields(Error? error)
    {
        Assert.NotNull(error);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        return error.Fields!;
    }

    private static IntegrationAchievement Certificate() => new()
    {
        Kind = AchievementKind.LanguageCertificate, Language = " Deutsch ", Level = CefrLevel.B1,
        CertificateName = "Deutsch-Test für Zuwanderer (DTZ)", AchievedOn = Today, EvidencePresent = true
    };

    [Fact]
    public void A_complete_language_certificate_is_valid_and_trimmed()
    {
        var a = Certificate();
        Assert.Null(a.Validate(Today, Children));
        Assert.Equal("Deutsch", a.Language);
    }

    [Fact]
    public void A_language_certificate_needs_language_level_exam_and_a_date_not_in_the_future()
    {
        var fields = Fields(new IntegrationAchievement { Kind = AchievementKind.LanguageCertificate }.Validate(Today, Children));
        Assert.Equal(["Bitte geben Sie die Sprache des Zertifikats an."], fields["language"]);
        Assert.Equal(["Bitte wählen Sie das Sprachniveau aus der Liste (A1 bis C2)."], fields["level"]);
        Assert.Equal(["Bitte geben Sie die Prüfung oder das Zertifikat an (z. B. DTZ, telc B1)."], fields["certificateName"]);
        Assert.Equal(["Bitte geben Sie das Datum des Zertifikats an."], fields["achievedOn"]);

        var future = Certificate();
        future.AchievedOn = Today.AddDays(1);
        Assert.Equal(["Das Datum des Zertifikats kann nicht in der Zukunft liegen."], Fields(future.Validate(Today, Children))["achievedOn"]);

        var unknownLevel = Certificate();
        unknownLevel.Level = (CefrLevel)17;
        Assert.Contains("level", Fields(unknownLevel.Validate(Today, Children)).Keys);
    }

    [Fact]
    public void Fields_of_other_kinds_are_cleared()
    {
        var course = new IntegrationAchievement
        {
            Kind = AchievementKind.IntegrationCourse, AchievedOn = Today.AddDays(-3), OrientationCourseCompleted = true,
            Language = "Deutsch", Level = CefrLevel.B1, Since = Today.AddDays(-100), HoursPerWeek = 20, ChildName = "Lina Haddad"
        };
        Assert.Null(course.Validate(Today, Children));
        Assert.True(course.OrientationCourseCompleted);
        Assert.Null(course.Language);
        Assert.Null(course.Level);
        Assert.Null(course.Since);
        Assert.Null(course.HoursPerWeek);
        Assert.Null(course.ChildName);
    }

    [Fact]
    public void Employment_needs_a_kind_and_a_start_and_ends_after_it_with_plausible_hours()
    {
        var fields = Fields(new IntegrationAchievement { Kind = AchievementKind.Employment }.Validate(Today, Children));
        Assert.Equal(["Bitte wählen Sie die Art der Beschäftigung oder Ausbildung aus der Liste."], fields["employmentKind"]);
        Assert.Equal(["Bitte geben Sie an, seit wann die Beschäftigung oder Ausbildung besteht."], fields["since"]);

        var work = new IntegrationAchievement
        {
            Kind = AchievementKind.Employment, EmploymentKind = EmploymentKind.VocationalTraining,
            Since = Today.AddDays(-10), Until = Today.AddDays(-11), HoursPerWeek = 61
        };
        fields = Fields(work.Validate(Today, Children));
        Assert.Equal(["Das Ende liegt vor dem Beginn."], fields["until"]);
        Assert.Equal(["Die Wochenstunden müssen zwischen 0 und 60 liegen."], fields["hoursPerWeek"]);

        var starting = new IntegrationAchievement { Kind = AchievementKind.Employment, EmploymentKind = EmploymentKind.Employment, Since = Today.AddDays(1) };
        Assert.Contains("since", Fields(starting.Validate(Today, Children)).Keys);

        // An end in the future is a fixed-term contract, not an error.
        var fixedTerm = new IntegrationAchievement { Kind = AchievementKind.Employment, EmploymentKind = EmploymentKind.Employment, Since = Today, Until = Today.AddYears(1), HoursPerWeek = 38.5m };
        Assert.Null(fixedTerm.Validate(Today, Children));
    }

    [Theory]
    [InlineData("2025/26", true)]
    [InlineData("1999/00", true)]
    [InlineData("2025/27", false)]
    [InlineData("2025-26", false)]
    [InlineData("25/26", false)]
    public void School_years_are_written_2025_26(string schoolYear, bool valid) =>
        Assert.Equal(valid, IntegrationAchievement.IsSchoolYear(schoolYear));

    [Fact]
    public void School_attendance_names_a_minor_child_of_the_household()
    {
        var school = new IntegrationAchievement { Kind = AchievementKind.SchoolAttendance, ChildName = "lina haddad", SchoolYear = "2025/26", Since = Today.AddMonths(-3) };
        Assert.Null(school.Validate(Today, Children));

        var stranger = new IntegrationAchievement { Kind = AchievementKind.SchoolAttendance, ChildName = "Omar", SchoolYear = "2025/26", Since = Today };
        Assert.Equal(["Dieses Kind ist nicht als minderjähriges Kind im Haushalt der Person erfasst."], Fields(stranger.Validate(Today, Children))["childName"]);
    }

    [Fact]
    public void Voluntary_work_and_other_achievements_need_a_description()
    {
        Assert.Equal(["Bitte geben Sie die Art des Ehrenamts an."],
            Fields(new IntegrationAchievement { Kind = AchievementKind.VoluntaryWork, Since = Today }.Validate(Today, Children))["description"]);
        var other = Fields(new IntegrationAchievement { Kind = AchievementKind.Other, Description = "   " }.Validate(Today, Children));
        Assert.Equal(["Bitte beschreiben Sie die Integrationsleistung kurz."], other["description"]);
        Assert.Equal(["Bitte geben Sie das Datum der Integrationsleistung an."], other["achievedOn"]);
    }

    [Fact]
    public void An_evidence_note_needs_the_evidence_confirmed_and_texts_are_limited()
    {
        var a = Certificate();
        a.EvidencePresent = false;
        a.EvidenceNote = "Kopie in der Akte";
        Assert.Equal(["Sie haben einen Nachweis beschrieben: Bitte bestätigen Sie, dass der Nachweis vorliegt."], Fields(a.Validate(Today, Children))["evidencePresent"]);

        var longName = Certificate();
        longName.CertificateName = new string('x', 201);
        Assert.Equal(["Die Bezeichnung des Zertifikats darf höchstens 200 Zeichen lang sein."], Fields(longName.Validate(Today, Children))["certificateName"]);
    }
}

public class ResidenceDecisionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void A_new_residence_title_of_the_Auslaenderbehoerde_is_valid_and_carries_its_source()
    {
        var decision = new ResidenceDecision(ResidenceStatusType.SettlementPermit, " § 9 AufenthG ", Today, null);
        Assert.Null(decision.Validate(Today, byNaturalisationAuthority: false));
        var status = decision.ToStatus(Guid.NewGuid(), byNaturalisationAuthority: false);
        Assert.Equal("Ausländerbehörde", status.Source);
        Assert.Equal("§ 9 AufenthG", status.LegalBasis);
    }

    [Fact]
    public void Valid_until_lies_after_the_day_of_issue_and_the_decision_is_not_in_the_future()
    {
        var sameDay = new ResidenceDecision(ResidenceStatusType.ResidencePermit, "§ 25 Abs. 2 AufenthG", Today, Today).Validate(Today, false);
        Assert.Equal(["„Gültig bis“ muss nach dem Tag der Erteilung liegen."], sameDay!.Fields!["validUntil"]);
        var future = new ResidenceDecision(ResidenceStatusType.ResidencePermit, "§ 25 Abs. 2 AufenthG", Today.AddDays(1), Today.AddYears(1)).Validate(Today, false);
        Assert.Equal(["Eine Entscheidung kann nicht in der Zukunft erteilt worden sein."], future!.Fields!["issuedOn"]);
        var missing = new ResidenceDecision(null, null, null, null).Validate(Today, false);
        Assert.Equal(["Bitte wählen Sie den Aufenthaltsstatus aus der Liste."], missing!.Fields!["type"]);
        Assert.Equal(["Bitte geben Sie an, wann der Titel erteilt wurde."], missing.Fields["issuedOn"]);
        var unknownType = new ResidenceDecision((ResidenceStatusType)99, "§ 1", Today, null).Validate(Today, false);
        Assert.Equal(["Bitte wählen Sie den Aufenthaltsstatus aus der Liste."], unknownType!.Fields!["type"]);
        var noBasis = new ResidenceDecision(ResidenceStatusType.Toleration, " ", Today, Today.AddMonths(6)).Validate(Today, false);
        Assert.Equal(["Bitte geben Sie die Rechtsgrundlage an (z. B. § 25 Abs. 2 AufenthG)."], noBasis!.Fields!["legalBasis"]);
    }

    [Fact]
    public void Naturalisation_is_the_Einbuergerungsbehoerdes_decision_alone_and_has_no_end()
    {
        Assert.Equal(["Eine Einbürgerung erfasst die Einbürgerungsbehörde."],
            new ResidenceDecision(ResidenceStatusType.Naturalised, "§ 10 StAG", Today, null).Validate(Today, false)!.Fields!["type"]);
        Assert.Equal(["Die Einbürgerungsbehörde erfasst nur Einbürgerungen."],
            new ResidenceDecision(ResidenceStatusType.ResidencePermit, "§ 25 AufenthG", Today, null).Validate(Today, true)!.Fields!["type"]);
        Assert.Equal(["Eine Einbürgerung ist nicht befristet: Bitte lassen Sie „Gültig bis“ leer."],
            new ResidenceDecision(ResidenceStatusType.Naturalised, null, Today, Today.AddYears(1)).Validate(Today, true)!.Fields!["validUntil"]);

        var naturalised = new ResidenceDecision(ResidenceStatusType.Naturalised, null, Today, null);
        Assert.Null(naturalised.Validate(Today, true));
        Assert.Equal("Einbürgerungsbehörde", naturalised.ToStatus(Guid.NewGuid(), true).Source);
    }
}
