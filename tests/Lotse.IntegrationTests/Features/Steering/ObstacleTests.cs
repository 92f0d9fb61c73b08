using System.Net;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Steering;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Steering.SteeringRequests;

namespace Lotse.IntegrationTests.Features.Steering;

/// <summary>Obstacles recorded in a case, the personal-data warning, and the board with its small-cell suppression.</summary>
public abstract class ObstacleTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    [Fact]
    public async Task A_case_manager_records_an_obstacle_in_their_own_case_and_it_shows_on_the_case()
    {
        var cm1 = await As("cm1");
        var (_, @case) = await CaseRequests.NewAsync(cm1);
        var jobcenter = await OrganisationAsync(app, "Jobcenter Kreis Musterland");
        using var response = await RecordAsync(cm1, @case.Id, ObstacleBody("Sechs Wochen Wartezeit auf die Verpflichtung", organisationIds: new[] { jobcenter }));
        var id = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var list = await (await cm1.GetAsync($"/api/v1/cases/{@case.Id}/obstacles")).ReadJsonAsync();
        var item = list.EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == id);
        Assert.Equal("Wartezeit", item.GetProperty("categoryName").GetString());
        Assert.Equal("Jobcenter Kreis Musterland", item.GetProperty("organisations")[0].GetString());
        Assert.Equal("Zugang", item.GetProperty("phaseName").GetString());
        // The Koordinierende Stelle supervises every case and may read it there too.
        Assert.Equal(HttpStatusCode.OK, (await (await As("koordination")).GetAsync($"/api/v1/cases/{@case.Id}/obstacles")).StatusCode);
        // The read is audited like every read of case data.
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Obstacle" && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Obstacles_can_be_recorded_at_closure_too()
    {
        var cm1 = await As("cm1");
        var (_, @case) = await CaseRequests.NewAsync(cm1);
        await @case.ToClosedAsync();
        var id = await RecordOkAsync(cm1, @case.Id, "Kein passendes Angebot in der Nähe");
        Assert.Equal(CasePhase.Closed, await app.WithDb(db => db.Obstacles.Where(o => o.Id == id).Select(o => o.Phase).SingleAsync()));
    }

    [Fact]
    public async Task A_name_of_the_case_or_a_date_in_the_description_asks_for_confirmation_first()
    {
        var cm1 = await As("cm1");
        var lastName = ClientRequests.UniqueName("Warnung");
        var (_, @case) = await CaseRequests.NewAsync(cm1, lastName);

        using var withName = await RecordAsync(cm1, @case.Id, ObstacleBody($"Frau {lastName} wartet seit Wochen"));
        var problem = await withName.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Namen", problem.Errors("confirmNoPersonalData").Single());

        using var withDate = await RecordAsync(cm1, @case.Id, ObstacleBody("Termin erst am 12.03.2026 möglich"));
        Assert.Contains("Datum", (await withDate.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors("confirmNoPersonalData").Single());
        Assert.Equal(0, await app.WithDb(db => db.Obstacles.CountAsync(o => o.CaseId == @case.Id)));

        // A warning, not a block: confirmed, it is saved.
        using var confirmed = await RecordAsync(cm1, @case.Id, ObstacleBody("Termin erst am 12.03.2026 möglich", confirm: true));
        await confirmed.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, await app.WithDb(db => db.Obstacles.CountAsync(o => o.CaseId == @case.Id)));
    }

    [Fact]
    public async Task Nobody_else_records_or_reads_obstacles_of_a_case()
    {
        var (_, @case) = await CaseRequests.NewAsync(await As("cm1"));
        var body = ObstacleBody("Unklare Zuständigkeit für den Berechtigungsschein", category: "UnclearResponsibility");
        // A case manager of another organisation: the case does not exist for them.
        using (var r = await RecordAsync(await As("cm2"), @case.Id, body)) await r.AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        Assert.Equal(HttpStatusCode.NotFound, (await (await As("cm2")).GetAsync($"/api/v1/cases/{@case.Id}/obstacles")).StatusCode);
        // Roles that never record obstacles: 403 whatever the case.
        foreach (var user in new[] { "koordination", "lenkung", "jobcenter", "abh", "admin", "datenschutz" })
            using (var r = await RecordAsync(await As(user), @case.Id, body)) Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        foreach (var user in new[] { "lenkung", "jobcenter", "abh" })
            Assert.Equal(HttpStatusCode.NotFound, (await (await As(user)).GetAsync($"/api/v1/cases/{@case.Id}/obstacles")).StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.Obstacles.CountAsync(o => o.CaseId == @case.Id)));
    }

    [Fact]
    public async Task The_board_counts_exactly_for_the_coordinator_and_shows_small_cells_as_less_than_five_for_the_steering_group()
    {
        // Obstacles of March 2001 (no other test uses that period), recorded in a case of a client living in Nordfeld (RB Nord).
        var cm1 = await As("cm1");
        var nordfeld = await app.WithDb(db => db.Municipalities.Where(m => m.Name == "Nordfeld").Select(m => m.Id).SingleAsync());
        var body = ClientRequests.Minimal("Board", ClientRequests.UniqueName("Board"));
        body["municipalityId"] = nordfeld;
        var clientId = (await ClientRequests.RegisterAsync(cm1, body)).GetProperty("id").GetGuid();
        var @case = await CaseRequests.OpenAsync(cm1, clientId);
        var jobcenter = await OrganisationAsync(app, "Jobcenter Kreis Musterland");
        await app.WithDb(async db =>
        {
            Obstacle O(ObstacleCategory c, int day, LifeDomain d) => new()
            {
                CaseId = @case.Id, RecordedByOrganisationId = Guid.NewGuid(), RecordedById = Guid.NewGuid(), RecordedOn = new DateOnly(2001, 3, day),
                Category = c, OrganisationIds = [jobcenter], LegalDomain = LegalDomain.SgbII, LifeDomain = d, Description = "Geheimer Text " + day
            };
            for (var i = 1; i <= 6; i++) db.Obstacles.Add(O(ObstacleCategory.WaitingTime, i, LifeDomain.Language));
            db.Obstacles.Add(O(ObstacleCategory.LanguageBarrier, 20, LifeDomain.Health));
            db.Obstacles.Add(O(ObstacleCategory.LanguageBarrier, 21, LifeDomain.Health));
            await db.SaveChangesAsync();
        });
        var regionNord = await app.WithDb(db => db.Regions.Where(r => r.Name == "Regionalbereich Nord").Select(r => r.Id).SingleAsync());
        const string url = "/api/v1/steering/obstacles/board?from=2001-01&to=2001-06";

        var exact = await (await (await As("koordination")).GetAsync(url)).ReadJsonAsync();
        Assert.False(exact.GetProperty("smallCellsSuppressed").GetBoolean());
        Assert.Equal(8, exact.GetProperty("total").GetProperty("count").GetInt32());
        Assert.Equal(new(6, "6"), CellOf(exact, "byCategory", "WaitingTime"));
        Assert.Equal(new(2, "2"), CellOf(exact, "byCategory", "LanguageBarrier"));
        Assert.Equal(new(0, "0"), CellOf(exact, "byCategory", "MissingOffer"));
        Assert.Equal(new(2, "2"), CellOf(exact, "byLifeDomain", "Health"));
        Assert.Equal(new(8, "8"), CellOf(exact, "byOrganisation", jobcenter.ToString()));
        Assert.Equal(new(8, "8"), CellOf(exact, "byRegion", regionNord.ToString()));
        Assert.Equal(new(8, "8"), CellOf(exact, "byMonth", "2001-03"));
        Assert.Equal(new(0, "0"), CellOf(exact, "byMonth", "2001-04"));
        Assert.Equal(6, exact.GetProperty("byMonth").GetArrayLength());

        var identifiers = await PersonIdentifiersAsync(app);
        foreach (var user in new[] { "lenkung", "jobcenter" }) // jobcenter: member of the demo working group
        {
            var raw = await (await (await As(user)).GetAsync(url)).Content.ReadAsStringAsync();
            var board = JsonDocument.Parse(raw).RootElement;
            Assert.True(board.GetProperty("smallCellsSuppressed").GetBoolean());
            Assert.Equal(new(8, "8"), CellOf(board, "byRegion", regionNord.ToString()));
            Assert.Equal(new(null, "< 5"), CellOf(board, "byCategory", "LanguageBarrier"));
            Assert.Equal(new(null, "< 5"), CellOf(board, "byLifeDomain", "Health"));
            // 8 in total, so a 6 beside the single "< 5" would give the 2 away: the 6 is withheld too.
            Assert.Equal(new(null, "gesperrt"), CellOf(board, "byCategory", "WaitingTime"));
            Assert.Equal(new(null, "gesperrt"), CellOf(board, "byLifeDomain", "Language"));
            Assert.Equal(new(0, "0"), CellOf(board, "byCategory", "MissingOffer"));
            Assert.DoesNotContain("Geheimer Text", raw);
            Assert.DoesNotContain(identifiers, raw.Contains);
        }
    }

    [Fact]
    public async Task The_single_obstacles_go_to_the_coordinator_only_and_carry_no_case_or_client()
    {
        var (clientId, @case) = await CaseRequests.NewAsync(await As("cm1"));
        var text = "Zugang zum Wohnberechtigungsschein " + ClientRequests.UniqueName("X");
        var id = await RecordOkAsync(await As("cm1"), @case.Id, text);
        var raw = await (await (await As("koordination")).GetAsync("/api/v1/steering/obstacles?withoutTopic=true")).Content.ReadAsStringAsync();
        var item = JsonDocument.Parse(raw).RootElement.EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == id);
        Assert.Equal(text, item.GetProperty("description").GetString());
        Assert.False(item.TryGetProperty("caseId", out _));
        Assert.DoesNotContain(@case.Id.ToString(), raw);
        Assert.DoesNotContain(clientId.ToString(), raw);
        foreach (var user in new[] { "lenkung", "cm1", "jobcenter" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await As(user)).GetAsync("/api/v1/steering/obstacles")).StatusCode);
    }

    [Fact]
    public async Task A_malformed_period_is_refused()
    {
        using var response = await (await As("koordination")).GetAsync("/api/v1/steering/obstacles/board?from=2026-13&to=2026-01");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");
    }
}

public sealed class ObstacleTests_Sqlite(SqliteApp app) : ObstacleTests(app), IClassFixture<SqliteApp>;
public sealed class ObstacleTests_Postgres(PostgresApp app) : ObstacleTests(app), IClassFixture<PostgresApp>;
