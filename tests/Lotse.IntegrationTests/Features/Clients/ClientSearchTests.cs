using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;

namespace Lotse.IntegrationTests.Features.Clients;

/// <summary>
/// POST /api/v1/clients/search and /duplicate-check: name variants, partial birth dates, file numbers,
/// keyset paging, ranking, and that only visible clients come back. Tests share the class's database, so
/// each uses birth years (or names) of its own and asserts on the clients it created.
/// </summary>
public abstract class ClientSearchTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    [Fact]
    public async Task A_transliteration_variant_of_the_name_finds_the_client()
    {
        var cm1 = await As("cm1");
        var hassan = await RegisterAsync(cm1, "Mohammed", "Al-Hassan", "1979-04-02");
        var other = await RegisterAsync(cm1, "Peter", "Schmidt", "1979-04-02");

        foreach (var query in new[] { "Muhammad Alhasan", "mohamed al hassan", "Alhassan", "Muhammed" })
        {
            var ids = (await SearchAsync(cm1, new { name = query })).Ids().ToList();
            Assert.Contains(hassan, ids);
            Assert.DoesNotContain(other, ids);
        }
        Assert.DoesNotContain(hassan, (await SearchAsync(cm1, new { name = "Peter Alhasan" })).Ids());
    }

    [Fact]
    public async Task A_recorded_variant_spelling_is_found_and_without_it_the_client_is_not()
    {
        var cm1 = await As("cm1");
        var withVariant = Minimal("Amanuel", "Tesfamariam", "1993-01-15");
        withVariant["nameVariants"] = new object[] { new { firstName = "Amanuel", lastName = "Gebremedhin", source = "Jobcenter" } };
        var found = (await RegisterAsync(cm1, withVariant)).GetProperty("id").GetGuid();
        var notFound = await RegisterAsync(cm1, "Amanuel", "Tesfamariam", "1993-01-15");

        var ids = (await SearchAsync(cm1, new { name = "Amanuel Gebremedhin" })).Ids().ToList();
        Assert.Contains(found, ids);
        Assert.DoesNotContain(notFound, ids);
        // Both are found by the main name.
        Assert.Superset(new HashSet<Guid> { found, notFound }, (await SearchAsync(cm1, new { name = "Tesfamariam" })).Ids().ToHashSet());
    }

    [Fact]
    public async Task The_birth_date_filter_honours_partial_dates_and_the_01_01_placeholder()
    {
        var cm1 = await As("cm1");
        var lastName = UniqueName("Geburt");
        var exact = await RegisterAsync(cm1, "Ali", lastName, "1957-03-04");
        var yearOnly = await RegisterAsync(cm1, "Ali", lastName, "1957");
        var monthOnly = await RegisterAsync(cm1, "Ali", lastName, "1957-03");
        var placeholder = await RegisterAsync(cm1, "Ali", lastName, "01.01.1957");
        var otherDay = await RegisterAsync(cm1, "Ali", lastName, "1957-08-09");
        var otherYear = await RegisterAsync(cm1, "Ali", lastName, "1958-03-04");

        Assert.Equal(new HashSet<Guid> { exact, yearOnly, monthOnly, placeholder, otherDay },
            (await SearchAsync(cm1, new { birthDate = "1957" })).Ids().ToHashSet());
        Assert.Equal(new HashSet<Guid> { exact, yearOnly, monthOnly, placeholder },
            (await SearchAsync(cm1, new { birthDate = "04.03.1957" })).Ids().ToHashSet());
        Assert.Equal(new HashSet<Guid> { exact, yearOnly, monthOnly, placeholder },
            (await SearchAsync(cm1, new { birthDate = "1957-03" })).Ids().ToHashSet());
        Assert.Equal(new HashSet<Guid> { otherYear }, (await SearchAsync(cm1, new { name = lastName, birthDate = "1958" })).Ids().ToHashSet());
    }

    [Fact]
    public async Task The_file_number_finds_exactly_that_client_in_any_case()
    {
        var cm1 = await As("cm1");
        var created = await RegisterAsync(cm1, Minimal("Olena", UniqueName("Akte"), "1966-06-06"));
        var id = created.GetProperty("id").GetGuid();
        var fileNumber = created.GetProperty("fileNumber").GetString()!;

        var result = await SearchAsync(cm1, new { fileNumber = " " + fileNumber.ToLowerInvariant() + " " });
        var item = Assert.Single(result.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.Equal(fileNumber, item.GetProperty("fileNumber").GetString());
        Assert.Equal("1966-06-06", item.GetProperty("birthDate").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Keyset_paging_returns_every_match_exactly_once_in_order()
    {
        var cm1 = await As("cm1");
        // 23 clients born in 1931 (no other test uses that year), some sharing a last name so the
        // file number has to break ties across page boundaries.
        var lastNames = new[] { "Bauer", "Yilmaz", "Bauer", "Celik", "Abadi", "Bauer", "Haddad", "Nasser", "Bauer", "Zaki", "Omar", "Celik" };
        var created = new List<(Guid Id, string LastName, string FileNumber)>();
        for (var i = 0; i < 23; i++)
        {
            var body = await RegisterAsync(cm1, Minimal("Person" + i, lastNames[i % lastNames.Length], $"1931-{i % 12 + 1:00}-10"));
            created.Add((body.GetProperty("id").GetGuid(), lastNames[i % lastNames.Length], body.GetProperty("fileNumber").GetString()!));
        }

        var seen = new List<Guid>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync(cm1, new { birthDate = "1931", pageSize = 5, after });
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 5);
            seen.AddRange(items.Select(i => i.GetProperty("id").GetGuid()));
            after = page.GetProperty("next").GetString();
            if (items.Count < 5) Assert.Null(after); // a short page is the last one
            pages++;
            Assert.True(pages <= 10, "paging does not end");
        } while (after is not null);

        Assert.Equal(5, pages);
        var expected = created.OrderBy(c => c.LastName, StringComparer.Ordinal).ThenBy(c => c.FileNumber, StringComparer.Ordinal).Select(c => c.Id);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task An_invalid_search_is_a_400()
    {
        var cm1 = await As("cm1");
        var problem = await (await cm1.PostAsJsonAsync("/api/v1/clients/search", new { birthDate = "30.02.1990" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Den 30.02.1990 gibt es nicht (Februar 1990 hat 28 Tage)."], problem.Errors("birthDate"));
        problem = await (await cm1.PostAsJsonAsync("/api/v1/clients/search", new { pageSize = 500 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Die Seitengröße liegt zwischen 1 und 200."], problem.Errors("pageSize"));
    }

    [Fact]
    public async Task The_duplicate_check_ranks_the_transliteration_variant_with_the_same_birth_date_first()
    {
        var cm1 = await As("cm1");
        var original = await RegisterAsync(cm1, "Mohammed", "Al-Hassan", "1988-11-03");
        var sameNameOtherDecade = await RegisterAsync(cm1, "Muhammad", "Alhasan", "1958-11-03");
        var unrelated = await RegisterAsync(cm1, "Svetlana", "Kowalenko", "1988-11-03");

        var answers = (await DuplicateCheckAsync(cm1, new { firstName = "Muhammad", lastName = "Alhasan", birthDate = "03.11.1988", nationalities = new[] { "SYR" } }))
            .EnumerateArray().ToList();

        var best = answers[0];
        Assert.Equal(original, best.GetProperty("clientId").GetGuid());
        Assert.True(best.GetProperty("score").GetDouble() >= 0.75, $"score {best.GetProperty("score").GetDouble()}");
        var reasons = best.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.NotEmpty(reasons);
        Assert.Contains(reasons, r => r.StartsWith("Vorname") || r.StartsWith("Nachname"));

        Assert.Equal(answers.Select(a => a.GetProperty("score").GetDouble()).OrderDescending(), answers.Select(a => a.GetProperty("score").GetDouble()));
        var other = answers.SingleOrDefault(a => a.GetProperty("clientId").GetGuid() == sameNameOtherDecade);
        if (other.ValueKind != JsonValueKind.Undefined)
            Assert.True(other.GetProperty("score").GetDouble() < 0.75, $"identical name, other decade: {other.GetProperty("score").GetDouble()}");
        Assert.DoesNotContain(answers, a => a.GetProperty("clientId").GetGuid() == unrelated && a.GetProperty("score").GetDouble() >= 0.75);
    }

    [Fact]
    public async Task An_invalid_duplicate_check_is_a_400()
    {
        var cm1 = await As("cm1");
        var problem = await (await cm1.PostAsJsonAsync("/api/v1/clients/duplicate-check", new { firstName = "", lastName = "X", birthDate = "1990-13" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Bitte geben Sie den Vornamen an."], problem.Errors("firstName"));

        problem = await (await cm1.PostAsJsonAsync("/api/v1/clients/duplicate-check", new { firstName = "A", lastName = "X", birthDate = "1990-13" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Den Monat 13 gibt es nicht."], problem.Errors("birthDate"));

        // Empty nationalities are ignored, not a server error.
        var ok = await DuplicateCheckAsync(cm1, new { firstName = "A", lastName = UniqueName("Leer"), nationalities = new[] { null, "" } });
        Assert.Equal(JsonValueKind.Array, ok.ValueKind);
    }

    [Fact]
    public async Task Search_and_duplicate_check_return_only_clients_the_caller_may_see()
    {
        var cm1 = await As("cm1");
        var lastName = UniqueName("Sicht");
        var ofCaritas = await RegisterAsync(cm1, "Yusuf", lastName, "1944-02-02");
        var ofAwo = await RegisterAsync(await As("cm2"), "Yusuf", lastName, "1944-02-02");
        var search = new { name = "Yusuf " + lastName };
        var check = new { firstName = "Yusuf", lastName, birthDate = "1944-02-02" };

        async Task Sees(string user, params Guid[] expected)
        {
            var client = await As(user);
            var found = (await SearchAsync(client, search)).Ids().ToHashSet();
            var duplicates = (await DuplicateCheckAsync(client, check)).EnumerateArray().Select(a => a.GetProperty("clientId").GetGuid()).ToHashSet();
            Assert.True(found.SetEquals(expected), $"{user} search: {string.Join(", ", found)}");
            Assert.True(duplicates.SetEquals(expected), $"{user} duplicate check: {string.Join(", ", duplicates)}");
        }

        await Sees("cm1", ofCaritas);
        await Sees("cm2", ofAwo);
        await Sees("koordination", ofCaritas, ofAwo);
        foreach (var user in new[] { "admin", "jobcenter", "abh", "ebh", "lenkung", "datenschutz" })
            await Sees(user);
    }

    [Fact]
    public async Task Another_organisation_cannot_open_a_case_for_a_client_it_cannot_see()
    {
        // cm1 registers; cm2 cannot see the client. Only a case of cm2's organisation would change that
        // (a hand-over, see CaseloadTests), and cm2 cannot open one for a client it cannot see.
        var cm1 = await As("cm1");
        var cm2 = await As("cm2");
        var id = await RegisterAsync(cm1, "Hiwet", UniqueName("Fremd"), "1999-09-09");
        await (await cm2.PostAsync($"/api/v1/clients/{id}/cases", null)).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        Assert.DoesNotContain(id, (await SearchAsync(cm2, new { birthDate = "1999-09-09" })).Ids());
    }
}

public sealed class ClientSearchTests_Sqlite(SqliteApp app) : ClientSearchTests(app), IClassFixture<SqliteApp>;
public sealed class ClientSearchTests_Postgres(PostgresApp app) : ClientSearchTests(app), IClassFixture<PostgresApp>;
