using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Domain.Achievements;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Domain.DataProtection;
using Lotse.Web.Features.DataProtection.Retention;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;
using static Lotse.IntegrationTests.Features.DataProtection.DataProtectionRequests;

namespace Lotse.IntegrationTests.Features.DataProtection;

/// <summary>
/// The retention job with a fake clock (defaults: closed cases 3 years, clients without a case 2 years, birth date
/// to the quarter): nothing due → nothing changes; due → anonymised as specified, statistics unchanged; a
/// Sperrvermerk holds a client back; the dry run changes nothing; a second or concurrent run does nothing more.
/// The tests of this class share a database, so each asserts on its own clients or on differences.
/// </summary>
public abstract class RetentionTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private static readonly DateTimeOffset InFourYears = DateTimeOffset.UtcNow.AddYears(4);

    private Task<RetentionReport> RunAsync(DateTimeOffset now, bool dryRun = false) => app.WithScope(sp =>
    {
        var job = ActivatorUtilities.CreateInstance<RetentionJob>(sp, new FixedClock(now));
        return dryRun ? job.PlanAsync(default) : job.RunAsync(default);
    });

    private Task<Client> ClientAsync(Guid id) => app.WithDb(db => db.Clients.AsNoTracking().Include(c => c.ResidenceStatuses).SingleAsync(c => c.Id == id));

    /// <summary>What statistics count: Kommune, sex, nationalities, birth year, per client.</summary>
    private Task<List<string>> StatisticsAsync(IEnumerable<Guid> ids)
    {
        var list = ids.ToList();
        return app.WithDb(async db => (await db.Clients.AsNoTracking().Where(c => list.Contains(c.Id)).ToListAsync())
            .Select(c => $"{c.MunicipalityId}|{c.Sex}|{string.Join(',', c.Nationalities)}|{c.BirthYear}|{c.ResidenceStatuses.Count}|{c.Benefits.Count}")
            .Order().ToList());
    }

    /// <summary>
    /// Free text around a client, written as the features would: a revoked consent with a guardian, three referrals
    /// (completed with feedback, rejected, cancelled), an achievement with a description and an obstacle of the case.
    /// </summary>
    private Task LinkedRecordsAsync(Guid clientId, Guid caseId, string name) => app.WithDb(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId);
        var jobcenter = await db.Organisations.Where(o => o.Name == "Jobcenter Kreis Musterland").Select(o => o.Id).SingleAsync();
        var consent = new Consent
        {
            ClientId = clientId, RecipientOrganisationIds = [jobcenter], Categories = [DataCategory.IdentityContact, DataCategory.ReferralContent],
            Purpose = "Arbeitsvermittlung für " + name, GivenOn = Today.AddDays(-5), Form = ConsentForm.SignedPaper,
            GuardianName = "Mutter von " + name, RecordedAt = now, RecordedByUserId = @case.CaseManagerId
        };
        Assert.Null(consent.Revoke(now, "Widerruf durch " + name));
        db.Consents.Add(consent);
        Referral NewReferral(string service) => new()
        {
            ClientId = clientId, CaseId = caseId, FromOrganisationId = @case.OrganisationId, CreatedByUserId = @case.CaseManagerId,
            ToOrganisationId = jobcenter, Service = service, Message = "Bitte " + name + " beraten", PartnerCaseReference = "BG-" + name,
            SharedCategories = [DataCategory.IdentityContact, DataCategory.ReferralContent], CreatedAt = now
        };
        var completed = NewReferral("Arbeitsvermittlung");
        Assert.Null(completed.Send([], now));
        Assert.Null(completed.Accept(now));
        Assert.Null(completed.AddFeedback(new ReferralFeedback { At = now, AuthorUserId = @case.CaseManagerId, AuthorOrganisationId = jobcenter, Text = "Gespräch mit " + name }));
        Assert.Null(completed.Complete("Stelle für " + name + " gefunden", now));
        var rejected = NewReferral("Sprachkurs");
        Assert.Null(rejected.Send([], now));
        Assert.Null(rejected.Reject("Nicht zuständig für " + name, now));
        var cancelled = NewReferral("Beratung");
        Assert.Null(cancelled.Cancel("Umzug von " + name, now));
        db.Referrals.AddRange(completed, rejected, cancelled);
        db.IntegrationAchievements.Add(new IntegrationAchievement
        {
            ClientId = clientId, Kind = AchievementKind.VoluntaryWork, Description = "Tafel, mit " + name, Since = Today.AddYears(-1),
            EvidencePresent = true, EvidenceNote = "Bestätigung für " + name, RecordedAt = now, RecordedByUserId = @case.CaseManagerId
        });
        db.Obstacles.Add(new Obstacle
        {
            CaseId = caseId, RecordedByOrganisationId = @case.OrganisationId, RecordedById = @case.CaseManagerId, RecordedOn = Today,
            Phase = @case.Phase, Category = ObstacleCategory.WaitingTime, OrganisationIds = [jobcenter], LifeDomain = LifeDomain.WorkTraining,
            Description = "Wartezeit bei " + name
        });
        await db.SaveChangesAsync();
    });

    private Task<(List<Consent> Consents, List<Referral> Referrals, List<IntegrationAchievement> Achievements, List<Obstacle> Obstacles)> LinkedAsync(Guid clientId, Guid caseId) =>
        app.WithDb(async db => (
            await db.Consents.AsNoTracking().Where(k => k.ClientId == clientId).ToListAsync(),
            await db.Referrals.AsNoTracking().Include(r => r.Feedback).Where(r => r.ClientId == clientId).OrderBy(r => r.Service).ToListAsync(),
            await db.IntegrationAchievements.AsNoTracking().Where(a => a.ClientId == clientId).ToListAsync(),
            await db.Obstacles.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync()));

    [Fact]
    public async Task Due_records_are_anonymised_as_specified_held_and_undue_ones_stay_and_statistics_do_not_change()
    {
        var cm1 = await As("cm1");
        var municipality = await app.WithDb(db => db.Municipalities.Select(m => m.Id).FirstAsync());
        var (due, dueName, dueCase) = await ClientWithClosedCaseAsync(cm1, "Faellig");
        await app.WithDb(async db =>
        {
            var c = await db.Clients.SingleAsync(x => x.Id == due);
            c.MunicipalityId = municipality;
            await db.SaveChangesAsync();
        });
        var (held, heldName, heldCase) = await ClientWithClosedCaseAsync(cm1, "Gesperrt");
        await LinkedRecordsAsync(due, dueCase, dueName);
        await LinkedRecordsAsync(held, heldCase, heldName);
        var withoutCase = (await RegisterAsync(cm1, Full(UniqueName("OhneFall")))).GetProperty("id").GetGuid();
        var active = (await CaseRequests.NewAsync(cm1)).ClientId;
        var ours = new[] { due, held, withoutCase, active };
        await (await (await As("datenschutz")).PostAsJsonAsync($"/api/v1/data-protection/clients/{held}/legal-holds", new { reason = "Gerichtsverfahren anhängig" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        // Today nothing of ours is due, and a run changes nothing of ours.
        var today = await RunAsync(DateTimeOffset.UtcNow);
        Assert.DoesNotContain(today.Due, i => ours.Contains(i.ClientId));
        Assert.Equal(dueName, (await ClientAsync(due)).FamilyName);

        var statistics = await StatisticsAsync(ours);
        var clientCount = await app.WithDb(db => db.Clients.CountAsync());

        // The dry run in four years names what would go and why, and changes nothing.
        var auditBefore = await app.WithDb(db => db.AuditEntries.CountAsync());
        var plan = await RunAsync(InFourYears, dryRun: true);
        Assert.Contains(plan.Due, i => i.RecordType == RetentionRecordType.Client && i.SubjectId == due);
        Assert.Contains(plan.Due, i => i.RecordType == RetentionRecordType.ClosedCase && i.SubjectId == dueCase);
        Assert.Contains(plan.Due, i => i.RecordType == RetentionRecordType.ClientWithoutCase && i.SubjectId == withoutCase);
        Assert.DoesNotContain(plan.Due, i => i.ClientId == held || i.ClientId == active);
        Assert.Contains(plan.Held, i => i.ClientId == held);
        Assert.Equal(plan.Due.Count, plan.Counts.Sum(c => c.Due));
        Assert.Equal(dueName, (await ClientAsync(due)).FamilyName);
        Assert.Equal(auditBefore, await app.WithDb(db => db.AuditEntries.CountAsync()));
        Assert.Empty(await app.WithDb(db => db.Set<AnonymisationRecord>().Where(r => ours.Contains(r.ClientId)).ToListAsync()));

        var run = await RunAsync(InFourYears);
        Assert.False(run.DryRun);
        Assert.Contains(run.Due, i => i.SubjectId == due);

        var anonymised = await ClientAsync(due);
        Assert.Equal(("[anonymisiert]", "[anonymisiert]"), (anonymised.GivenName, anonymised.FamilyName));
        Assert.Empty(anonymised.NameVariants);
        Assert.Empty(anonymised.Contacts);
        Assert.Null(anonymised.Street);
        Assert.Null(anonymised.PostalCode);
        Assert.All(anonymised.Household, h => Assert.Null(h.Name));
        Assert.Equal((1988, 1, 1), (anonymised.BirthYear!.Value, anonymised.BirthMonth!.Value, anonymised.BirthDay!.Value)); // 14.03.1988 → 1st quarter
        Assert.Equal(municipality, anonymised.MunicipalityId);
        Assert.Equal([Sex.Female], new[] { anonymised.Sex });
        Assert.Equal(["SYR", "XXA"], anonymised.Nationalities);
        Assert.DoesNotContain(dueName, anonymised.FileNumber + anonymised.NameKey + anonymised.PhoneticKey);
        var anonymisedCase = await app.WithDb(db => db.Cases.AsNoTracking().Include(c => c.Notes).Include(c => c.Goals).ThenInclude(g => g.Steps)
            .Include(c => c.Assessments).SingleAsync(c => c.Id == dueCase));
        Assert.All(anonymisedCase.Notes, n => Assert.Equal("[anonymisiert]", n.Text));
        Assert.All(anonymisedCase.Goals, g => Assert.Equal("[anonymisiert]", g.Description));
        Assert.All(anonymisedCase.Goals.SelectMany(g => g.Steps), s => Assert.Equal("[anonymisiert]", s.Description));
        Assert.All(anonymisedCase.Assessments.SelectMany(a => a.Ratings), r => Assert.Null(r.Situation));
        Assert.Equal("[anonymisiert]", anonymisedCase.Intake!.FirstConcerns);
        Assert.Equal("[anonymisiert]", anonymisedCase.SystemRemark);
        Assert.NotNull(anonymisedCase.ClosedOn);

        // Consents, referrals, achievements and obstacles of the client lose their free text, keep what statistics need.
        const string M = "[anonymisiert]";
        var (consents, referrals, achievements, obstacles) = await LinkedAsync(due, dueCase);
        var consent = Assert.Single(consents);
        Assert.Equal((M, M, M), (consent.Purpose, consent.GuardianName, consent.RevocationNote));
        Assert.Equal([DataCategory.IdentityContact, DataCategory.ReferralContent], consent.Categories);
        Assert.Single(consent.RecipientOrganisationIds);
        Assert.NotNull(consent.RevokedAt);
        Assert.Equal(Today.AddDays(-5), consent.GivenOn);
        Assert.Equal(["Arbeitsvermittlung", "Beratung", "Sprachkurs"], referrals.Select(r => r.Service).ToArray());
        Assert.Equal([ReferralStatus.Completed, ReferralStatus.Cancelled, ReferralStatus.Rejected], referrals.Select(r => r.Status).ToArray());
        Assert.All(referrals, r =>
        {
            Assert.Equal(M, r.Message);
            Assert.Null(r.PartnerCaseReference);
            Assert.Equal([DataCategory.IdentityContact, DataCategory.ReferralContent], r.SharedCategories);
        });
        Assert.Equal(M, referrals[0].Result);
        Assert.NotNull(referrals[0].CompletedAt);
        Assert.Equal(M, Assert.Single(referrals[0].Feedback).Text);
        Assert.Equal(M, referrals[1].CancellationReason);
        Assert.Equal(M, referrals[2].RejectionReason);
        Assert.NotNull(referrals[2].RejectedAt);
        var achievement = Assert.Single(achievements);
        Assert.Equal((M, M), (achievement.Description, achievement.EvidenceNote));
        Assert.Equal((AchievementKind.VoluntaryWork, Today.AddYears(-1)), (achievement.Kind, achievement.Since!.Value));
        var obstacle = Assert.Single(obstacles);
        Assert.Equal(M, obstacle.Description);
        Assert.Equal((ObstacleCategory.WaitingTime, LifeDomain.WorkTraining), (obstacle.Category, obstacle.LifeDomain));
        var everything = string.Join("|", consents.Select(k => k.Purpose + k.GuardianName + k.RevocationNote)
            .Concat(referrals.Select(r => r.Message + r.Result + r.RejectionReason + r.CancellationReason + r.PartnerCaseReference + string.Concat(r.Feedback.Select(f => f.Text))))
            .Concat(achievements.Select(a => a.Description + a.EvidenceNote)).Concat(obstacles.Select(o => o.Description)));
        Assert.DoesNotContain(dueName, everything);

        // The held client's records keep their text.
        var (heldConsents, heldReferrals, heldAchievements, heldObstacles) = await LinkedAsync(held, heldCase);
        Assert.Equal("Arbeitsvermittlung für " + heldName, Assert.Single(heldConsents).Purpose);
        Assert.All(heldReferrals, r => Assert.Equal("Bitte " + heldName + " beraten", r.Message));
        Assert.Equal("Tafel, mit " + heldName, Assert.Single(heldAchievements).Description);
        Assert.Equal("Wartezeit bei " + heldName, Assert.Single(heldObstacles).Description);

        Assert.Equal("[anonymisiert]", (await ClientAsync(withoutCase)).FamilyName);
        Assert.Equal(heldName, (await ClientAsync(held)).FamilyName);
        Assert.NotEqual("[anonymisiert]", (await ClientAsync(active)).FamilyName);

        // Still counted: same number of clients, same statistical attributes.
        Assert.Equal(clientCount, await app.WithDb(db => db.Clients.CountAsync()));
        Assert.Equal(statistics, await StatisticsAsync(ours));

        // The audit chain stays verifiable: the job changed data rows, not audit rows.
        var verification = await app.WithScope(async sp =>
        {
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync();
            return await sp.GetRequiredService<AuditVerifier>().VerifyAsync();
        });
        Assert.True(verification.IsIntact, verification.Message);

        // Running again changes nothing.
        var again = await RunAsync(InFourYears);
        Assert.DoesNotContain(again.Due, i => ours.Contains(i.ClientId));
    }

    [Fact]
    public async Task Two_runs_at_the_same_time_anonymise_each_record_exactly_once()
    {
        var cm1 = await As("cm1");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add((await ClientWithClosedCaseAsync(cm1, "Parallel")).ClientId);
        var later = InFourYears.AddDays(10);
        var due = (await RunAsync(later, dryRun: true)).Due.Count;
        Assert.True(due >= 6);
        var auditBefore = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        var runs = await Task.WhenAll(RunAsync(later), RunAsync(later));

        Assert.Equal(due, runs.Sum(r => r.Due.Count)); // one did it all (or they shared), nothing twice
        Assert.Empty((await RunAsync(later)).Due);
        var records = await app.WithDb(db => db.Set<AnonymisationRecord>().Where(r => ids.Contains(r.ClientId)).ToListAsync());
        Assert.Equal(6, records.Count);
        var updates = await app.WithDb(db => db.AuditEntries.Where(e => e.Id > auditBefore && e.EntityType == "Client" && e.Operation == AuditOperation.Update).ToListAsync());
        foreach (var id in ids) Assert.Single(updates, e => e.EntityId == id.ToString());
    }

    [Theory]
    [InlineData("Retention:ClosedCaseYears", "0", "ClosedCaseYears")]
    [InlineData("Retention:ClientWithoutCaseYears", "101", "ClientWithoutCaseYears")]
    [InlineData("Retention:Interval", "00:00:10", "Interval")]
    public async Task Lotse_refuses_to_start_with_invalid_retention_periods(string key, string value, string named)
    {
        await using var bad = await LotseAppFactory.StartAsync(app.Provider, new LotseAppOptions { Settings = new Dictionary<string, string?> { [key] = value } });
        var error = Record.Exception(() => bad.CreateClient().Dispose());
        Exception? e = error;
        while (e is not null and not Microsoft.Extensions.Options.OptionsValidationException) e = e.InnerException;
        var validation = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(e);
        Assert.Contains(named, validation.Message);
    }

    [Theory]
    [InlineData("cm1")]
    [InlineData("koordination")]
    [InlineData("admin")]
    [InlineData("lenkung")]
    public async Task Only_the_DPO_sees_the_dry_run_and_starts_a_run(string user)
    {
        var client = await As(user);
        await (await client.PostAsync("/api/v1/data-protection/retention/dry-run", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
        await (await client.PostAsync("/api/v1/data-protection/retention/run", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
        var report = await (await (await As("datenschutz")).PostAsync("/api/v1/data-protection/retention/dry-run", null)).ReadJsonAsync();
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(3, report.GetProperty("counts").GetArrayLength());
    }
}

public sealed class RetentionTests_Sqlite(SqliteApp app) : RetentionTests(app), IClassFixture<SqliteApp>;
public sealed class RetentionTests_Postgres(PostgresApp app) : RetentionTests(app), IClassFixture<PostgresApp>;
