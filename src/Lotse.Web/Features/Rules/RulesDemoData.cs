using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Rules;

/// <summary>
/// Demo clients of cm1 (Caritas) that show the rules at work: an expiring residence permit with Bürgergeld,
/// a young woman with Duldung close to six years' stay (§ 25b), a minor with Gestattung. Only in the demo
/// environment (Demo:Seed), once.
/// </summary>
public static class RulesDemoData
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<LotseDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        if (await db.Clients.AnyAsync(c => c.FileNumber.StartsWith("DEMO-R-"), ct)) return;
        var cm1 = await db.Users.Where(u => u.UserName == "cm1").Select(u => new { u.Id, u.OrganisationId }).FirstOrDefaultAsync(ct);
        if (cm1 is null) return;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        Client New(string number, string given, string family, int year, int? month, int? day, DateOnly? entry) => new()
        {
            FileNumber = number, GivenName = given, FamilyName = family, BirthYear = year, BirthMonth = month, BirthDay = day,
            EntryDate = entry, Nationalities = ["SYR"], OwnerOrganisationId = cm1.OrganisationId, CreatedAt = clock.GetUtcNow()
        };

        var expiring = New("DEMO-R-001", "Karim", "Haddad", 1986, 5, 17, today.AddYears(-7));
        expiring.Benefits.Add(new BenefitPeriod { Kind = BenefitKind.SgbII, From = today.AddYears(-2) });
        expiring.ResidenceStatuses.Add(new ResidenceStatus { ClientId = expiring.Id, Type = ResidenceStatusType.ResidencePermit, LegalBasis = "§ 25 Abs. 2 AufenthG", IssuedOn = today.AddYears(-3), ValidUntil = today.AddDays(30) });

        var toleration = New("DEMO-R-002", "Meron", "Berhane", 1999, 3, 14, today.AddYears(-6).AddDays(40));
        toleration.Benefits.Add(new BenefitPeriod { Kind = BenefitKind.AsylbLG, From = today.AddYears(-6).AddDays(40) });
        toleration.Household.Add(new HouseholdMember { Relation = "Schwester", BirthYear = 1997, IsMinorChild = false });
        toleration.ResidenceStatuses.Add(new ResidenceStatus { ClientId = toleration.Id, Type = ResidenceStatusType.PermissionToRemain, IssuedOn = today.AddYears(-6).AddDays(50), ValidUntil = today.AddYears(-4) });
        toleration.ResidenceStatuses.Add(new ResidenceStatus { ClientId = toleration.Id, Type = ResidenceStatusType.Toleration, LegalBasis = "§ 60a Abs. 2 AufenthG", IssuedOn = today.AddYears(-4), ValidUntil = today.AddMonths(5) });

        var minor = New("DEMO-R-003", "Ahmad", "Sultani", today.Year - 16, null, null, today.AddYears(-2));
        minor.ResidenceStatuses.Add(new ResidenceStatus { ClientId = minor.Id, Type = ResidenceStatusType.PermissionToRemain, LegalBasis = "§ 55 AsylG", IssuedOn = today.AddYears(-2), ValidUntil = today.AddMonths(4) });

        foreach (var client in new[] { expiring, toleration, minor })
        {
            ClientKeys.Refresh(client);
            db.Clients.Add(client);
            var @case = new Case { ClientId = client.Id, CaseManagerId = cm1.Id, OrganisationId = cm1.OrganisationId, OpenedOn = today.AddMonths(-8) };
            @case.RecordIntake(new Intake
            {
                FirstContactOn = today.AddMonths(-8), Route = AccessRoute.Self, FirstConcerns = "Aufenthalt, Arbeit und Sprache",
                Decision = IntakeDecision.CaseManagementIndicated
            }, today);
            @case.RecordAssessment(new Assessment
            {
                AssessedOn = today.AddMonths(-7),
                Ratings = [new LifeDomainRating { Domain = LifeDomain.Residence, Rating = 4, Need = "Aufenthaltsperspektive klären" }]
            }, today);
            db.Cases.Add(@case);
        }
        await db.SaveChangesAsync(ct);
    }
}
