using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Domain.Clients;
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
        var (held, heldName, _) = await ClientWithClosedCaseAsync(cm1, "Gesperrt");
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
