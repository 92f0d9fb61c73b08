using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Infrastructure.Auditing;

/// <summary>
/// List reads (start page, search, duplicate check) write one Read entry per subject shown — on PostgreSQL in
/// one INSERT … unnest, elsewhere as tracked entries — with the same fields as every other entry, and the
/// sealer links them into an intact chain.
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

        var reads = await fixture.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Operation == AuditOperation.Read && e.UserId == me.Id).ToListAsync());
        Assert.Equal(caseIds.OrderBy(x => x), reads.Where(e => e.Purpose == "Fallliste (Startseite)").Select(e => e.EntityId).OrderBy(x => x));
        Assert.Equal(found.Select(x => x.ToString()).OrderBy(x => x), reads.Where(e => e.Purpose == "Personensuche").Select(e => e.EntityId).OrderBy(x => x));
        Assert.Equal(candidates.Select(x => x.ToString()).OrderBy(x => x), reads.Where(e => e.Purpose == "Dublettenprüfung").Select(e => e.EntityId).OrderBy(x => x));
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
}

public sealed class ListReadAuditTests_Sqlite(SqliteApp app) : ListReadAuditTests(app), IClassFixture<SqliteApp>;
public sealed class ListReadAuditTests_Postgres(PostgresApp app) : ListReadAuditTests(app), IClassFixture<PostgresApp>;
