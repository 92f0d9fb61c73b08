using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.IntegrationTests.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;

namespace Lotse.IntegrationTests.Features.Clients;

/// <summary>
/// Every read of a client or case leaves one Read entry in the same transaction; changes leave
/// Create/Update entries that name fields, never values.
/// </summary>
public abstract class ClientAuditTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private Task<long> LastAuditIdAsync() => app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

    private Task<List<AuditEntry>> EntriesSinceAsync(long id, string? entityType = null) => app.WithDb(db => db.AuditEntries.AsNoTracking()
        .Where(e => e.Id > id && (entityType == null || e.EntityType == entityType)).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task Reading_a_client_writes_exactly_one_Read_entry_with_who_and_which_client()
    {
        var cm1 = await As("cm1");
        var id = await RegisterAsync(cm1, "Yasmin", UniqueName("Gelesen"));
        var since = await LastAuditIdAsync();

        await GetAsync(cm1, id);

        var entry = Assert.Single(await EntriesSinceAsync(since, "Client"));
        Assert.Equal(AuditOperation.Read, entry.Operation);
        Assert.Equal(id.ToString(), entry.EntityId);
        Assert.Equal("cm1", entry.UserName);
        Assert.Equal((await app.FindUserAsync("cm1")).OrganisationId, entry.OrganisationId);
        Assert.Equal(AuditChannel.Api, entry.Channel);
    }

    [Fact]
    public async Task A_denied_or_unknown_read_writes_no_Read_entry()
    {
        var cm1 = await As("cm1");
        var id = await RegisterAsync(cm1, "Yasmin", UniqueName("Verweigert"));
        var since = await LastAuditIdAsync();

        foreach (var user in new[] { "cm2", "jobcenter", "abh", "admin", "datenschutz" })
            await (await (await As(user)).GetAsync($"/api/v1/clients/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        var unknown = Guid.NewGuid();
        await (await cm1.GetAsync($"/api/v1/clients/{unknown}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");

        // No Read entry; every denial is audited as such (issue 4), with the opaque id only.
        var entries = await EntriesSinceAsync(since, "Client");
        Assert.All(entries, e => Assert.Equal((AuditOperation.Denied, "Verweigert (404)"), (e.Operation, e.Purpose)));
        Assert.Equal(["abh", "admin", "cm1", "cm2", "datenschutz", "jobcenter"], entries.Select(e => e.UserName!).Order());
        Assert.Equal(5, entries.Count(e => e.EntityId == id.ToString()));
        Assert.Single(entries, e => e.EntityId == unknown.ToString());
    }

    [Fact]
    public async Task A_search_writes_one_Read_entry_per_returned_client_and_none_for_the_others()
    {
        var cm1 = await As("cm1");
        var lastName = UniqueName("Suche");
        var ids = new[] { await RegisterAsync(cm1, "Ali", lastName, "1948-01-05"), await RegisterAsync(cm1, "Ali", lastName, "1948-01-06"), await RegisterAsync(cm1, "Ali", lastName, "1948-01-07") };
        var notReturned = await RegisterAsync(cm1, "Ali", lastName, "1949-01-05");
        var since = await LastAuditIdAsync();

        var found = (await SearchAsync(cm1, new { name = "Ali " + lastName, birthDate = "1948" })).Ids().ToList();
        Assert.Equal(ids.Order(), found.Order());

        var entries = await EntriesSinceAsync(since, "Client");
        Assert.All(entries, e => Assert.Equal((AuditOperation.Read, "Personensuche", "cm1"), (e.Operation, e.Purpose, e.UserName)));
        Assert.Equal(ids.Select(i => i.ToString()).Order(), entries.Select(e => e.EntityId).Order());
        Assert.DoesNotContain(entries, e => e.EntityId == notReturned.ToString());

        // A search that finds nothing (or a caller who may see nothing) leaves no Read entry.
        since = await LastAuditIdAsync();
        Assert.Empty((await SearchAsync(await As("jobcenter"), new { name = "Ali " + lastName })).Ids());
        Assert.Empty((await SearchAsync(cm1, new { name = "Ali " + lastName, birthDate = "1901" })).Ids());
        Assert.Empty(await EntriesSinceAsync(since, "Client"));
    }

    [Fact]
    public async Task A_duplicate_check_writes_one_Read_entry_per_candidate_shown()
    {
        var cm1 = await As("cm1");
        var lastName = UniqueName("Dublette");
        var id = await RegisterAsync(cm1, "Karim", lastName, "1971-05-05");
        var since = await LastAuditIdAsync();

        var answers = (await DuplicateCheckAsync(cm1, new { firstName = "Karim", lastName, birthDate = "1971-05-05" })).EnumerateArray()
            .Select(a => a.GetProperty("clientId").GetGuid().ToString()).ToList();
        Assert.Contains(id.ToString(), answers);

        var entries = await EntriesSinceAsync(since, "Client");
        Assert.All(entries, e => Assert.Equal((AuditOperation.Read, "Dublettenprüfung"), (e.Operation, e.Purpose)));
        Assert.Equal(answers.Order(), entries.Select(e => e.EntityId).Order());
    }

    [Fact]
    public async Task Reading_a_case_writes_exactly_one_Read_entry_and_a_denied_read_none()
    {
        var (_, @case) = await CaseRequests.NewAsync(await As("cm1"));
        var since = await LastAuditIdAsync();

        await @case.GetAsync();
        var entry = Assert.Single(await EntriesSinceAsync(since, "Case"));
        Assert.Equal((AuditOperation.Read, @case.Id.ToString(), "cm1"), (entry.Operation, entry.EntityId, entry.UserName));

        since = await LastAuditIdAsync();
        await (await (await As("cm2")).GetAsync($"/api/v1/cases/{@case.Id}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        await (await (await As("jobcenter")).GetAsync($"/api/v1/cases/{@case.Id}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        var denials = await EntriesSinceAsync(since, "Case");
        Assert.Equal(2, denials.Count);
        Assert.All(denials, e => Assert.Equal((AuditOperation.Denied, @case.Id.ToString()), (e.Operation, e.EntityId)));
    }

    [Fact]
    public async Task Creating_and_editing_write_Create_and_Update_entries_with_field_names_but_never_values()
    {
        var cm1 = await As("cm1");
        var lastName = UniqueName("Geheim");
        var since = await LastAuditIdAsync();

        var body = Full(lastName);
        body["birthDate"] = "1937-12-29";
        body["street"] = "Verborgener Pfad 99";
        var id = (await RegisterAsync(cm1, body)).GetProperty("id").GetGuid();

        var created = await EntriesSinceAsync(since);
        var clientCreate = Assert.Single(created, e => e.EntityType == "Client");
        Assert.Equal((AuditOperation.Create, id.ToString(), "cm1"), (clientCreate.Operation, clientCreate.EntityId, clientCreate.UserName));
        var statusIds = await app.WithDb(db => db.ResidenceStatuses.Where(r => r.ClientId == id).Select(r => r.Id).ToListAsync());
        Assert.Equal(statusIds.Select(s => s.ToString()).Order(), created.Where(e => e.EntityType == "ResidenceStatus").Select(e => e.EntityId).Order());
        Assert.All(created.Where(e => e.EntityType == "ResidenceStatus"), e => Assert.Equal(AuditOperation.Create, e.Operation));

        since = await LastAuditIdAsync();
        body["lastName"] = lastName + "neu";
        body["birthDate"] = "1937-12-30";
        body["street"] = "Anderer Pfad 98";
        body["version"] = 0;
        await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body)).ReadJsonAsync();

        var update = Assert.Single(await EntriesSinceAsync(since, "Client"));
        Assert.Equal((AuditOperation.Update, id.ToString()), (update.Operation, update.EntityId));
        var fields = update.Fields!.Split(',');
        Assert.Contains("FamilyName", fields);
        Assert.Contains("BirthDay", fields);
        Assert.Contains("Street", fields);
        Assert.DoesNotContain("Version", fields);
        Assert.DoesNotContain("GivenName", fields); // unchanged fields are not listed

        // No row of the whole trail copies a value of the client.
        var trail = await app.WithDb(db => db.AuditEntries.AsNoTracking().ToListAsync());
        foreach (var secret in new[] { lastName, "1937-12-29", "29.12.1937", "1937-12-30", "30.12.1937", "Verborgener Pfad", "Anderer Pfad", "Amina" })
            Assert.DoesNotContain(trail, e => JsonSerializer.Serialize(e).Contains(secret, StringComparison.OrdinalIgnoreCase));

        // And the trail with all these entries still verifies.
        await Audit.SealAsync(app);
        var verification = await Audit.VerifyAsync(app);
        Assert.True(verification.IsIntact, verification.Message);
    }

    [Fact]
    public async Task A_refused_registration_or_edit_writes_no_change_entry()
    {
        var cm1 = await As("cm1");
        var id = await RegisterAsync(cm1, "Yasmin", UniqueName("Abgelehnt"));
        var since = await LastAuditIdAsync();

        var invalid = Minimal("Yasmin", "X", "1990-02-30");
        await (await cm1.PostAsJsonAsync("/api/v1/clients", invalid)).AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");
        invalid["version"] = 0;
        await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", invalid)).AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");
        await (await (await As("jobcenter")).PostAsJsonAsync("/api/v1/clients", Minimal("Yasmin", "Y"))).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");

        Assert.DoesNotContain(await EntriesSinceAsync(since), e => e.EntityType is "Client" or "ResidenceStatus" && e.Operation != AuditOperation.Denied);
    }
}

public sealed class ClientAuditTests_Sqlite(SqliteApp app) : ClientAuditTests(app), IClassFixture<SqliteApp>;
public sealed class ClientAuditTests_Postgres(PostgresApp app) : ClientAuditTests(app), IClassFixture<PostgresApp>;
