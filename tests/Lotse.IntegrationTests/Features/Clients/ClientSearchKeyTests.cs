using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Features.Clients.Matching;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;

namespace Lotse.IntegrationTests.Features.Clients;

/// <summary>
/// The duplicate check finds its candidates through ClientSearchKeys, which database triggers keep in step with the
/// clients' names and with the organisations holding their cases. These tests change names, hand cases over,
/// merge and check what the duplicate check answers, and that the table holds exactly what the clients imply.
/// Birth dates are left out of the checks, so a candidate can only come from the name keys.
/// </summary>
public abstract class ClientSearchKeyTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private static async Task<IReadOnlyList<Guid>> DuplicatesAsync(HttpClient client, string firstName, string lastName) =>
        (await DuplicateCheckAsync(client, new { firstName, lastName })).EnumerateArray()
            .Select(a => a.GetProperty("clientId").GetGuid()).ToList();

    /// <summary>The rows the triggers must have written: every key of the client's names × (owner ∪ organisations of its cases).</summary>
    private async Task AssertKeysMatchTheClientAsync(Guid clientId)
    {
        var (expected, stored) = await app.WithDb(async db =>
        {
            var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId);
            var orgs = await db.Cases.Where(k => k.ClientId == clientId).Select(k => k.OrganisationId).ToListAsync();
            var keys = client.PhoneticKey.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct();
            var expected = orgs.Append(client.OwnerOrganisationId).Distinct()
                .SelectMany(o => keys.Select(k => $"{o}:{k}")).Order().ToList();
            var stored = (await db.ClientSearchKeys.Where(k => k.ClientId == clientId).ToListAsync())
                .Select(k => $"{k.OrganisationId}:{k.Key}").Order().ToList();
            return (expected, stored);
        });
        Assert.NotEmpty(expected);
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task A_registered_client_is_a_candidate_for_its_organisation_only()
    {
        var cm1 = await As("cm1");
        var family = UniqueName("Schluessel");
        var id = await RegisterAsync(cm1, "Mohammed", "Al-" + family, "1977-03-04");

        await AssertKeysMatchTheClientAsync(id);
        Assert.Contains(id, await DuplicatesAsync(cm1, "Muhammad", family));
        Assert.Contains(id, await DuplicatesAsync(await As("koordination"), "Muhammad", family));
        Assert.DoesNotContain(id, await DuplicatesAsync(await As("cm2"), "Muhammad", family));
    }

    [Fact]
    public async Task A_renamed_client_is_found_by_the_new_name_and_no_longer_by_the_old_one()
    {
        var cm1 = await As("cm1");
        var (oldName, newName) = (UniqueName("Alt"), UniqueName("Neu"));
        var id = await RegisterAsync(cm1, "Tesfay", oldName, "1988");
        var body = Minimal("Tesfay", newName, "1988");
        body["version"] = 0;
        await (await cm1.PutAsJsonAsync($"/api/v1/clients/{id}", body)).ReadJsonAsync();

        await AssertKeysMatchTheClientAsync(id);
        Assert.Contains(id, await DuplicatesAsync(cm1, "Tesfai", newName));
        Assert.DoesNotContain(id, await DuplicatesAsync(cm1, "Tesfai", oldName));
    }

    [Fact]
    public async Task A_case_handed_over_to_another_organisation_makes_the_client_its_candidate_too()
    {
        var cm1 = await As("cm1");
        var cm2 = await As("cm2");
        var family = UniqueName("Uebergabe");
        var (clientId, @case) = await CaseRequests.NewAsync(cm1, family);
        Assert.DoesNotContain(clientId, await DuplicatesAsync(cm2, "Samira", family));

        await @case.ChangeAsync(HttpMethod.Post, "handover", new() { ["caseManagerId"] = (await app.FindUserAsync("cm2")).Id });

        await AssertKeysMatchTheClientAsync(clientId);
        Assert.Contains(clientId, await DuplicatesAsync(cm2, "Samira", family));
        Assert.Contains(clientId, await DuplicatesAsync(cm1, "Samira", family)); // still the registering organisation's client
    }

    [Fact]
    public async Task A_merged_duplicate_leaves_no_keys_and_its_names_find_the_record_that_stays()
    {
        var cm1 = await As("cm1");
        var (keepName, goneName) = (UniqueName("Bleibt"), UniqueName("Geht"));
        var keep = await RegisterAsync(cm1, "Olena", keepName, "1980");
        var duplicate = await RegisterAsync(cm1, "Elena", goneName, "1980");
        await (await cm1.PostAsJsonAsync($"/api/v1/clients/{keep}/merge", new { duplicateId = duplicate, version = 0, duplicateVersion = 0 }))
            .ReadJsonAsync();

        Assert.False(await app.WithDb(db => db.ClientSearchKeys.AnyAsync(k => k.ClientId == duplicate)));
        await AssertKeysMatchTheClientAsync(keep);
        Assert.Equal([keep], await DuplicatesAsync(cm1, "Elena", goneName)); // the name variant taken over
    }

    [Fact]
    public async Task Clients_sharing_more_name_keys_come_first_among_the_candidates()
    {
        var cm1 = await As("cm1");
        var family = UniqueName("Rang");
        var full = await RegisterAsync(cm1, "Hamid", family, "1966");
        var givenOnly = await RegisterAsync(cm1, "Hamid", UniqueName("Anders"), "1966");

        var answers = await DuplicatesAsync(cm1, "Hamid", family);
        Assert.Equal(full, answers[0]);
        Assert.DoesNotContain(givenOnly, answers.Take(1));
        var keys = await app.WithDb(db => db.ClientSearchKeys.Where(k => k.ClientId == full).Select(k => k.Key).Distinct().ToListAsync());
        Assert.Equal(NameKey.Phonetic($"Hamid {family}").Split(' ').Order(), keys.Order());
    }
}

public sealed class ClientSearchKeyTests_Sqlite(SqliteApp app) : ClientSearchKeyTests(app), IClassFixture<SqliteApp>;
public sealed class ClientSearchKeyTests_Postgres(PostgresApp app) : ClientSearchKeyTests(app), IClassFixture<PostgresApp>;
