using System.Net;
using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;

namespace Lotse.IntegrationTests.Features.Clients;

/// <summary>POST /api/v1/clients/{id}/merge: a duplicate goes into the record that stays, nothing is lost.</summary>
public abstract class ClientMergeTests(LotseAppFactory app)
{
    private Task<HttpClient> Cm1 => app.SharedApiClientAsync("cm1");

    private static object Merge(Guid duplicateId, int version = 0, int duplicateVersion = 0) =>
        new { duplicateId, version, duplicateVersion };

    [Fact]
    public async Task The_duplicate_is_absorbed_with_its_names_lists_residence_history_and_cases()
    {
        var cm1 = await Cm1;
        var family = UniqueName("Hassan");
        var keep = await RegisterAsync(cm1, "Mohammed", family, "1990");
        var duplicateBody = Minimal("Muhammad", family + "i", "1990-05-20");
        duplicateBody["nationalities"] = new[] { "XXA" };
        duplicateBody["languages"] = new[] { "Arabisch" };
        duplicateBody["residenceStatuses"] = new object[] { new { type = "Toleration", validUntil = "2027-01-31" } };
        var duplicate = (await RegisterAsync(cm1, duplicateBody)).GetProperty("id").GetGuid();
        var caseId = (await (await cm1.PostAsync($"/api/v1/clients/{duplicate}/cases", null)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Opening the case bumped the duplicate's version (the client row guards "one active case").
        var merged = await (await cm1.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", Merge(duplicate, duplicateVersion: 1))).ReadJsonAsync();
        Assert.Equal(1, merged.GetProperty("version").GetInt32());

        var read = await GetAsync(cm1, keep);
        Assert.Equal("Mohammed", read.GetProperty("firstName").GetString());
        Assert.Contains(read.GetProperty("nameVariants").EnumerateArray(), v => v.GetProperty("firstName").GetString() == "Muhammad");
        Assert.Equal("1990-05-20", read.GetProperty("birthDate").GetString()); // the more precise, compatible date wins
        Assert.Equal(["SYR", "XXA"], read.GetProperty("nationalities").EnumerateArray().Select(n => n.GetString()).Order());
        Assert.Contains("Arabisch", read.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains(read.GetProperty("residenceStatuses").EnumerateArray(), r => r.GetProperty("type").GetString() == "Toleration");
        Assert.Equal(caseId, read.GetProperty("activeCaseId").GetGuid());

        Assert.Equal(HttpStatusCode.NotFound, (await cm1.GetAsync($"/api/v1/clients/{duplicate}")).StatusCode);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityId == duplicate.ToString() && e.Operation == Lotse.Web.Infrastructure.Auditing.AuditOperation.Delete)));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityId == keep.ToString() && e.Purpose!.Contains(duplicate.ToString()))));
    }

    [Fact]
    public async Task A_conflicting_birth_date_stays_visible_in_the_variant()
    {
        var cm1 = await Cm1;
        var family = UniqueName("Karimi");
        var keep = await RegisterAsync(cm1, "Ahmad", family, "1971-02-03");
        var duplicate = await RegisterAsync(cm1, "Ahmed", family, "1983-04-05");
        await (await cm1.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", Merge(duplicate))).ReadJsonAsync();
        var read = await GetAsync(cm1, keep);
        Assert.Equal("1971-02-03", read.GetProperty("birthDate").GetString());
        Assert.Contains(read.GetProperty("nameVariants").EnumerateArray(), v => v.GetProperty("source").GetString()!.Contains("1983-04-05"));
    }

    [Fact]
    public async Task Two_active_cases_stale_versions_and_other_organisations_are_refused_and_change_nothing()
    {
        var cm1 = await Cm1;
        var family = UniqueName("Tesfay");
        var keep = await RegisterAsync(cm1, "Yonas", family);
        var duplicate = await RegisterAsync(cm1, "Yohannes", family);
        foreach (var id in new[] { keep, duplicate })
            (await cm1.PostAsync($"/api/v1/clients/{id}/cases", null)).EnsureSuccessStatusCode();

        await (await cm1.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", Merge(duplicate, version: 1, duplicateVersion: 1)))
            .AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");
        await (await cm1.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", Merge(duplicate, version: 0, duplicateVersion: 1)))
            .AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");
        await (await cm1.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", Merge(keep, version: 1, duplicateVersion: 1)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");

        var cm2 = await app.SharedApiClientAsync("cm2");
        Assert.Equal(HttpStatusCode.NotFound, (await cm2.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", Merge(duplicate, 1, 1))).StatusCode);
        var koordination = await app.SharedApiClientAsync("koordination");
        // The Koordinierende Stelle reads the client but never changes client data.
        Assert.Equal(HttpStatusCode.Forbidden, (await koordination.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", Merge(duplicate, 1, 1))).StatusCode);

        Assert.Equal(2, await app.WithDb(db => db.Clients.CountAsync(c => c.Id == keep || c.Id == duplicate)));
    }
}

public sealed class ClientMergeTests_Sqlite(SqliteApp app) : ClientMergeTests(app), IClassFixture<SqliteApp>;
public sealed class ClientMergeTests_Postgres(PostgresApp app) : ClientMergeTests(app), IClassFixture<PostgresApp>;
