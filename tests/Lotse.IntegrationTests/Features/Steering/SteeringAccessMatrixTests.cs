using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Steering;

/// <summary>
/// Demo user × steering operation on the demo material (working group "AG Sprache und Arbeit" with cm1 and jobcenter,
/// one Lenkungsgruppe meeting with a decision). Changes are sent with bodies that would be valid, so a 4xx is the rule,
/// not the input. Lenkungsgruppe answers never contain a client or case id.
/// </summary>
public abstract class SteeringAccessMatrixTests(LotseAppFactory app)
{
    private const string Koord = "koordination", Lenk = "lenkung";
    private static readonly string[] Users = ["koordination", "lenkung", "cm1", "cm2", "jobcenter", "abh", "admin", "datenschutz"];

    private sealed record Operation(string Name, HttpMethod Method, string Url, object? Body, Func<string, HttpStatusCode> Expected);

    private static HttpStatusCode Allowed(string user, HttpStatusCode ok, params string[] who) => who.Contains(user) ? ok : HttpStatusCode.Forbidden;

    private async Task<List<Operation>> OperationsAsync()
    {
        var (group, topic, meeting, decision, measure, jobcenter) = await app.WithDb(async db => (
            await db.WorkingGroups.Where(g => g.Name == "AG Sprache und Arbeit").Select(g => g.Id).SingleAsync(),
            await db.Topics.Select(t => t.Id).FirstAsync(),
            await db.SteeringMeetings.OrderBy(m => m.On).Select(m => m.Id).FirstAsync(),
            await db.Decisions.OrderBy(d => d.DecidedOn).Select(d => d.Id).FirstAsync(),
            await db.Measures.OrderBy(m => m.DueOn).Select(m => m.Id).FirstAsync(),
            await db.Organisations.Where(o => o.Name == "Jobcenter Kreis Musterland").Select(o => o.Id).SingleAsync()));
        string[] boardReaders = [Koord, Lenk, "cm1", "jobcenter"];
        string[] groupMembers = [Koord, "cm1", "jobcenter"];
        return
        [
            new("board", HttpMethod.Get, "/api/v1/steering/obstacles/board", null, u => Allowed(u, HttpStatusCode.OK, boardReaders)),
            new("single obstacles", HttpMethod.Get, "/api/v1/steering/obstacles", null, u => Allowed(u, HttpStatusCode.OK, Koord)),
            new("topics", HttpMethod.Get, "/api/v1/steering/topics", null, u => Allowed(u, HttpStatusCode.OK, groupMembers)),
            new("topic", HttpMethod.Get, $"/api/v1/steering/topics/{topic}", null, u => Allowed(u, HttpStatusCode.OK, groupMembers)),
            new("new topic", HttpMethod.Post, "/api/v1/steering/topics", new { title = "Matrix" }, u => Allowed(u, HttpStatusCode.Created, Koord)),
            new("hand over topic", HttpMethod.Post, $"/api/v1/steering/topics/{topic}/handover", new { workingGroupId = group, version = 99 },
                u => u == Koord ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden),
            new("working groups", HttpMethod.Get, "/api/v1/steering/working-groups", null, u => Allowed(u, HttpStatusCode.OK, groupMembers)),
            new("working group", HttpMethod.Get, $"/api/v1/steering/working-groups/{group}", null, u => Allowed(u, HttpStatusCode.OK, groupMembers)),
            new("new working group", HttpMethod.Post, "/api/v1/steering/working-groups", new { name = "" }, u => u == Koord ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("add member", HttpMethod.Post, $"/api/v1/steering/working-groups/{group}/members", new { userId = Guid.NewGuid() },
                u => u == Koord ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("group meeting", HttpMethod.Post, $"/api/v1/steering/working-groups/{group}/meetings", new { on = "2026-01-15" },
                u => groupMembers.Contains(u) ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("submitted proposals", HttpMethod.Get, "/api/v1/steering/steering-group/proposals", null, u => Allowed(u, HttpStatusCode.OK, Koord, Lenk)),
            new("steering members", HttpMethod.Get, "/api/v1/steering/steering-group/members", null, u => Allowed(u, HttpStatusCode.OK, Koord, Lenk)),
            new("new steering member", HttpMethod.Post, "/api/v1/steering/steering-group/members", new { name = "" }, u => u == Koord ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("meetings", HttpMethod.Get, "/api/v1/steering/steering-group/meetings", null, u => Allowed(u, HttpStatusCode.OK, Koord, Lenk)),
            new("meeting", HttpMethod.Get, $"/api/v1/steering/steering-group/meetings/{meeting}", null, u => Allowed(u, HttpStatusCode.OK, Koord, Lenk)),
            new("new meeting", HttpMethod.Post, "/api/v1/steering/steering-group/meetings", new { location = "x" }, u => u == Koord ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("agenda item", HttpMethod.Post, $"/api/v1/steering/steering-group/meetings/{meeting}/agenda", new { title = "" },
                u => u == Koord ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("decision", HttpMethod.Post, $"/api/v1/steering/steering-group/meetings/{meeting}/decisions", new { title = "" },
                u => u == Koord ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("agenda pdf", HttpMethod.Get, $"/api/v1/steering/steering-group/meetings/{meeting}/agenda.pdf", null, u => Allowed(u, HttpStatusCode.OK, Koord)),
            new("decision's fate", HttpMethod.Get, $"/api/v1/steering/steering-group/decisions/{decision}", null, u => Allowed(u, HttpStatusCode.OK, Koord, Lenk)),
            new("new measure", HttpMethod.Post, $"/api/v1/steering/steering-group/decisions/{decision}/measures", new { title = "x", responsibleOrganisationId = jobcenter },
                u => u == Koord ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            new("measure status", HttpMethod.Post, $"/api/v1/steering/steering-group/measures/{measure}/status", new { to = "InProgress", version = 99 },
                u => u == Koord ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden),
            new("overdue measures", HttpMethod.Get, "/api/v1/steering/steering-group/measures/overdue", null, u => Allowed(u, HttpStatusCode.OK, Koord, Lenk)),
        ];
    }

    [Fact]
    public async Task Every_role_gets_exactly_what_the_matrix_allows()
    {
        var failures = new List<string>();
        foreach (var op in await OperationsAsync())
            foreach (var user in Users)
            {
                var client = await app.SharedApiClientAsync(user);
                using var request = new HttpRequestMessage(op.Method, op.Url);
                if (op.Body is not null) request.Content = JsonContent.Create(op.Body);
                using var response = await client.SendAsync(request);
                if (response.StatusCode != op.Expected(user))
                    failures.Add($"{user} {op.Name}: expected {(int)op.Expected(user)}, got {(int)response.StatusCode}");
            }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_steering_group_gets_aggregates_and_decisions_but_never_a_client_or_case_id()
    {
        var lenkung = await app.SharedApiClientAsync(Lenk);
        var identifiers = await SteeringRequests.PersonIdentifiersAsync(app);
        Assert.NotEmpty(identifiers); // the demo cases behind the demo obstacles
        var meeting = await app.WithDb(db => db.SteeringMeetings.Select(m => m.Id).FirstAsync());
        var decision = await app.WithDb(db => db.Decisions.Select(m => m.Id).FirstAsync());
        foreach (var url in new[]
                 {
                     "/api/v1/steering/obstacles/board", "/api/v1/steering/steering-group/meetings", $"/api/v1/steering/steering-group/meetings/{meeting}",
                     $"/api/v1/steering/steering-group/decisions/{decision}", "/api/v1/steering/steering-group/proposals", "/api/v1/steering/steering-group/measures/overdue"
                 })
        {
            using var response = await lenkung.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(identifiers, body.Contains);
        }
        // The demo data: five waiting-time obstacles shown as 5, the two others as "< 5".
        var board = System.Text.Json.JsonDocument.Parse(await (await lenkung.GetAsync("/api/v1/steering/obstacles/board")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(new SteeringRequests.Cell(null, "< 5"), SteeringRequests.CellOf(board, "byCategory", "UnclearResponsibility"));
    }
}

public sealed class SteeringAccessMatrixTests_Sqlite(SqliteApp app) : SteeringAccessMatrixTests(app), IClassFixture<SqliteApp>;
public sealed class SteeringAccessMatrixTests_Postgres(PostgresApp app) : SteeringAccessMatrixTests(app), IClassFixture<PostgresApp>;
