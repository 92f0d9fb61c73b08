using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;

namespace Lotse.IntegrationTests.Features.Consents;

/// <summary>A partner sees exactly the categories an active referral shares and a valid consent releases.</summary>
public abstract class SharedAccessSmokeTests(LotseAppFactory app)
{
    [Fact]
    public async Task Jobcenter_sees_referred_client_with_consented_categories_only()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jobcenter = await app.SharedApiClientAsync("jobcenter");
        var lastName = ClientRequests.UniqueName("Teilen");
        var clientId = await ClientRequests.RegisterAsync(cm1, "Samira", lastName, "1991-02-03");
        await CaseRequests.OpenAsync(cm1, clientId);
        var org = await ConsentSetup.OrganisationOfAsync(app, "jobcenter");

        Assert.Equal(HttpStatusCode.NotFound, (await jobcenter.GetAsync($"/api/v1/clients/{clientId}")).StatusCode);

        await ConsentSetup.ConsentAsync(app, clientId, org, [DataCategory.IdentityContact, DataCategory.Benefits]);
        await ConsentSetup.SentReferralAsync(app, clientId, org, [DataCategory.IdentityContact, DataCategory.ResidenceStatus]);

        var response = await jobcenter.GetAsync($"/api/v1/clients/{clientId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains(lastName, body);
        Assert.Contains("\"residence\":null", body);
        Assert.Contains("\"benefits\":null", body);

        var search = await jobcenter.PostAsJsonAsync("/api/v1/clients/search", new { name = "Samira " + lastName });
        Assert.Contains(clientId.ToString(), await search.Content.ReadAsStringAsync());
    }
}

public sealed class SharedAccessSmokeTests_Sqlite(SqliteApp app) : SharedAccessSmokeTests(app), IClassFixture<SqliteApp>;
public sealed class SharedAccessSmokeTests_Postgres(PostgresApp app) : SharedAccessSmokeTests(app), IClassFixture<PostgresApp>;
