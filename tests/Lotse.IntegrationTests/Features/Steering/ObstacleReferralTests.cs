using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Steering.SteeringRequests;
using R = Lotse.IntegrationTests.Features.Referrals.ReferralRequests;

namespace Lotse.IntegrationTests.Features.Steering;

/// <summary>An obstacle may name the referral it concerns ("betrifft Verweisung"): only a referral of the same case.</summary>
public abstract class ObstacleReferralTests(LotseAppFactory app)
{
    private async Task<(Guid CaseId, Guid ReferralId)> CaseWithSentReferralAsync(HttpClient cm1)
    {
        var jc = await R.OrganisationAsync(app, R.Jobcenter);
        var (clientId, @case, stepId) = await R.CaseInLinkingAsync(cm1);
        await R.ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);
        var draft = await R.CreateAsync(cm1, R.Body(@case.Id, jc, stepId, "IdentityContact"));
        await R.OkAsync(cm1, R.Id(draft), "send", R.Version(draft));
        return (@case.Id, R.Id(draft));
    }

    [Fact]
    public async Task An_obstacle_names_a_referral_of_its_own_case_only()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var (caseId, referralId) = await CaseWithSentReferralAsync(cm1);
        var (_, otherReferral) = await CaseWithSentReferralAsync(cm1);

        // The form offers the case's referral.
        var form = await (await (await app.BrowserClientAsync("cm1")).GetAsync($"/Faelle/{caseId}/Hemmnis")).Content.ReadAsStringAsync();
        Assert.Contains("Betrifft Verweisung", form);
        Assert.Contains($"value=\"{referralId}\"", form);
        Assert.DoesNotContain($"value=\"{otherReferral}\"", form);

        var body = ObstacleBody("Wartezeit auf die Verpflichtung");
        body["referralId"] = otherReferral;
        using var refused = await RecordAsync(cm1, caseId, body);
        Assert.Contains("gehört nicht zu diesem Fall", (await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors("referralId").Single());
        body["referralId"] = Guid.NewGuid();
        using var unknown = await RecordAsync(cm1, caseId, body);
        await unknown.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(await app.WithDb(db => db.Obstacles.AnyAsync(o => o.CaseId == caseId)));

        body["referralId"] = referralId;
        using var recorded = await RecordAsync(cm1, caseId, body);
        var id = (await recorded.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(referralId, await app.WithDb(db => db.Obstacles.Where(o => o.Id == id).Select(o => o.ReferralId).SingleAsync()));
    }
}

public sealed class ObstacleReferralTests_Sqlite(SqliteApp app) : ObstacleReferralTests(app), IClassFixture<SqliteApp>;
public sealed class ObstacleReferralTests_Postgres(PostgresApp app) : ObstacleReferralTests(app), IClassFixture<PostgresApp>;
