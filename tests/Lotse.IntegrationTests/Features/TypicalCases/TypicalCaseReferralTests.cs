using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Steering;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Referrals.ReferralRequests;

namespace Lotse.IntegrationTests.Features.TypicalCases;

/// <summary>
/// A reconstruction of a case with a referral and an obstacle shows the referral's steps (sent, accepted, first
/// appointment, completed) as relative days with the receiving organisation, the long wait before the first appointment
/// marked, the obstacle by category and life domain — and none of the free texts.
/// </summary>
public abstract class TypicalCaseReferralTests(LotseAppFactory app)
{
    [Fact]
    public async Task Reconstruction_shows_the_referral_steps_as_relative_days_without_free_text()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);
        var body = Body(@case.Id, jc, stepId, "IdentityContact");
        body["message"] = "Vertrauliche Nachricht Quxbaz";
        var id = (await CreateAsync(cm1, body)).Id();

        var dayZero = await app.WithDb(db => db.Cases.Where(c => c.Id == @case.Id).Select(c => c.Intake!.FirstContactOn).SingleAsync());
        DateTimeOffset At(int day) => new(dayZero.AddDays(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        await app.WithDb(async db =>
        {
            var r = await db.Referrals.Include(x => x.Feedback).SingleAsync(x => x.Id == id);
            Assert.Null(r.Send([], At(2)));
            Assert.Null(r.Accept(At(5)));
            Assert.Null(r.AddFeedback(new Lotse.Web.Domain.Referrals.ReferralFeedback { At = At(6), Text = "Rückmeldung Quxfeed" }));
            Assert.Null(r.RecordFirstAppointment(dayZero.AddDays(400), At(380)));
            Assert.Null(r.Complete("Ergebnis Quxresult", At(405)));
            var c = await db.Cases.SingleAsync(x => x.Id == @case.Id);
            db.Obstacles.Add(new Obstacle
            {
                CaseId = c.Id, RecordedByOrganisationId = c.OrganisationId, RecordedOn = dayZero.AddDays(380), Phase = c.Phase,
                Category = ObstacleCategory.WaitingTime, LifeDomain = LifeDomain.Language, OrganisationIds = [jc],
                Description = "Beschreibung Quxobstacle", ReferralId = id
            });
            await db.SaveChangesAsync();
        });

        using var created = await cm1.PostAsJsonAsync("/api/v1/typical-cases", new { caseId = @case.Id, title = "Verweisung mit Wartezeit", waitingThresholdDays = 10 });
        var raw = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var secret in new[] { "Quxbaz", "Quxfeed", "Quxresult", "Quxobstacle", "BG-4711" })
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        var entries = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(0, entries[0].GetProperty("day").GetInt32());
        var referral = entries.Where(e => e.GetProperty("kind").GetString() == "Verweisung").ToList();
        Assert.Equal(
            [(2, "Verweisung (Integrationskurs-Berechtigung) versendet"), (5, "Verweisung (Integrationskurs-Berechtigung) angenommen"),
             (400, "Verweisung (Integrationskurs-Berechtigung): Ersttermin"), (405, "Verweisung (Integrationskurs-Berechtigung) abgeschlossen")],
            referral.Select(e => (e.GetProperty("day").GetInt32(), e.GetProperty("text").GetString()!)));
        Assert.All(referral, e => Assert.Equal(Jobcenter, e.GetProperty("organisation").GetString()));
        Assert.Equal(20, referral[2].GetProperty("waitingDays").GetInt32()); // from the obstacle on day 380
        var obstacle = entries.Single(e => e.GetProperty("kind").GetString() == "Hemmnis");
        Assert.Equal(380, obstacle.GetProperty("day").GetInt32());
        Assert.Equal("Hemmnis: Wartezeit (Sprache)", obstacle.GetProperty("text").GetString());
        Assert.True(obstacle.GetProperty("waitingDays").GetInt32() > 300); // the long wait before the obstacle is marked
    }
}

public sealed class TypicalCaseReferralTests_Sqlite(SqliteApp app) : TypicalCaseReferralTests(app), IClassFixture<SqliteApp>;
public sealed class TypicalCaseReferralTests_Postgres(PostgresApp app) : TypicalCaseReferralTests(app), IClassFixture<PostgresApp>;
