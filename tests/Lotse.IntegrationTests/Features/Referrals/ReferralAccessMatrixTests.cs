using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Consents;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Referrals.ReferralRequests;

namespace Lotse.IntegrationTests.Features.Referrals;

/// <summary>
/// Role × operation on one referral sent from cm1's case (Caritas) to the Jobcenter: who sees it (200), for whom it
/// does not exist (404), who sees it but may not do this (403). Denials are audited. Changes that are allowed are
/// covered by <see cref="ReferralFlowTests"/>; here every denied cell is tried and must change nothing.
/// </summary>
public abstract class ReferralAccessMatrixTests(LotseAppFactory app) : IAsyncLifetime
{
    private Guid _caseId;
    private Guid _sent;
    private Guid _draft;
    private int _sentVersion;
    private string _otherPartner = "";

    private sealed record Setup(Guid CaseId, Guid Sent, int SentVersion, Guid Draft, string OtherPartner);

    /// <summary>One referral pair per app (database): the tests only read it or are refused, so they can share it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LotseAppFactory, Task<Setup>> Setups = new();

    public async Task InitializeAsync()
    {
        var setup = await Setups.GetValue(app, a => CreateAsync(a));
        (_caseId, _sent, _sentVersion, _draft, _otherPartner) = (setup.CaseId, setup.Sent, setup.SentVersion, setup.Draft, setup.OtherPartner);
    }

    private static async Task<Setup> CreateAsync(LotseAppFactory app)
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);
        var draft = await ReferralRequests.CreateAsync(cm1, Body(@case.Id, jc, stepId, "IdentityContact"));
        var version = (await OkAsync(cm1, draft.Id(), "send", draft.Version())).Version();
        var secondDraft = (await ReferralRequests.CreateAsync(cm1, Body(@case.Id, jc, stepId, "IdentityContact"))).Id();
        var otherPartner = await app.CreateUserAsync(Roles.PartnerCaseworker, "partner"); // a caseworker of another organisation
        return new Setup(@case.Id, draft.Id(), version, secondDraft, otherPartner);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> As(string user) =>
        user == "otherPartner" ? await app.ApiClientAsync(_otherPartner, LotseAppFactory.TestPassword) : await app.SharedApiClientAsync(user);

    public static readonly string[] Users = ["cm1", "cm2", "jobcenter", "otherPartner", "koordination", "abh", "lenkung", "datenschutz", "admin"];

    /// <summary>Reading the sent referral.</summary>
    [Theory]
    [InlineData("cm1", HttpStatusCode.OK)]
    [InlineData("cm2", HttpStatusCode.NotFound)]
    [InlineData("jobcenter", HttpStatusCode.OK)]
    [InlineData("otherPartner", HttpStatusCode.NotFound)]
    [InlineData("koordination", HttpStatusCode.OK)]
    [InlineData("abh", HttpStatusCode.NotFound)]
    [InlineData("lenkung", HttpStatusCode.NotFound)]
    [InlineData("datenschutz", HttpStatusCode.NotFound)]
    [InlineData("admin", HttpStatusCode.NotFound)]
    public async Task Read(string user, HttpStatusCode expected)
    {
        using var response = await (await As(user)).GetAsync($"/api/v1/referrals/{_sent}");
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.NotFound) await AssertDenialAuditedAsync(user, _sent);
    }

    /// <summary>Drafts exist only for the sending side and the Koordinierende Stelle.</summary>
    [Theory]
    [InlineData("cm1", HttpStatusCode.OK)]
    [InlineData("jobcenter", HttpStatusCode.NotFound)]
    [InlineData("koordination", HttpStatusCode.OK)]
    [InlineData("cm2", HttpStatusCode.NotFound)]
    public async Task Read_draft(string user, HttpStatusCode expected) =>
        Assert.Equal(expected, (await (await As(user)).GetAsync($"/api/v1/referrals/{_draft}")).StatusCode);

    /// <summary>Receiver's actions: only the Jobcenter (tried in the flow tests); everyone else 403 or 404.</summary>
    [Theory]
    [InlineData("cm1", "accept", HttpStatusCode.Forbidden)]
    [InlineData("cm2", "accept", HttpStatusCode.NotFound)]
    [InlineData("otherPartner", "accept", HttpStatusCode.NotFound)]
    [InlineData("koordination", "accept", HttpStatusCode.Forbidden)]
    [InlineData("abh", "accept", HttpStatusCode.NotFound)]
    [InlineData("lenkung", "accept", HttpStatusCode.NotFound)]
    [InlineData("datenschutz", "accept", HttpStatusCode.NotFound)]
    [InlineData("admin", "accept", HttpStatusCode.NotFound)]
    [InlineData("cm1", "reject", HttpStatusCode.Forbidden)]
    [InlineData("koordination", "reject", HttpStatusCode.Forbidden)]
    [InlineData("otherPartner", "reject", HttpStatusCode.NotFound)]
    [InlineData("cm1", "complete", HttpStatusCode.Forbidden)]
    [InlineData("otherPartner", "complete", HttpStatusCode.NotFound)]
    [InlineData("cm1", "first-appointment", HttpStatusCode.Forbidden)]
    // Sender's actions: only cm1's organisation.
    [InlineData("jobcenter", "cancel", HttpStatusCode.Forbidden)]
    [InlineData("koordination", "cancel", HttpStatusCode.Forbidden)]
    [InlineData("cm2", "cancel", HttpStatusCode.NotFound)]
    [InlineData("otherPartner", "cancel", HttpStatusCode.NotFound)]
    [InlineData("abh", "cancel", HttpStatusCode.NotFound)]
    [InlineData("admin", "cancel", HttpStatusCode.NotFound)]
    [InlineData("jobcenter", "send", HttpStatusCode.Forbidden)]
    // Feedback: both sides, nobody else.
    [InlineData("koordination", "feedback", HttpStatusCode.Forbidden)]
    [InlineData("cm2", "feedback", HttpStatusCode.NotFound)]
    [InlineData("otherPartner", "feedback", HttpStatusCode.NotFound)]
    [InlineData("lenkung", "feedback", HttpStatusCode.NotFound)]
    [InlineData("datenschutz", "feedback", HttpStatusCode.NotFound)]
    public async Task Denied_changes_change_nothing_and_are_audited(string user, string action, HttpStatusCode expected)
    {
        var body = new Dictionary<string, object?>
        {
            ["reason"] = "Begründung", ["result"] = "Ergebnis", ["text"] = "Rückmeldung", ["on"] = Clients.ClientRequests.Today.ToString("yyyy-MM-dd")
        };
        using var response = await ActAsync(await As(user), _sent, action, _sentVersion, body);
        Assert.Equal(expected, response.StatusCode);
        var stored = await app.WithDb(db => db.Referrals.AsNoTracking().Include(r => r.Feedback).SingleAsync(r => r.Id == _sent));
        Assert.Equal(_sentVersion, stored.Version);
        Assert.Equal("Sent", stored.Status.ToString());
        Assert.Empty(stored.Feedback);
        await AssertDenialAuditedAsync(user, _sent);
    }

    /// <summary>Creating a referral: case managers of the organisation holding the case only.</summary>
    [Theory]
    [InlineData("cm2", HttpStatusCode.NotFound)]
    [InlineData("jobcenter", HttpStatusCode.Forbidden)]
    [InlineData("otherPartner", HttpStatusCode.Forbidden)]
    [InlineData("koordination", HttpStatusCode.Forbidden)]
    [InlineData("abh", HttpStatusCode.Forbidden)]
    [InlineData("lenkung", HttpStatusCode.Forbidden)]
    [InlineData("datenschutz", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Create(string user, HttpStatusCode expected)
    {
        var jc = await OrganisationAsync(app, Jobcenter);
        var before = await app.WithDb(db => db.Referrals.CountAsync(r => r.CaseId == _caseId));
        using var response = await (await As(user)).PostAsJsonAsync("/api/v1/referrals", Body(_caseId, jc, null, "IdentityContact"));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await app.WithDb(db => db.Referrals.CountAsync(r => r.CaseId == _caseId)));
    }

    /// <summary>Lists: the inbox shows the referral to the Jobcenter only; "mine" to cm1's organisation only.</summary>
    [Theory]
    [InlineData("cm1", false, true)]
    [InlineData("cm2", false, false)]
    [InlineData("jobcenter", true, false)]
    [InlineData("otherPartner", false, false)]
    [InlineData("koordination", false, false)]
    [InlineData("abh", false, false)]
    [InlineData("lenkung", false, false)]
    [InlineData("datenschutz", false, false)]
    [InlineData("admin", false, false)]
    public async Task Lists(string user, bool inInbox, bool inMine)
    {
        var client = await As(user);
        var inbox = await (await client.GetAsync("/api/v1/referrals/inbox?pageSize=100")).ReadJsonAsync();
        Assert.Equal(inInbox, inbox.GetProperty("items").EnumerateArray().Any(i => i.Id() == _sent));
        Assert.DoesNotContain(inbox.GetProperty("items").EnumerateArray(), i => i.Id() == _draft);
        var mine = await (await client.GetAsync("/api/v1/referrals/mine?pageSize=100")).ReadJsonAsync();
        Assert.Equal(inMine, mine.GetProperty("items").EnumerateArray().Any(i => i.Id() == _sent));
    }

    private async Task AssertDenialAuditedAsync(string user, Guid id)
    {
        var name = user == "otherPartner" ? _otherPartner : user;
        var denials = await app.WithDb(db => db.AuditEntries.AsNoTracking()
            .CountAsync(e => e.UserName == name && e.EntityType == "Referral" && e.EntityId == id.ToString() && e.Purpose!.StartsWith("Zugriff verweigert")));
        Assert.True(denials > 0, $"Die Verweigerung für {user} wurde nicht protokolliert.");
    }
}

public sealed class ReferralAccessMatrixTests_Sqlite(SqliteApp app) : ReferralAccessMatrixTests(app), IClassFixture<SqliteApp>;
public sealed class ReferralAccessMatrixTests_Postgres(PostgresApp app) : ReferralAccessMatrixTests(app), IClassFixture<PostgresApp>;
