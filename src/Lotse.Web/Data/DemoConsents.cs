using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Clients;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Data;

/// <summary>
/// Demo clients of the Caritas (cm1) with consents in every state, so that the client page shows the list and
/// "Wer darf was sehen": Amal Haddad (valid consent to the Jobcenter and a sent referral: jobcenter sees her),
/// Dawit Mebrahtu (consent to the Jobcenter revoked after a referral had shared data), Iryna Bondarenko (consent
/// to the Agentur für Arbeit expired), Reza Ahmadi (valid consent to the Ausländerbehörde incl. integration
/// achievements: abh sees him).
/// </summary>
public static class DemoConsents
{
    public static async Task SeedAsync(LotseDbContext db, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var today = LocalCalendar.Day(now);
        var orgs = (await db.Organisations.Select(o => new { o.Type, o.Id }).ToListAsync(ct)).GroupBy(o => o.Type).ToDictionary(g => g.Key, g => g.First().Id);
        var caritas = await db.Organisations.Where(o => o.Name.StartsWith("Caritas")).Select(o => o.Id).SingleAsync(ct);
        var cm1 = await db.Users.Where(u => u.UserName == "cm1").Select(u => u.Id).SingleAsync(ct);
        var municipality = await db.Municipalities.Where(m => m.Name == "Musterstadt").Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);

        (Client, Case) Person(string fileNumber, string given, string family, int year, int month, int day, Sex sex, string nationality, string language)
        {
            var client = new Client
            {
                FileNumber = fileNumber, GivenName = given, FamilyName = family, BirthYear = year, BirthMonth = month, BirthDay = day,
                Sex = sex, Nationalities = [nationality], Languages = [language, "Deutsch"], Street = "Am Markt 3", PostalCode = "59999",
                MunicipalityId = municipality, EntryDate = today.AddYears(-2), OwnerOrganisationId = caritas, CreatedAt = now.AddDays(-120),
                Benefits = [new BenefitPeriod { Kind = BenefitKind.SgbII, From = today.AddYears(-1) }],
                ResidenceStatuses = [new ResidenceStatus { Type = ResidenceStatusType.ResidencePermit, LegalBasis = "§ 25 Abs. 2 AufenthG", IssuedOn = today.AddYears(-1), ValidUntil = today.AddYears(2) }],
            };
            foreach (var r in client.ResidenceStatuses) r.ClientId = client.Id;
            ClientKeys.Refresh(client);
            var @case = new Case { ClientId = client.Id, CaseManagerId = cm1, OrganisationId = caritas, OpenedOn = today.AddDays(-100) };
            db.Clients.Add(client);
            db.Cases.Add(@case);
            return (client, @case);
        }

        Consent Consent(Client client, Guid recipient, DataCategory[] categories, string purpose, int givenDaysAgo, DateOnly? validUntil) => new()
        {
            ClientId = client.Id, RecipientOrganisationIds = [recipient], Categories = [.. categories], Purpose = purpose,
            GivenOn = today.AddDays(-givenDaysAgo), Form = ConsentForm.SignedPaper, ValidUntil = validUntil,
            RecordedByUserId = cm1, RecordedAt = now.AddDays(-givenDaysAgo)
        };

        Referral Referral(Client client, Case @case, Guid to, DataCategory[] shared, string service, DateTimeOffset sentAt) => new()
        {
            ClientId = client.Id, CaseId = @case.Id, FromOrganisationId = caritas, CreatedByUserId = cm1, ToOrganisationId = to,
            Service = service, SharedCategories = [.. shared], CreatedAt = sentAt.AddHours(-1)
        };

        var jobcenter = orgs[OrganisationType.Jobcenter];
        var (amal, amalCase) = Person("DEMO-AH01", "Amal", "Haddad", 1990, 4, 12, Sex.Female, "SYR", "Arabisch");
        db.Consents.Add(Consent(amal, jobcenter, [DataCategory.IdentityContact, DataCategory.Benefits, DataCategory.ResidenceStatus, DataCategory.GoalsPlan],
            "Abstimmung der Eingliederung in Arbeit mit dem Jobcenter (Integrationskurs, Bewerbungsunterstützung)", 30, today.AddYears(1)));
        var amalReferral = Referral(amal, amalCase, jobcenter, [DataCategory.IdentityContact, DataCategory.Benefits], "Prüfung Integrationskurs-Berechtigung", now.AddDays(-20));
        amalReferral.Send([], now.AddDays(-20));
        db.Referrals.Add(amalReferral);

        var (dawit, dawitCase) = Person("DEMO-DM02", "Dawit", "Mebrahtu", 1985, 11, 3, Sex.Male, "ERI", "Tigrinya");
        var revoked = Consent(dawit, jobcenter, [DataCategory.IdentityContact, DataCategory.Benefits], "Vermittlung in eine Ausbildung", 60, null);
        var dawitReferral = Referral(dawit, dawitCase, jobcenter, [DataCategory.IdentityContact, DataCategory.Benefits], "Beratung zur Ausbildungsförderung", now.AddDays(-50));
        dawitReferral.Send([], now.AddDays(-50));
        dawitReferral.Accept(now.AddDays(-48));
        revoked.Revoke(now.AddDays(-10), "Widerruf mündlich in der Beratung erklärt", [dawitReferral.Id]);
        db.Consents.Add(revoked);
        db.Referrals.Add(dawitReferral);

        var (iryna, _) = Person("DEMO-IB03", "Iryna", "Bondarenko", 1979, 7, 21, Sex.Female, "UKR", "Ukrainisch");
        db.Consents.Add(Consent(iryna, orgs[OrganisationType.EmploymentAgency], [DataCategory.IdentityContact, DataCategory.Assessment],
            "Anerkennung des Berufsabschlusses (Beratung der Agentur für Arbeit)", 400, today.AddDays(-35)));

        var (reza, _) = Person("DEMO-RA04", "Reza", "Ahmadi", 1996, 2, 9, Sex.Male, "AFG", "Dari");
        db.Consents.Add(Consent(reza, orgs[OrganisationType.ImmigrationAuthority],
            [DataCategory.IdentityContact, DataCategory.ResidenceStatus, DataCategory.IntegrationAchievements],
            "Nachweis der Integrationsleistungen für die Verlängerung der Aufenthaltserlaubnis (Baustein 3)", 14, today.AddMonths(6)));

        await db.SaveChangesAsync(ct);
    }
}
