using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using static Lotse.IntegrationTests.Features.Steering.SteeringRequests;

namespace Lotse.IntegrationTests.Features.Steering;

/// <summary>From the single case to the system: obstacle → topic → working group → Vorlage → Lenkungsgruppe decision → measures.</summary>
public abstract class SteeringFlowTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private static async Task<JsonElement> Post(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return await response.ReadJsonAsync(expected);
    }

    [Fact]
    public async Task An_obstacle_becomes_a_topic_of_a_working_group_a_decision_of_the_steering_group_and_a_measure_that_gets_done()
    {
        var koordination = await As("koordination");
        var cm2 = await As("cm2");
        var lenkung = await As("lenkung");
        var (_, @case) = await CaseRequests.NewAsync(await As("cm1"));
        var obstacle = await RecordOkAsync(await As("cm1"), @case.Id, "Kein Kinderbetreuungsplatz während des Sprachkurses");

        var topic = (await Post(koordination, "/api/v1/steering/topics",
            new { title = "Kinderbetreuung " + ClientRequests.UniqueName("T"), description = "Fehlende Betreuung", obstacleIds = new[] { obstacle } },
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var groupName = "AG Familie " + ClientRequests.UniqueName("G");
        var group = (await Post(koordination, "/api/v1/steering/working-groups",
            new { name = groupName, purpose = "Kinderbetreuung und Sprachkurs", memberIds = new[] { await UserIdAsync(app, "cm2"), await UserIdAsync(app, "jobcenter") } },
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Post(koordination, $"/api/v1/steering/topics/{topic}/handover", new { workingGroupId = group, version = 0 });

        // The member sees the group, its topic (aggregated, without the single obstacles) and works in it.
        var seen = await (await cm2.GetAsync($"/api/v1/steering/working-groups/{group}")).ReadJsonAsync();
        Assert.Equal(topic, seen.GetProperty("topics")[0].GetProperty("id").GetGuid());
        var topicForMember = await (await cm2.GetAsync($"/api/v1/steering/topics/{topic}")).ReadJsonAsync();
        Assert.True(topicForMember.GetProperty("smallCellsSuppressed").GetBoolean());
        Assert.Equal("< 5", topicForMember.GetProperty("total").GetProperty("display").GetString());
        Assert.Equal(0, topicForMember.GetProperty("obstacles").GetArrayLength());
        var topicForCoordinator = await (await koordination.GetAsync($"/api/v1/steering/topics/{topic}")).ReadJsonAsync();
        Assert.Equal(1, topicForCoordinator.GetProperty("total").GetProperty("count").GetInt32());
        Assert.Equal(obstacle, topicForCoordinator.GetProperty("obstacles")[0].GetProperty("id").GetGuid());

        var afterMeeting = await Post(cm2, $"/api/v1/steering/working-groups/{group}/meetings",
            new { on = CaseRequests.Today, participants = "Ahmet Awo, Jana Jobcenter", notes = "Fälle besprochen", results = "Vorlage schreiben" });
        Assert.Equal("Vorlage schreiben", afterMeeting.GetProperty("meetings")[0].GetProperty("results").GetString());
        var afterProposal = await Post(cm2, $"/api/v1/steering/working-groups/{group}/proposals",
            new { title = "Betreuung während der Kurse", text = "Die Lenkungsgruppe möge empfehlen, ...", topicId = topic });
        var proposal = afterProposal.GetProperty("proposals")[0].GetProperty("id").GetGuid();
        Assert.Equal("Draft", afterProposal.GetProperty("proposals")[0].GetProperty("status").GetString());
        // A draft cannot go on the agenda yet.
        var meeting = (await Post(koordination, "/api/v1/steering/steering-group/meetings", new { on = CaseRequests.Today, location = "Kreishaus" },
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using (var draft = await koordination.PostAsJsonAsync($"/api/v1/steering/steering-group/meetings/{meeting}/agenda", new { proposalId = proposal }))
            await draft.AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");
        await Post(cm2, $"/api/v1/steering/working-groups/{group}/proposals/{proposal}/submission", new { });
        using (var again = await cm2.PostAsJsonAsync($"/api/v1/steering/working-groups/{group}/proposals/{proposal}/submission", new { }))
            await again.AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");
        var submitted = await (await lenkung.GetAsync("/api/v1/steering/steering-group/proposals")).ReadJsonAsync();
        Assert.Contains(submitted.EnumerateArray(), p => p.GetProperty("id").GetGuid() == proposal && p.GetProperty("workingGroupName").GetString() == groupName);

        var withAgenda = await Post(koordination, $"/api/v1/steering/steering-group/meetings/{meeting}/agenda", new { proposalId = proposal });
        Assert.Equal("Betreuung während der Kurse", withAgenda.GetProperty("agenda")[0].GetProperty("title").GetString());
        using (var minutes = await koordination.PutAsJsonAsync($"/api/v1/steering/steering-group/meetings/{meeting}/minutes",
                   new { minutes = "Vorlage beraten und beschlossen.", version = withAgenda.GetProperty("version").GetInt32() }))
            await minutes.ReadJsonAsync();
        var decision = (await Post(koordination, $"/api/v1/steering/steering-group/meetings/{meeting}/decisions",
            new { title = "Kinderbetreuung während der Kurse", wording = "Die Lenkungsgruppe empfiehlt, ..." }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var jugendamt = await OrganisationAsync(app, "Jugendamt Kreis Musterland");
        var overdue = (await Post(koordination, $"/api/v1/steering/steering-group/decisions/{decision}/measures",
            new { title = "Betreuungsplätze erheben", responsibleOrganisationId = jugendamt, dueOn = CaseRequests.DaysFromToday(-1) }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Post(koordination, $"/api/v1/steering/steering-group/decisions/{decision}/measures",
            new { title = "Kursträger informieren", responsibleOrganisationId = jugendamt, dueOn = CaseRequests.DaysFromToday(30) }, HttpStatusCode.Created);

        var overdueList = await (await koordination.GetAsync("/api/v1/steering/steering-group/measures/overdue")).ReadJsonAsync();
        Assert.Contains(overdueList.EnumerateArray(), m => m.GetProperty("id").GetGuid() == overdue);
        Assert.DoesNotContain(overdueList.EnumerateArray(), m => m.GetProperty("title").GetString() == "Kursträger informieren" && m.GetProperty("decisionId").GetGuid() == decision);

        // The Lenkungsgruppe reads, only the Koordinierende Stelle changes.
        using (var denied = await lenkung.PostAsJsonAsync($"/api/v1/steering/steering-group/measures/{overdue}/status", new { to = "Done", version = 0 }))
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var inProgress = await Post(koordination, $"/api/v1/steering/steering-group/measures/{overdue}/status", new { to = "InProgress", version = 0 });
        var done = await Post(koordination, $"/api/v1/steering/steering-group/measures/{overdue}/status",
            new { to = "Done", note = "Erhebung liegt vor", version = inProgress.GetProperty("version").GetInt32() });
        using (var back = await koordination.PostAsJsonAsync($"/api/v1/steering/steering-group/measures/{overdue}/status",
                   new { to = "InProgress", version = done.GetProperty("version").GetInt32() }))
            await back.AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");
        using (var stale = await koordination.PostAsJsonAsync($"/api/v1/steering/steering-group/measures/{overdue}/status", new { to = "Dropped", note = "x", version = 0 }))
            await stale.AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");

        // What became of the decision: its measures with their history, readable by the Lenkungsgruppe.
        var fate = await (await lenkung.GetAsync($"/api/v1/steering/steering-group/decisions/{decision}")).ReadJsonAsync();
        var measure = fate.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == overdue);
        Assert.Equal("Done", measure.GetProperty("status").GetString());
        Assert.False(measure.GetProperty("overdue").GetBoolean());
        Assert.Equal(["Open→InProgress", "InProgress→Done"], measure.GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("from").GetString()}→{h.GetProperty("to").GetString()}").ToArray());
        Assert.DoesNotContain((await (await koordination.GetAsync("/api/v1/steering/steering-group/measures/overdue")).ReadJsonAsync()).EnumerateArray(),
            m => m.GetProperty("id").GetGuid() == overdue);

        // Printable agenda and minutes (PDF) for the Koordinierende Stelle only.
        foreach (var kind in new[] { "agenda", "minutes" })
        {
            using var pdf = await koordination.GetAsync($"/api/v1/steering/steering-group/meetings/{meeting}/{kind}.pdf");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
            Assert.Equal(HttpStatusCode.Forbidden, (await lenkung.GetAsync($"/api/v1/steering/steering-group/meetings/{meeting}/{kind}.pdf")).StatusCode);
        }
    }

    [Fact]
    public async Task Dropping_a_measure_needs_a_reason()
    {
        var koordination = await As("koordination");
        var meeting = (await Post(koordination, "/api/v1/steering/steering-group/meetings", new { on = CaseRequests.Today }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var decision = (await Post(koordination, $"/api/v1/steering/steering-group/meetings/{meeting}/decisions",
            new { title = "Test", wording = "Wortlaut" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var measure = (await Post(koordination, $"/api/v1/steering/steering-group/decisions/{decision}/measures",
            new { title = "Prüfen", responsibleOrganisationId = await OrganisationAsync(app, "Sozialamt Kreis Musterland"), dueOn = CaseRequests.Today },
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using (var noReason = await koordination.PostAsJsonAsync($"/api/v1/steering/steering-group/measures/{measure}/status", new { to = "Dropped", version = 0 }))
            Assert.NotEmpty((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors("note"));
        var dropped = await Post(koordination, $"/api/v1/steering/steering-group/measures/{measure}/status", new { to = "Dropped", note = "Zuständigkeit beim Land", version = 0 });
        Assert.Equal("Dropped", dropped.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_working_groups_material_is_for_its_members_and_the_coordinator_only()
    {
        var koordination = await As("koordination");
        var group = (await Post(koordination, "/api/v1/steering/working-groups",
            new { name = "AG Geschlossen " + ClientRequests.UniqueName("G"), memberIds = new[] { await UserIdAsync(app, "cm2") } }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await (await As("cm2")).GetAsync($"/api/v1/steering/working-groups/{group}")).StatusCode);
        // cm1 is in another working group (demo data): this one does not exist for them.
        Assert.Equal(HttpStatusCode.NotFound, (await (await As("cm1")).GetAsync($"/api/v1/steering/working-groups/{group}")).StatusCode);
        using (var r = await (await As("cm1")).PostAsJsonAsync($"/api/v1/steering/working-groups/{group}/meetings", new { on = CaseRequests.Today, participants = "x" }))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        // In no group at all: 403.
        foreach (var user in new[] { "lenkung", "abh", "admin" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await As(user)).GetAsync($"/api/v1/steering/working-groups/{group}")).StatusCode);
        Assert.DoesNotContain((await (await (await As("cm1")).GetAsync("/api/v1/steering/working-groups")).ReadJsonAsync()).EnumerateArray(),
            g => g.GetProperty("id").GetGuid() == group);
        // Members work in the group but do not manage its membership.
        using (var r = await (await As("cm2")).PostAsJsonAsync($"/api/v1/steering/working-groups/{group}/members", new { userId = await UserIdAsync(app, "abh") }))
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }
}

public sealed class SteeringFlowTests_Sqlite(SqliteApp app) : SteeringFlowTests(app), IClassFixture<SqliteApp>;
public sealed class SteeringFlowTests_Postgres(PostgresApp app) : SteeringFlowTests(app), IClassFixture<PostgresApp>;
