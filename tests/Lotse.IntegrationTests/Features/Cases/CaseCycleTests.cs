using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Cases.CaseRequests;

namespace Lotse.IntegrationTests.Features.Cases;

/// <summary>
/// The case-management cycle over the API: the whole path with phase, version and history at each step,
/// the guarded transitions (409 with a German message, nothing changed), stale and concurrent changes.
/// </summary>
public abstract class CaseCycleTests(LotseAppFactory app)
{
    private Task<HttpClient> Cm1 => app.SharedApiClientAsync("cm1");

    [Fact]
    public async Task The_whole_cycle_from_intake_to_reopening()
    {
        var cm1 = await Cm1;
        var (clientId, @case) = await NewAsync(cm1);
        Assert.Equal(0, @case.Version);
        var file = await @case.GetAsync();
        AssertPhase(file, "Intake", "Zugang", 0);
        Assert.Equal(clientId, file.GetProperty("clientId").GetGuid());
        Assert.Equal("Clara Caritas", file.GetProperty("caseManagerName").GetString());
        Assert.Equal(Today, file.GetProperty("openedOn").GetString());
        Assert.Empty(History(file));
        Assert.Equal(@case.Id, (await Clients.ClientRequests.GetAsync(cm1, clientId)).GetProperty("activeCaseId").GetGuid());

        file = await @case.IntakeAsync();
        AssertPhase(file, "Intake", "Zugang", 1);
        Assert.Equal("CaseManagementIndicated", file.GetProperty("intake").GetProperty("decision").GetString());
        Assert.Equal(["Erstberatung erfasst"], History(file));

        file = await @case.AssessAsync();
        AssertPhase(file, "Assessment", "Assessment", 2);
        Assert.Equal(2, file.GetProperty("assessments")[0].GetProperty("ratings").GetArrayLength());
        Assert.Equal(["Phase „Zugang“ → „Assessment“", "Assessment erfasst"], History(file).Skip(1));

        file = await @case.MoveAsync("Planning");
        AssertPhase(file, "Planning", "Planung", 3);
        Assert.Equal("Phase „Assessment“ → „Planung“", History(file)[^1]);

        var goal = await @case.AddGoalAsync("Eigene Wohnung finden");
        AssertPhase(@case.Last, "Planning", "Planung", 4);
        Assert.Equal("Ziel vereinbart", History(@case.Last)[^1]);

        var step = await @case.AddStepAsync(goal, "Wohnberechtigungsschein beantragen", DaysFromToday(14));
        AssertPhase(@case.Last, "Planning", "Planung", 5);
        var stepDto = @case.Last.GetProperty("goals")[0].GetProperty("steps")[0];
        Assert.Equal("Open", stepDto.GetProperty("status").GetString());
        Assert.False(stepDto.GetProperty("overdue").GetBoolean());

        file = await @case.AgreePlanAsync();
        AssertPhase(file, "Linking", "Linking", 6);
        Assert.Equal(Today, file.GetProperty("planAgreedOn").GetString());
        Assert.Equal("Phase „Planung“ → „Linking“", History(file)[^1]);

        file = await @case.MoveAsync("Monitoring");
        AssertPhase(file, "Monitoring", "Monitoring", 7);

        file = await @case.NoteAsync("Besichtigung vereinbart");
        AssertPhase(file, "Monitoring", "Monitoring", 8);
        var note = Assert.Single(file.GetProperty("notes").EnumerateArray().ToList());
        Assert.Equal("Besichtigung vereinbart", note.GetProperty("text").GetString());
        Assert.True(note.GetProperty("interpreterUsed").GetBoolean());

        file = await @case.ChangeAsync(HttpMethod.Put, $"steps/{step}/status", new() { ["status"] = "Done" });
        stepDto = file.GetProperty("goals")[0].GetProperty("steps")[0];
        Assert.Equal("Done", stepDto.GetProperty("status").GetString());
        Assert.Equal(Today, stepDto.GetProperty("doneOn").GetString());
        Assert.Equal(9, @case.Version);

        file = await @case.MoveAsync("Evaluation");
        AssertPhase(file, "Evaluation", "Evaluation", 10);

        // Closure needs every goal evaluated.
        await AssertRefusedAsync(await @case.PostAsync("closure", new() { ["reason"] = "GoalsReached" }),
            "Bitte bewerten Sie zuerst das Ziel „Eigene Wohnung finden“.");

        file = await @case.EvaluateGoalAsync(goal, "Achieved");
        AssertPhase(file, "Evaluation", "Evaluation", 11);
        Assert.Equal("Achieved", file.GetProperty("goals")[0].GetProperty("attainment").GetString());

        file = await @case.CloseAsync("GoalsReached");
        AssertPhase(file, "Closed", "Abgeschlossen", 12);
        Assert.Equal(Today, file.GetProperty("closedOn").GetString());
        Assert.Equal("GoalsReached", file.GetProperty("closureReason").GetString());
        Assert.Equal("Wartezeit bei der Wohnberechtigung", file.GetProperty("systemRemark").GetString());
        Assert.Equal(JsonValueKind.Null, (await Clients.ClientRequests.GetAsync(cm1, clientId)).GetProperty("activeCaseId").ValueKind);

        file = await @case.ReopenAsync("Kündigung der Wohnung");
        AssertPhase(file, "Assessment", "Assessment", 13);
        Assert.Equal(JsonValueKind.Null, file.GetProperty("closedOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, file.GetProperty("closureReason").ValueKind);

        // The history tells the whole story, in order.
        file = await @case.GetAsync();
        AssertPhase(file, "Assessment", "Assessment", 13);
        Assert.Equal(
        [
            "Erstberatung erfasst",
            "Phase „Zugang“ → „Assessment“", "Assessment erfasst",
            "Phase „Assessment“ → „Planung“", "Ziel vereinbart",
            "Phase „Planung“ → „Linking“", "Phase „Linking“ → „Monitoring“", "Phase „Monitoring“ → „Evaluation“",
            "Phase „Evaluation“ → „Abgeschlossen“", "Fall wiederaufgenommen: Kündigung der Wohnung"
        ], History(file));
        Assert.Equal(["Intake", "Assessment", "Assessment", "Planning", "Planning", "Linking", "Monitoring", "Evaluation", "Closed", "Assessment"],
            file.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("phase").GetString()));

        // What the API said is what is stored.
        var stored = await app.WithDb(db => db.Cases.AsNoTracking().Include(c => c.Notes).Include(c => c.Goals).SingleAsync(c => c.Id == @case.Id));
        Assert.Equal(CasePhase.Assessment, stored.Phase);
        Assert.Equal(13, stored.Version);
        Assert.Single(stored.Notes);
        Assert.Equal(GoalAttainment.Achieved, Assert.Single(stored.Goals).Attainment);
    }

    [Fact]
    public async Task Planning_cannot_start_before_the_assessment()
    {
        var (_, @case) = await NewAsync(await Cm1);
        await AssertRefusedAsync(await @case.PostAsync("transitions", Transition("Planning")), "Die Planung beginnt nach dem Assessment.");
        await @case.IntakeAsync();
        await AssertRefusedAsync(await @case.PostAsync("transitions", Transition("Planning")), "Die Planung beginnt nach dem Assessment.");
        await AssertUnchangedAsync(@case, "Intake", 1);
    }

    [Fact]
    public async Task Phases_with_their_own_action_cannot_be_reached_by_a_transition()
    {
        var (_, @case) = await NewAsync(await Cm1);
        foreach (var to in new[] { "Assessment", "Linking", "Closed", "Intake" })
        {
            var problem = await (await @case.PostAsync("transitions", Transition(to))).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["Dieser Phasenwechsel hat eine eigene Aktion (Erstberatung, Assessment, Zielvereinbarung, Abschluss, Wiederaufnahme)."], problem.Errors("to"));
        }
        await AssertUnchangedAsync(@case, "Intake", 0);
    }

    [Fact]
    public async Task After_a_short_advice_there_is_no_assessment_but_the_case_may_close_at_once()
    {
        var (_, @case) = await NewAsync(await Cm1);
        var problem = await (await @case.PostAsync("intake", IntakeBody("ShortAdvice"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Bitte begründen Sie, warum kein Case Management angezeigt ist."], problem.Errors("decisionReason"));

        await @case.IntakeAsync("ShortAdvice", "Nur Frage zum Sprachkurs");
        await AssertRefusedAsync(await @case.PostAsync("assessments", AssessmentBody()),
            "Ein Assessment setzt eine Erstberatung mit der Entscheidung „Case Management angezeigt“ voraus.");
        await AssertUnchangedAsync(@case, "Intake", 1);

        var file = await @case.CloseAsync("ShortAdviceCompleted");
        AssertPhase(file, "Closed", "Abgeschlossen", 2);
    }

    [Fact]
    public async Task The_goal_agreement_needs_a_step_for_every_goal()
    {
        var (_, @case) = await NewAsync(await Cm1);
        await @case.ToPlanningWithGoalAsync();
        await @case.AddGoalAsync("Deutschkurs B1 beginnen");
        await AssertRefusedAsync(await @case.PostAsync("plan-agreement", new() { ["agreedOn"] = Today }),
            "Das Ziel „Deutschkurs B1 beginnen“ hat noch keinen Schritt.");
        await AssertUnchangedAsync(@case, "Planning", @case.Version);
        Assert.Equal(JsonValueKind.Null, (await @case.GetAsync()).GetProperty("planAgreedOn").ValueKind);
    }

    [Fact]
    public async Task Closure_needs_a_reason_and_every_goal_evaluated()
    {
        var (_, @case) = await NewAsync(await Cm1);
        var goal = await @case.ToEvaluationAsync();
        var version = @case.Version;

        var problem = await (await @case.PostAsync("closure", new() { ["reason"] = null })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:lotse:problem:validation", problem.GetProperty("type").GetString());
        Assert.Equal(["Bitte geben Sie den Grund für den Abschluss an."], problem.Errors("reason"));

        await AssertRefusedAsync(await @case.PostAsync("closure", new() { ["reason"] = "GoalsReached" }), "Bitte bewerten Sie zuerst das Ziel „Eigene Wohnung finden“.");
        await AssertUnchangedAsync(@case, "Evaluation", version);

        await @case.EvaluateGoalAsync(goal, "PartlyAchieved");
        AssertPhase(await @case.CloseAsync("ContactLost"), "Closed", "Abgeschlossen", version + 2);
    }

    [Fact]
    public async Task Closure_comes_after_the_evaluation()
    {
        var (_, @case) = await NewAsync(await Cm1);
        await @case.ToPlanningWithGoalAsync();
        await AssertRefusedAsync(await @case.PostAsync("closure", new() { ["reason"] = "GoalsReached" }),
            "Ein Fall wird nach der Evaluation abgeschlossen (oder nach einer Erstberatung ohne Case Management).");
        await AssertRefusedAsync(await @case.PutAsync($"goals/{@case.Last.GetProperty("goals")[0].GetProperty("id").GetGuid()}/evaluation", new() { ["attainment"] = "Achieved" }),
            "Ziele werden in der Phase „Evaluation“ bewertet.");
        await AssertUnchangedAsync(@case, "Planning", @case.Version);
    }

    [Fact]
    public async Task A_client_has_one_active_case_at_a_time()
    {
        var cm1 = await Cm1;
        var (clientId, first) = await NewAsync(cm1);
        var before = await app.WithDb(db => db.Cases.CountAsync(c => c.ClientId == clientId));

        using var second = await cm1.PostAsync($"/api/v1/clients/{clientId}/cases", null);
        var problem = await second.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:lotse:problem:conflict", problem.GetProperty("type").GetString());
        Assert.Equal("Für diese Person gibt es bereits einen aktiven Fall. Es kann nur einen aktiven KIM-Fall je Person geben.", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.WithDb(db => db.Cases.CountAsync(c => c.ClientId == clientId)));

        // cm2 of another organisation cannot see the client, so for cm2 it does not exist.
        await (await (await app.SharedApiClientAsync("cm2")).PostAsync($"/api/v1/clients/{clientId}/cases", null))
            .AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        Assert.Equal(before, await app.WithDb(db => db.Cases.CountAsync(c => c.ClientId == clientId)));
        await AssertUnchangedAsync(first, "Intake", 0);
    }

    [Fact]
    public async Task Of_ten_simultaneous_openings_for_one_client_exactly_one_succeeds()
    {
        var cm1 = await Cm1;
        var clientId = await Clients.ClientRequests.RegisterAsync(cm1, "Samira", Clients.ClientRequests.UniqueName("Doppelt"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => cm1.PostAsync($"/api/v1/clients/{clientId}/cases", null)));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == 201) == 1, string.Join(", ", statuses));
        Assert.All(statuses.Where(s => s != 201), s => Assert.Equal(409, s));
        Assert.Equal(1, await app.WithDb(db => db.Cases.CountAsync(c => c.ClientId == clientId)));
    }

    [Fact]
    public async Task Of_a_simultaneous_reopening_and_opening_for_one_client_exactly_one_succeeds()
    {
        var cm1 = await Cm1;
        for (var round = 0; round < 5; round++)
        {
            var (clientId, closed) = await NewAsync(cm1);
            await closed.IntakeAsync("ShortAdvice", "Auskunft");
            await closed.CloseAsync("ShortAdviceCompleted");

            var responses = await Task.WhenAll(
                closed.PostAsync("reopening", new() { ["reason"] = "Neue Frage" }),
                cm1.PostAsync($"/api/v1/clients/{clientId}/cases", null));

            var statuses = responses.Select(r => (int)r.StatusCode).ToList();
            Assert.True(statuses.Count(s => s is 200 or 201) == 1 && statuses.Count(s => s == 409) == 1, string.Join(", ", statuses));
            Assert.Equal(1, await app.WithDb(db => db.Cases.CountAsync(c => c.ClientId == clientId && c.Phase != CasePhase.Closed)));
        }
    }

    [Fact]
    public async Task A_closed_case_is_not_reopened_while_another_case_is_active()
    {
        var cm1 = await Cm1;
        var (clientId, first) = await NewAsync(cm1);
        await first.IntakeAsync("ReferralOnly", "Verweis an die Migrationsberatung");
        await first.CloseAsync("ReferralCompleted");
        var second = await OpenAsync(cm1, clientId);

        await AssertRefusedAsync(await first.PostAsync("reopening", new() { ["reason"] = "Neue Notlage" }), "Für diese Person gibt es bereits einen anderen aktiven Fall.");
        await AssertUnchangedAsync(first, "Closed", first.Version);
        await AssertUnchangedAsync(second, "Intake", 0);

        // An active case is not "reopened" either.
        await AssertRefusedAsync(await second.PostAsync("reopening", new() { ["reason"] = "Versehen" }), "Der Fall ist nicht abgeschlossen.");
        // Once the other case is closed, reopening works.
        await second.IntakeAsync("ShortAdvice", "Kurze Auskunft");
        await second.CloseAsync("ShortAdviceCompleted");
        AssertPhase(await first.ReopenAsync("Neue Notlage"), "Assessment", "Assessment", first.Version);
    }

    [Fact]
    public async Task A_closed_case_takes_no_more_notes_goals_or_steps()
    {
        var (_, @case) = await NewAsync(await Cm1);
        await @case.ToClosedAsync();
        await AssertRefusedAsync(await @case.PostAsync("notes", NoteBody()), "In einem abgeschlossenen Fall können keine Kontakte mehr dokumentiert werden.");
        await AssertRefusedAsync(await @case.PostAsync("goals", GoalBody("Noch ein Ziel")), "Ziele werden in der Planung vereinbart (oder später ergänzt), nicht in der Phase „Abgeschlossen“.");
        var goal = @case.Last.GetProperty("goals")[0].GetProperty("id").GetGuid();
        await AssertRefusedAsync(await @case.PostAsync($"goals/{goal}/steps", StepBody("Noch ein Schritt")), "Der Fall ist abgeschlossen.");
        await AssertRefusedAsync(await @case.PostAsync("assessments", AssessmentBody()),
            "Ein abgeschlossener Fall kann nicht neu eingeschätzt werden. Bitte öffnen Sie ihn zuerst wieder.");
        await AssertUnchangedAsync(@case, "Closed", @case.Version);
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_is_a_409_and_nothing_changes()
    {
        var (_, @case) = await NewAsync(await Cm1);
        await @case.IntakeAsync();
        await @case.AssessAsync();

        foreach (var stale in new[] { 0, 1, 3, 99 })
        {
            using var response = await @case.PostAsync("transitions", Transition("Planning"), version: stale);
            var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("urn:lotse:problem:concurrency-conflict", problem.GetProperty("type").GetString());
            Assert.Equal("Der Fall wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Seite neu und prüfen Sie die aktuellen Daten.",
                problem.GetProperty("detail").GetString());
        }
        await AssertUnchangedAsync(@case, "Assessment", 2);

        using var withoutVersion = await (await Cm1).PostAsJsonAsync($"/api/v1/cases/{@case.Id}/notes", NoteBody());
        var missing = await withoutVersion.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Bitte geben Sie die Version des Falls an."], missing.Errors("version"));
    }

    [Fact]
    public async Task Of_twenty_simultaneous_notes_from_the_same_version_exactly_one_is_stored()
    {
        var (_, @case) = await NewAsync(await Cm1);
        await @case.ToPlanningWithGoalAsync();
        var version = @case.Version;

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => @case.PostAsync("notes", NoteBody($"Gleichzeitige Notiz {i}"))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(19, statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var loser in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            await loser.AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadJsonAsync();

        var stored = await app.WithDb(db => db.Cases.AsNoTracking().Include(c => c.Notes).SingleAsync(c => c.Id == @case.Id));
        Assert.Equal(version + 1, stored.Version);
        Assert.Equal(winner.GetProperty("notes")[0].GetProperty("text").GetString(), Assert.Single(stored.Notes).Text);
    }

    [Fact]
    public async Task Invalid_changes_are_400_with_German_messages()
    {
        var (_, @case) = await NewAsync(await Cm1);
        var future = IntakeBody();
        future["firstContactOn"] = DaysFromToday(1);
        var problem = await (await @case.PostAsync("intake", future)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Der Erstkontakt kann nicht in der Zukunft liegen."], problem.Errors("firstContactOn"));

        await @case.IntakeAsync();
        var twice = AssessmentBody();
        twice["ratings"] = new object[] { new { domain = "Housing", rating = 3 }, new { domain = "Housing", rating = 4 } };
        problem = await (await @case.PostAsync("assessments", twice)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Jede Lebenslage darf in einem Assessment nur einmal vorkommen."], problem.Errors("ratings"));

        var outOfScale = AssessmentBody();
        outOfScale["ratings"] = new object?[] { new { domain = "Housing", rating = 6 }, null };
        problem = await (await @case.PostAsync("assessments", outOfScale)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Die Einschätzung liegt zwischen 1 (kein Bedarf) und 5 (akuter Bedarf)."], problem.Errors("ratings[0].rating"));
        Assert.Equal(["Dieser Eintrag ist leer."], problem.Errors("ratings[1]"));

        await AssertUnchangedAsync(@case, "Intake", 1);
    }

    [Fact]
    public async Task An_unknown_case_goal_or_step_is_a_404()
    {
        var cm1 = await Cm1;
        await (await cm1.GetAsync($"/api/v1/cases/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        var ghost = new CaseRequests(cm1, Guid.NewGuid());
        await (await ghost.PostAsync("notes", NoteBody(), version: 0)).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");

        var (_, @case) = await NewAsync(cm1);
        await @case.ToPlanningWithGoalAsync();
        await (await @case.PostAsync($"goals/{Guid.NewGuid()}/steps", StepBody())).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        await (await @case.PutAsync($"steps/{Guid.NewGuid()}/status", new() { ["status"] = "Done" })).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        await AssertUnchangedAsync(@case, "Planning", @case.Version);
    }

    private static void AssertPhase(JsonElement file, string phase, string phaseName, int version)
    {
        Assert.Equal(phase, file.GetProperty("phase").GetString());
        Assert.Equal(phaseName, file.GetProperty("phaseName").GetString());
        Assert.Equal(version, file.GetProperty("version").GetInt32());
    }

    private static string[] History(JsonElement file) =>
        file.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("description").GetString()!).ToArray();

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        using (response)
        {
            var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("urn:lotse:problem:conflict", problem.GetProperty("type").GetString());
            Assert.Equal(message, problem.GetProperty("detail").GetString());
        }
    }

    /// <summary>The stored case is still in <paramref name="phase"/> at <paramref name="version"/>.</summary>
    private async Task AssertUnchangedAsync(CaseRequests @case, string phase, int version)
    {
        var stored = await app.WithDb(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == @case.Id));
        Assert.Equal(phase, stored.Phase.ToString());
        Assert.Equal(version, stored.Version);
    }
}

public sealed class CaseCycleTests_Sqlite(SqliteApp app) : CaseCycleTests(app), IClassFixture<SqliteApp>;
public sealed class CaseCycleTests_Postgres(PostgresApp app) : CaseCycleTests(app), IClassFixture<PostgresApp>;
