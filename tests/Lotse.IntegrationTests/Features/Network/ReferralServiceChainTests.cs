using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Referrals.ReferralRequests;

namespace Lotse.IntegrationTests.Features.Network;

/// <summary>
/// Referrals tagged with the service-chain step they implement: the tag is validated against the receiving organisation,
/// and the chain's figures (API and page) are measured from the referrals' real timestamps.
/// </summary>
public abstract class ReferralServiceChainTests(LotseAppFactory app)
{
    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 8, 0, 0, TimeSpan.Zero);

    private async Task<(Guid ChainId, Guid[] Steps)> ChainAsync()
    {
        var ki = await app.SharedApiClientAsync("koordination");
        var jobcenter = await OrganisationAsync(app, Jobcenter);
        var bamf = await app.WithDb(db => db.Organisations.Where(o => o.Name.StartsWith("Bundesamt")).Select(o => o.Id).FirstAsync());
        var chain = await (await ki.PostAsJsonAsync("/api/v1/service-chains", new Dictionary<string, object?>
        {
            ["name"] = "Verweiskette " + Guid.NewGuid().ToString("N")[..6],
            ["need"] = "Anerkannte Geflüchtete im SGB II",
            ["steps"] = new object[]
            {
                new { title = "Verpflichtung", responsibleOrganisationId = jobcenter, targetDuration = 10, targetUnit = "WorkingDays" },
                new { title = "Zulassung", responsibleOrganisationId = bamf, targetDuration = 5, targetUnit = "CalendarDays" },
            }
        })).ReadJsonAsync(HttpStatusCode.Created);
        return (chain.GetProperty("id").GetGuid(), chain.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToArray());
    }

    [Fact]
    public async Task Chain_figures_are_measured_from_tagged_referrals()
    {
        var (chainId, steps) = await ChainAsync();
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);

        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var body = Body(@case.Id, jc, stepId, "IdentityContact");
            body["serviceChainStepId"] = steps[0];
            ids.Add((await CreateAsync(cm1, body)).Id());
        }
        Assert.Equal(5, await app.WithDb(db => db.Referrals.CountAsync(r => r.ServiceChainStepId == steps[0])));

        // Step 1 (10 working days): 10 WT, 14 WT, 9 WT (over Easter: 01.04.–16.04.), one accepted and still open since
        // March (overdue), one rejected (no pass).
        await app.WithDb(async db =>
        {
            var referrals = await db.Referrals.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
            void Check(Lotse.Web.Infrastructure.Http.Error? error) => Assert.Null(error);
            void Completed(Guid id, DateTimeOffset sent, DateTimeOffset done)
            {
                var r = referrals[id];
                Check(r.Send([], sent));
                Check(r.Accept(sent.AddDays(1)));
                Check(r.Complete("Verpflichtung erteilt", done));
            }
            Completed(ids[0], At(3, 2), At(3, 16));
            Completed(ids[1], At(3, 2), At(3, 20));
            Completed(ids[2], At(4, 1), At(4, 16));
            Check(referrals[ids[3]].Send([], At(3, 2)));
            Check(referrals[ids[3]].Accept(At(3, 3)));
            Check(referrals[ids[4]].Send([], At(3, 2)));
            Check(referrals[ids[4]].Reject("Nicht zuständig", At(3, 3)));
            await db.SaveChangesAsync();
        });

        var ki = await app.SharedApiClientAsync("koordination");
        var read = await (await ki.GetAsync($"/api/v1/service-chains/{chainId}")).ReadJsonAsync();
        var first = read.GetProperty("steps")[0];
        var f1 = first.GetProperty("figures");
        Assert.Equal(4, f1.GetProperty("count").GetInt32());
        Assert.Equal(1, f1.GetProperty("open").GetInt32());
        Assert.Equal(1, f1.GetProperty("openOverdue").GetInt32());
        Assert.Equal(10.0, f1.GetProperty("median").GetDouble());
        Assert.Equal(12.4, f1.GetProperty("percentile80").GetDouble(), 10);
        Assert.Equal(0.5, f1.GetProperty("shareWithinTarget").GetDouble());
        Assert.Equal(["2026-03", "2026-04"], first.GetProperty("byMonth").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(Jobcenter, first.GetProperty("byOrganisation").EnumerateArray().Single().GetProperty("organisationName").GetString());
        Assert.Equal(0, read.GetProperty("steps")[1].GetProperty("figures").GetProperty("count").GetInt32());

        var page = await (await (await app.BrowserClientAsync("koordination")).GetAsync($"/Netzwerk/Ketten/{chainId}")).Content.ReadAsStringAsync();
        Assert.Contains("<td>4</td><td>1</td><td>10</td><td>12,4</td>", page);
    }

    [Fact]
    public async Task Chain_step_tag_must_exist_and_belong_to_the_receiving_organisation()
    {
        var (_, steps) = await ChainAsync();
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (_, @case, stepId) = await CaseInLinkingAsync(cm1);

        var body = Body(@case.Id, jc, stepId);
        body["serviceChainStepId"] = steps[1]; // the Bundesamt's step, not the Jobcenter's
        var problem = await (await cm1.PostAsJsonAsync("/api/v1/referrals", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("andere Organisation", problem.Errors("serviceChainStepId").Single());

        body["serviceChainStepId"] = Guid.NewGuid();
        problem = await (await cm1.PostAsJsonAsync("/api/v1/referrals", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("gibt es nicht", problem.Errors("serviceChainStepId").Single());
        Assert.False(await app.WithDb(db => db.Referrals.AnyAsync(r => r.CaseId == @case.Id)));

        // The new-referral form offers the receiver's chain steps only.
        var browser = await app.BrowserClientAsync("cm1");
        var form = await (await browser.GetAsync($"/Faelle/{@case.Id}/Verweisungen/Neu?an={jc}")).Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{steps[0]}\"", form);
        Assert.DoesNotContain($"value=\"{steps[1]}\"", form);
    }
}

public sealed class ReferralServiceChainTests_Sqlite(SqliteApp app) : ReferralServiceChainTests(app), IClassFixture<SqliteApp>;
public sealed class ReferralServiceChainTests_Postgres(PostgresApp app) : ReferralServiceChainTests(app), IClassFixture<PostgresApp>;
