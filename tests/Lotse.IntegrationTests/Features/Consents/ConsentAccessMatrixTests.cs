using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Consents;

/// <summary>
/// The access matrix of issue 4: role × client-data operation × consent state, on a client of cm1 (Caritas) whose
/// file carries a marker value in every category. The consent states apply to two consents: one to the Jobcenter
/// (Personalien, Leistungsbezug, Aufenthaltsstatus) with a sent referral to the Jobcenter that shares Personalien,
/// Leistungsbezug and Assessment, and one to the Ausländerbehörde (Personalien, Aufenthaltsstatus).
/// "category not covered" replaces them by consents that release only Aufenthaltsstatus (Jobcenter: not shared by the
/// referral) and only Integrationsleistungen (ABH). So the Jobcenter sees Personalien + Leistungsbezug (shared ∩
/// consented), the ABH Personalien + Aufenthaltsstatus, while the consents are valid, and nothing otherwise.
/// Cells: status codes ("200+"/"200-": allowed, with/without the client in the answer), or "+"/"-" for whether a
/// category's marker is in what the user gets. Every answer is also checked for the markers of every category the
/// user must not see (no leak through search, duplicate check, export or the API); every 403/404 is audited.
/// </summary>
public abstract class ConsentAccessMatrixTests(LotseAppFactory app)
{
    public static readonly string[] States = ["none", "valid", "expired", "revoked", "not covered"];

    private static readonly string[] Operations =
    [
        "read client", "identity", "residence", "benefits", "assessment", "health", "case notes",
        "search", "duplicate check", "read case", "export", "caseload", "overview", "consent list", "who may see", "record consent", "revoke consent"
    ];

    private static readonly string[] CategoryOperations = ["identity", "residence", "benefits", "assessment", "health", "case notes"];

    private const string JobcenterWithoutReferral = "jobcenter (ohne Verweisung)";

    //                                  read   ident res  ben  ass  hea  notes search  dup     case   export  load    overv  list   who    record revoke
    private static readonly string[] Full     = ["200", "+", "+", "+", "+", "+", "+", "200+", "200+", "200", "200+", "200+", "403", "200", "200", "201", "200"];
    private static readonly string[] Nothing  = ["404", "-", "-", "-", "-", "-", "-", "200-", "200-", "404", "403", "200-", "403", "403", "403", "403", "403"];

    /// <summary>Users whose answers do not depend on the consent state.</summary>
    private static readonly (string User, string[] Expected)[] Always =
    [
        ("koordination",          ["200", "+", "+", "+", "+", "+", "+", "200+", "200+", "200", "403", "200-", "200", "200", "200", "403", "403"]),
        ("cm2",                   ["404", "-", "-", "-", "-", "-", "-", "200-", "200-", "404", "200-", "200-", "403", "404", "404", "404", "404"]),
        ("admin",                 Nothing),
        (JobcenterWithoutReferral, Nothing),
        ("ebh",                   Nothing),
        ("lenkung",               Nothing),
        ("datenschutz",           Nothing),
    ];

    /// <summary>Users whose answers depend on the consent state.</summary>
    private static readonly (string User, string State, string[] Expected)[] ByState =
    [
        ("cm1", "none",        [.. Full[..16], "404"]), // nothing to revoke
        ("cm1", "valid",       Full),
        ("cm1", "expired",     Full),                    // an expired consent can still be revoked (documents the declaration)
        ("cm1", "revoked",     [.. Full[..16], "409"]), // already revoked
        ("cm1", "not covered", Full),
        //                     read   ident res  ben  ass  hea  notes search  dup     case   export load    overv  list   who    record revoke
        ("jobcenter", "none",        Nothing),
        ("jobcenter", "valid",       ["200", "+", "-", "+", "-", "-", "-", "200+", "200-", "404", "403", "200-", "403", "403", "403", "403", "403"]),
        ("jobcenter", "expired",     Nothing),
        ("jobcenter", "revoked",     Nothing),
        ("jobcenter", "not covered", Nothing),
        ("abh", "none",              Nothing),
        ("abh", "valid",             ["200", "+", "+", "-", "-", "-", "-", "200+", "200-", "404", "403", "200-", "403", "403", "403", "403", "403"]),
        ("abh", "expired",           Nothing),
        ("abh", "revoked",           Nothing),
        ("abh", "not covered",       ["200", "-", "-", "-", "-", "-", "-", "200-", "200-", "404", "403", "200-", "403", "403", "403", "403", "403"]),
    ];

    private static IEnumerable<(string User, string State, string[] Expected)> Table() =>
        Always.SelectMany(a => States.Select(s => (a.User, s, a.Expected))).Concat(ByState);

    public static TheoryData<string, string, string, string> Cells()
    {
        var cells = new TheoryData<string, string, string, string>();
        foreach (var (user, state, expected) in Table())
            for (var i = 0; i < Operations.Length; i++)
                cells.Add(user, state, Operations[i], expected[i]);
        return cells;
    }

    [Fact]
    public void The_matrix_covers_every_demo_user_in_every_state()
    {
        var users = Web.Data.DemoData.Users.Select(u => u.UserName).Append(JobcenterWithoutReferral).Order().ToList();
        Assert.Equal(users, Table().Select(t => t.User).Distinct().Order());
        foreach (var user in users) Assert.Equal(States.Order(), Table().Where(t => t.User == user).Select(t => t.State).Order());
        Assert.All(Table(), t => Assert.Equal(Operations.Length, t.Expected.Length));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Role_sees_or_is_refused_the_operation_in_this_consent_state(string user, string state, string operation, string expected)
    {
        var withReferral = user != JobcenterWithoutReferral;
        var login = user == JobcenterWithoutReferral ? "jobcenter" : user;
        // Operations that change consents get a scenario of their own; reads share one per state.
        var s = operation is "record consent" or "revoke consent"
            ? await Scenario.CreateAsync(app, state, withReferral)
            : await SharedScenarioAsync(state, withReferral);
        var client = await app.SharedApiClientAsync(login);
        var expectedRow = Table().Single(t => t.User == user && t.State == state).Expected;
        var hidden = CategoryOperations.Where((_, i) => expectedRow[i + 1] == "-").Select(s.Marker).ToList();

        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => (long?)e.Id)) ?? 0;
        var (status, body) = await PerformAsync(client, s, operation);

        if (CategoryOperations.Contains(operation))
        {
            Assert.True((expected == "+") == body.Contains(s.Marker(operation)),
                $"{user}/{state}: {operation} expected {(expected == "+" ? "visible" : "hidden")}; {status} {body}");
        }
        else
        {
            var code = int.Parse(expected[..3]);
            Assert.True(status == code, $"{user}/{state}: {operation} expected {code}, got {status} {body}");
            if (expected.EndsWith('+')) Assert.Contains(s.LastName, body);
            if (expected.EndsWith('-')) Assert.DoesNotContain(s.LastName, body);
            if (code is 403 or 404)
            {
                var denials = await app.WithDb(db => db.AuditEntries.Where(e => e.Id > since && e.Operation == AuditOperation.Denied && e.UserName == login).CountAsync());
                Assert.True(denials >= 1, $"{user}/{state}: the denial of {operation} was not audited");
            }
        }
        foreach (var marker in hidden)
            Assert.False(body.Contains(marker), $"{user}/{state}: {operation} leaked {marker}: {body}");
    }

    /// <summary>Status and body of one operation; category operations read the client file (and the case, for notes).</summary>
    private static async Task<(int Status, string Body)> PerformAsync(HttpClient client, Scenario s, string operation)
    {
        async Task<(int, string)> Send(HttpRequestMessage request)
        {
            using var response = await client.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
        HttpRequestMessage Post(string url, object body) => new(HttpMethod.Post, url) { Content = JsonContent.Create(body) };

        switch (operation)
        {
            case "read client":
                return await Send(Get($"/api/v1/clients/{s.ClientId}"));
            case "identity" or "residence" or "benefits" or "assessment" or "health" or "case notes":
                // Assessment, health and notes live in the case: what the user gets from the client file and the case.
                var (s1, b1) = await Send(Get($"/api/v1/clients/{s.ClientId}"));
                var (_, b2) = await Send(Get($"/api/v1/cases/{s.CaseId}"));
                return (s1, b1 + b2);
            case "search":
                return await Send(Post("/api/v1/clients/search", new { name = "Matrix " + s.LastName }));
            case "duplicate check":
                return await Send(Post("/api/v1/clients/duplicate-check", new { firstName = "Matrix", lastName = s.LastName, birthDate = Scenario.BirthDate }));
            case "read case":
                return await Send(Get($"/api/v1/cases/{s.CaseId}"));
            case "export":
                return await Send(Get("/api/v1/caseload/export?format=csv"));
            case "caseload":
                return await Send(Get("/api/v1/caseload"));
            case "overview":
                return await Send(Get("/api/v1/caseload/overview"));
            case "consent list":
                return await Send(Get($"/api/v1/clients/{s.ClientId}/consents"));
            case "who may see":
                return await Send(Get($"/api/v1/clients/{s.ClientId}/access"));
            case "record consent":
                return await Send(Post($"/api/v1/clients/{s.ClientId}/consents", new
                {
                    recipientOrganisationIds = new[] { s.JobcenterId }, categories = new[] { "IdentityContact" }, purpose = "Matrix",
                    givenOn = CaseRequests.Today, form = "Electronic"
                }));
            case "revoke consent":
                var version = s.JobcenterConsentId is { } cid ? await s.VersionOfAsync(cid) : 0;
                return await Send(Post($"/api/v1/consents/{s.JobcenterConsentId ?? Guid.NewGuid()}/revocation", new { note = "Matrix", version }));
            default:
                throw new ArgumentOutOfRangeException(nameof(operation));
        }
    }

    private static readonly ConcurrentDictionary<(LotseAppFactory, string, bool), Lazy<Task<Scenario>>> Shared = new();

    private Task<Scenario> SharedScenarioAsync(string state, bool withReferral) =>
        Shared.GetOrAdd((app, state, withReferral), key => new Lazy<Task<Scenario>>(() => Scenario.CreateAsync(key.Item1, key.Item2, key.Item3))).Value;

    /// <summary>A client of cm1 with a case, a marker in every category, and the consents and referral of a state.</summary>
    private sealed record Scenario(LotseAppFactory App, Guid ClientId, Guid CaseId, string LastName, string Tag, Guid JobcenterId, Guid? JobcenterConsentId)
    {
        public const string BirthDate = "1966-06-16";

        public string Marker(string category) => category switch
        {
            "identity" => $"Identweg {Tag}",
            "residence" => $"Par R{Tag}",
            "benefits" => "2004-02-29",
            "assessment" => $"Lage{Tag}",
            "health" => $"Gesund{Tag}",
            "case notes" => $"Notiz{Tag}",
            _ => throw new ArgumentOutOfRangeException(nameof(category))
        };

        public Task<int> VersionOfAsync(Guid consentId) => App.WithDb(db => db.Consents.Where(k => k.Id == consentId).Select(k => k.Version).SingleAsync());

        public static async Task<Scenario> CreateAsync(LotseAppFactory app, string state, bool withReferral)
        {
            var cm1 = await app.SharedApiClientAsync("cm1");
            var tag = Guid.NewGuid().ToString("N")[..10];
            var lastName = ClientRequests.UniqueName("Matrix");
            var probe = new Scenario(app, Guid.Empty, Guid.Empty, lastName, tag, Guid.Empty, null);
            var body = ClientRequests.Minimal("Matrix", lastName, BirthDate);
            body["street"] = probe.Marker("identity");
            body["benefits"] = new object[] { new { kind = "SgbII", from = "2004-02-29" } };
            body["residenceStatuses"] = new object[] { new { type = "ResidencePermit", legalBasis = probe.Marker("residence"), issuedOn = "2024-01-10" } };
            var clientId = (await ClientRequests.RegisterAsync(cm1, body)).GetProperty("id").GetGuid();
            var @case = await CaseRequests.OpenAsync(cm1, clientId);
            await @case.IntakeAsync();
            await @case.ChangeAsync(HttpMethod.Post, "assessments", new()
            {
                ["assessedOn"] = CaseRequests.Today,
                ["ratings"] = new object[]
                {
                    new { domain = "Housing", situation = probe.Marker("assessment"), rating = 3 },
                    new { domain = "Health", situation = probe.Marker("health"), rating = 2 }
                }
            });
            await @case.NoteAsync(probe.Marker("case notes"));

            var jobcenter = await ConsentSetup.OrganisationOfAsync(app, "jobcenter");
            var abh = await ConsentSetup.OrganisationOfAsync(app, "abh");
            Guid? jobcenterConsent = null;
            if (state != "none")
            {
                var today = DateOnly.FromDateTime(DateTime.Today);
                var (givenOn, until) = state == "expired" ? (today.AddDays(-90), today.AddDays(-1)) : (today.AddDays(-10), (DateOnly?)today.AddDays(180));
                var revoked = state == "revoked";
                DataCategory[] toJobcenter = state == "not covered" ? [DataCategory.ResidenceStatus] : [DataCategory.IdentityContact, DataCategory.Benefits, DataCategory.ResidenceStatus];
                DataCategory[] toAbh = state == "not covered" ? [DataCategory.IntegrationAchievements] : [DataCategory.IdentityContact, DataCategory.ResidenceStatus];
                jobcenterConsent = await ConsentSetup.ConsentAsync(app, clientId, jobcenter, toJobcenter, givenOn, until, revoked);
                await ConsentSetup.ConsentAsync(app, clientId, abh, toAbh, givenOn, until, revoked);
            }
            if (withReferral)
                await ConsentSetup.SentReferralAsync(app, clientId, jobcenter, [DataCategory.IdentityContact, DataCategory.Benefits, DataCategory.Assessment]);
            return probe with { ClientId = clientId, CaseId = @case.Id, JobcenterId = jobcenter, JobcenterConsentId = jobcenterConsent };
        }
    }
}

public sealed class ConsentAccessMatrixTests_Sqlite(SqliteApp app) : ConsentAccessMatrixTests(app), IClassFixture<SqliteApp>;
public sealed class ConsentAccessMatrixTests_Postgres(PostgresApp app) : ConsentAccessMatrixTests(app), IClassFixture<PostgresApp>;
