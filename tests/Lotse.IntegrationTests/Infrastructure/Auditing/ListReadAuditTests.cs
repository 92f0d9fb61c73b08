using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Infrastructure.Auditing;

/// <summary>
/// List reads (start page, search, duplicate check) write one Read entry per list naming every subject shown
/// (docs/adr/0003-audit-chain.md) with the same fields as every other entry; the sealer links them into an intact
/// chain and the DPO's search by record finds them.
/// </summary>
public abstract class ListReadAuditTests(LotseAppFactory fixture)
{
    [Fact]
    public async Task Start_page_search_and_duplicate_check_audit_each_subject_and_the_chain_stays_intact()
    {
        using var cm = await fixture.ApiClientAsync("cm1");
        var ids = new List<Guid>();
        foreach (var (first, last) in new[] { ("Mohammed", "Al-Hassan"), ("Olena", "Kovalenko") })
        {
            using var created = await cm.PostAsJsonAsync("/api/v1/clients", new { firstName = first, lastName = last, birthDate = "1990-05-17" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            ids.Add(id);
            using var opened = await cm.PostAsync($"/api/v1/clients/{id}/cases", null);
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }
        var me = await fixture.FindUserAsync("cm1");
        var since = await fixture.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        using var caseload = await cm.GetAsync("/api/v1/caseload");
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
        var caseIds = (await caseload.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("caseId").GetString()).ToList();
        Assert.True(caseIds.Count >= 2);

        using var search = await cm.PostAsJsonAsync("/api/v1/clients/search", new { name = "Muhammad Alhasan", birthDate = "1990" });
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var found = (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(ids[0], found);

        using var check = await cm.PostAsJsonAsync("/api/v1/clients/duplicate-check", new { firstName = "Olena", lastName = "Kowalenko", birthDate = "1990-05-17" });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var candidates = (await check.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("clientId").GetGuid()).ToList();
        Assert.Contains(ids[1], candidates);

        var reads = await fixture.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > since && e.Operation == AuditOperation.Read && e.UserId == me.Id).ToListAsync());
        Assert.Equal(caseIds.OrderBy(x => x), Subjects(reads, "Fallliste (Startseite)", "Case"));
        Assert.Equal(found.Select(x => x.ToString()).OrderBy(x => x), Subjects(reads, "Personensuche", "Client"));
        Assert.Equal(candidates.Select(x => x.ToString()).OrderBy(x => x), Subjects(reads, "Dublettenprüfung", "Client"));
        Assert.Single(reads, e => e.Purpose == "Fallliste (Startseite)");
        Assert.All(reads, e =>
        {
            Assert.Equal("cm1", e.UserName);
            Assert.Equal(me.OrganisationId, e.OrganisationId);
            Assert.Equal(AuditChannel.Api, e.Channel);
            Assert.Null(e.Fields);
        });

        Assert.True(await Audit.SealAsync(fixture) > 0);
        var verification = await Audit.VerifyAsync(fixture);
        Assert.True(verification.IsIntact, verification.Message);
    }

    private static IEnumerable<string> Subjects(IEnumerable<AuditEntry> reads, string purpose, string type) =>
        reads.Where(e => e.Purpose == purpose).SelectMany(e => e.Subjects()).Where(s => s.EntityType == type).Select(s => s.EntityId).OrderBy(x => x);

    [Fact]
    public async Task The_DPO_finds_a_start_page_listing_read_by_the_client_and_by_the_case()
    {
        using var cm = await fixture.ApiClientAsync("cm1");
        using var created = await cm.PostAsJsonAsync("/api/v1/clients", new { firstName = "Dilan", lastName = "Yıldız", birthDate = "1988-02-11" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var clientId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var opened = await cm.PostAsync($"/api/v1/clients/{clientId}/cases", null);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var caseload = await cm.GetAsync("/api/v1/caseload");
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);

        using var dpo = await fixture.ApiClientAsync("datenschutz");
        async Task FindsTheListingAsync()
        {
            foreach (var (type, id) in new[] { ("Client", clientId), ("Case", caseId) })
            {
                using var search = await dpo.PostAsJsonAsync("/api/v1/audit/search", new { entityType = type, entityId = id.ToString(), operation = "Read" });
                Assert.Equal(HttpStatusCode.OK, search.StatusCode);
                var items = (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
                var listing = Assert.Single(items, i => i.GetProperty("purpose").GetString() == "Fallliste (Startseite)");
                Assert.Equal("cm1", listing.GetProperty("userName").GetString());
                Assert.Equal("Liste", listing.GetProperty("entityId").GetString());
                Assert.Contains(id.ToString(), listing.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()!.Split(':')[1]));
            }
            // Another client's search finds no listing of this one; nor does a prefix of the id.
            foreach (var unrelated in new[] { Guid.NewGuid().ToString(), clientId.ToString()[..8] })
            {
                using var other = await dpo.PostAsJsonAsync("/api/v1/audit/search", new { entityType = "Client", entityId = unrelated });
                Assert.Empty((await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
            }
        }

        // Found before the sealer has run (from the entry's SubjectIds) and after it (from AuditSubjects, which the
        // sealer fills), once each.
        await FindsTheListingAsync();
        await Audit.SealAsync(fixture);
        Assert.True(await fixture.WithDb(db => db.AuditSubjects.AnyAsync(x => x.EntityType == "Client" && x.EntityId == clientId.ToString())));
        await FindsTheListingAsync();

        var verification = await Audit.VerifyAsync(fixture);
        Assert.True(verification.IsIntact, verification.Message);
    }
}

public sealed class ListReadAuditTests_Sqlite(SqliteApp app) : ListReadAuditTests(app), IClassFixture<SqliteApp>;
public sealed class ListReadAuditTests_Postgres(PostgresApp app) : ListReadAuditTests(app), IClassFixture<PostgresApp>;
