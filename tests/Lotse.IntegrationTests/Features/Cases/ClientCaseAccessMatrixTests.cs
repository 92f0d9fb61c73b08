using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Cases;

/// <summary>
/// Demo user × client/case operation, on a client registered by cm1 (Caritas) with a case of cm1's.
/// The rules (ClientAccess): case managers read and edit clients their organisation registered or has a case
/// for, and cases of their organisation; the Koordinierende Stelle reads everything and changes nothing;
/// every other role sees nothing. Reads of a specific client or case the caller may not see are 404
/// (existence does not leak), operations a role may never perform are 403, searches come back empty.
/// Every denial changes nothing and writes no Read audit entry; every allowed read writes exactly one.
/// </summary>
public abstract class ClientCaseAccessMatrixTests(LotseAppFactory app)
{
    private static readonly string[] Operations =
        ["read client", "edit client", "register client", "search", "duplicate check", "open case", "read case", "change case", "caseload", "overview"];

    /// <summary>"200+": 200 and the subject is in the answer; "200-": 200 and it is not.</summary>
    private static readonly (string User, string[] Expected)[] Matrix =
    [
        //                read   edit   register search  dup     open   read c change  caseload overview
        ("cm1",          ["200", "200", "201",  "200+", "200+", "201", "200", "200", "200+", "403"]),
        ("cm2",          ["404", "404", "201",  "200-", "200-", "404", "404", "404", "200-", "403"]),
        ("koordination", ["200", "403", "403",  "200+", "200+", "403", "200", "403", "200-", "200"]),
        ("admin",        ["404", "403", "403",  "200-", "200-", "403", "404", "403", "200-", "403"]),
        ("jobcenter",    ["404", "403", "403",  "200-", "200-", "403", "404", "403", "200-", "403"]),
        ("abh",          ["404", "403", "403",  "200-", "200-", "403", "404", "403", "200-", "403"]),
        ("ebh",          ["404", "403", "403",  "200-", "200-", "403", "404", "403", "200-", "403"]),
        ("lenkung",      ["404", "403", "403",  "200-", "200-", "403", "404", "403", "200-", "403"]),
        ("datenschutz",  ["404", "403", "403",  "200-", "200-", "403", "404", "403", "200-", "403"]),
    ];

    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (user, expected) in Matrix)
            for (var i = 0; i < Operations.Length; i++)
                rows.Add(user, Operations[i], expected[i]);
        return rows;
    }

    [Fact]
    public void The_matrix_covers_every_demo_user()
    {
        Assert.Equal(Web.Data.DemoData.Users.Select(u => u.UserName).Order(), Matrix.Select(m => m.User).Order());
        Assert.All(Matrix, m => Assert.Equal(Operations.Length, m.Expected.Length));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Role_may_or_may_not_perform_the_operation(string user, string operation, string expected)
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var client = await app.SharedApiClientAsync(user);
        var lastName = ClientRequests.UniqueName("Matrix");
        var clientId = await ClientRequests.RegisterAsync(cm1, "Matrix", lastName, "1977-07-07");
        var @case = operation == "open case" ? null : await CaseRequests.OpenAsync(cm1, clientId);
        var caseId = @case?.Id ?? Guid.Empty;
        var clientVersion = await app.WithDb(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Version).SingleAsync());

        using var request = operation switch
        {
            "read client" => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/clients/{clientId}"),
            "edit client" => Json(HttpMethod.Put, $"/api/v1/clients/{clientId}",
                new Dictionary<string, object?>(ClientRequests.Minimal("Matrix", lastName, "1977-07-07")) { ["street"] = "Geändert 1", ["version"] = clientVersion }),
            "register client" => Json(HttpMethod.Post, "/api/v1/clients", ClientRequests.Minimal("Neu", ClientRequests.UniqueName("Matrix"))),
            "search" => Json(HttpMethod.Post, "/api/v1/clients/search", new { name = "Matrix " + lastName }),
            "duplicate check" => Json(HttpMethod.Post, "/api/v1/clients/duplicate-check", new { firstName = "Matrix", lastName, birthDate = "1977-07-07" }),
            "open case" => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/clients/{clientId}/cases"),
            "read case" => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{caseId}"),
            "change case" => Json(HttpMethod.Post, $"/api/v1/cases/{caseId}/notes", new Dictionary<string, object?>(CaseRequests.NoteBody()) { ["version"] = 0 }),
            "caseload" => new HttpRequestMessage(HttpMethod.Get, "/api/v1/caseload"),
            "overview" => new HttpRequestMessage(HttpMethod.Get, "/api/v1/caseload/overview"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation))
        };
        var before = await SnapshotAsync();
        var readsBefore = await ReadsOfAsync(clientId, caseId);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        var status = int.Parse(expected[..3]);
        Assert.True((int)response.StatusCode == status, $"{user} {operation}: expected {status}, got {(int)response.StatusCode} {body}");
        var subject = operation is "caseload" ? caseId : clientId;
        if (expected.EndsWith('+')) Assert.Contains(subject.ToString(), body);
        if (expected.EndsWith('-')) Assert.DoesNotContain(subject.ToString(), body);
        if (status is 403 or 404)
            await response.AssertProblemAsync((HttpStatusCode)status, status == 403 ? "urn:lotse:problem:forbidden" : "urn:lotse:problem:not-found");

        // Only an allowed change changes the database; reads and denials leave it as it was.
        var changes = status < 300 && operation is "edit client" or "register client" or "open case" or "change case";
        if (!changes) Assert.Equal(before, await SnapshotAsync());

        // Exactly one Read entry for each allowed read of the client or case, none otherwise.
        var reads = (operation is "read client" or "read case" && status == 200) || expected.EndsWith('+') ? 1 : 0;
        Assert.Equal(readsBefore + reads, await ReadsOfAsync(clientId, caseId));
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, object body) =>
        new(method, url) { Content = JsonContent.Create(body) };

    private async Task<int> ReadsOfAsync(Guid clientId, Guid caseId)
    {
        // List reads are indexed by record when sealed.
        await Lotse.IntegrationTests.Infrastructure.Auditing.Audit.SealAsync(app);
        return await ReadsOfIndexedAsync(clientId, caseId);
    }

    private Task<int> ReadsOfIndexedAsync(Guid clientId, Guid caseId) => app.WithDb(db =>
    {
        var ids = new[] { clientId.ToString(), caseId.ToString() };
        // Its own entries and the list reads that showed it (one entry per list, docs/adr/0003-audit-chain.md).
        var lists = db.AuditSubjects.Where(s => ids.Contains(s.EntityId)).Select(s => s.AuditEntryId);
        return db.AuditEntries.CountAsync(e => e.Operation == AuditOperation.Read && (ids.Contains(e.EntityId) || lists.Contains(e.Id)));
    });

    /// <summary>Counts and version sums of everything a client or case operation could write.</summary>
    private Task<string> SnapshotAsync() => app.WithDb(async db => string.Join('|',
        await db.Clients.CountAsync(), await db.Clients.SumAsync(c => c.Version), await db.ResidenceStatuses.CountAsync(),
        await db.Cases.CountAsync(), await db.Cases.SumAsync(c => c.Version),
        await db.Set<CaseNote>().CountAsync(), await db.Set<CaseEvent>().CountAsync(),
        await db.AuditEntries.CountAsync(e => e.Operation == AuditOperation.Create || e.Operation == AuditOperation.Update || e.Operation == AuditOperation.Delete)));
}

public sealed class ClientCaseAccessMatrixTests_Sqlite(SqliteApp app) : ClientCaseAccessMatrixTests(app), IClassFixture<SqliteApp>;
public sealed class ClientCaseAccessMatrixTests_Postgres(PostgresApp app) : ClientCaseAccessMatrixTests(app), IClassFixture<PostgresApp>;
