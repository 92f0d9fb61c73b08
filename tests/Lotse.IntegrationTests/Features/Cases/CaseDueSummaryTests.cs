using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Cases.CaseRequests;

namespace Lotse.IntegrationTests.Features.Cases;

/// <summary>
/// The start page reads next due step, overdue count and last assessment from CaseDueSummaries, which database
/// triggers keep in step with the plan and the assessments. After every kind of change the row must say what the
/// steps and assessments themselves say, and the caseload must show it.
/// </summary>
public abstract class CaseDueSummaryTests(LotseAppFactory app)
{
    private Task<HttpClient> Cm1 => app.SharedApiClientAsync("cm1");

    /// <summary>The summary row against the same figures computed from the case's own rows.</summary>
    private async Task<CaseDueSummary> AssertSummaryMatchesTheCaseAsync(Guid caseId)
    {
        var today = Lotse.IntegrationTests.Features.Clients.ClientRequests.Today;
        return await app.WithDb(async db =>
        {
            var @case = await db.Cases.AsNoTracking().Include(c => c.Goals).ThenInclude(g => g.Steps).Include(c => c.Assessments)
                .SingleAsync(c => c.Id == caseId);
            var open = @case.Goals.SelectMany(g => g.Steps).Where(s => s.Status == StepStatus.Open && s.DueOn != null)
                .OrderBy(s => s.DueOn).ThenBy(s => s.Id).ToList();
            var summary = await db.CaseDueSummaries.AsNoTracking().SingleAsync(s => s.CaseId == caseId);
            Assert.Equal(open.FirstOrDefault()?.DueOn, summary.NextDueOn);
            Assert.Equal(open.FirstOrDefault()?.Description, summary.NextDueItem);
            Assert.Equal(open.Count(s => s.DueOn < today), CaseDueSummary.OverdueOn(summary.OpenStepDueDates, today));
            Assert.Equal(open.Count, summary.OpenStepDueDates?.Split(' ').Length ?? 0);
            Assert.Equal(@case.Assessments.Count == 0 ? null : @case.Assessments.Max(a => a.AssessedOn), summary.LastAssessmentOn);
            return summary;
        });
    }

    private static async Task<JsonElement> CaseloadItemAsync(HttpClient client, Guid caseId) =>
        (await (await client.GetAsync("/api/v1/caseload")).ReadJsonAsync()).EnumerateArray().Single(i => i.GetProperty("caseId").GetGuid() == caseId);

    [Fact]
    public async Task The_summary_follows_new_steps_done_steps_and_assessments()
    {
        var cm1 = await Cm1;
        var (_, @case) = await NewAsync(cm1);
        var goal = await @case.ToPlanningWithGoalAsync(stepDueOn: DaysFromToday(10));
        var summary = await AssertSummaryMatchesTheCaseAsync(@case.Id);
        Assert.Single(summary.OpenStepDueDates!.Split(' '));

        var overdue = await @case.AddStepAsync(goal, "Antrag beim Jobcenter stellen", DaysFromToday(-3));
        await @case.AddStepAsync(goal, "Sprachkurs anmelden", DaysFromToday(-1));
        await @case.AddStepAsync(goal, "Ohne Termin");
        summary = await AssertSummaryMatchesTheCaseAsync(@case.Id);
        Assert.Equal(("Antrag beim Jobcenter stellen", 2), (summary.NextDueItem, CaseDueSummary.OverdueOn(summary.OpenStepDueDates, Lotse.IntegrationTests.Features.Clients.ClientRequests.Today)));
        var item = await CaseloadItemAsync(cm1, @case.Id);
        Assert.Equal((DaysFromToday(-3), "Antrag beim Jobcenter stellen", 2),
            (item.GetProperty("nextDueOn").GetString(), item.GetProperty("nextDueItem").GetString(), item.GetProperty("overdueSteps").GetInt32()));

        await @case.ChangeAsync(HttpMethod.Put, $"steps/{overdue}/status", new() { ["status"] = "Done" });
        summary = await AssertSummaryMatchesTheCaseAsync(@case.Id);
        Assert.Equal("Sprachkurs anmelden", summary.NextDueItem);
        item = await CaseloadItemAsync(cm1, @case.Id);
        Assert.Equal(("Sprachkurs anmelden", 1), (item.GetProperty("nextDueItem").GetString(), item.GetProperty("overdueSteps").GetInt32()));

        await @case.AssessAsync();
        await AssertSummaryMatchesTheCaseAsync(@case.Id);
        Assert.False((await CaseloadItemAsync(cm1, @case.Id)).GetProperty("reassessmentDue").GetBoolean());
    }

    [Fact]
    public async Task A_case_without_plan_has_an_empty_summary_and_shows_nothing_due()
    {
        var cm1 = await Cm1;
        var (_, @case) = await NewAsync(cm1);
        var item = await CaseloadItemAsync(cm1, @case.Id);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("nextDueOn").ValueKind);
        Assert.Equal(0, item.GetProperty("overdueSteps").GetInt32());

        await @case.IntakeAsync();
        await @case.AssessAsync();
        var summary = await AssertSummaryMatchesTheCaseAsync(@case.Id);
        Assert.Null(summary.OpenStepDueDates);
        Assert.NotNull(summary.LastAssessmentOn);
    }
}

public sealed class CaseDueSummaryTests_Sqlite(SqliteApp app) : CaseDueSummaryTests(app), IClassFixture<SqliteApp>;
public sealed class CaseDueSummaryTests_Postgres(PostgresApp app) : CaseDueSummaryTests(app), IClassFixture<PostgresApp>;
