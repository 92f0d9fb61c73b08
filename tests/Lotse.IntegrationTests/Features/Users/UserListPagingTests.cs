using System.Net;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Users;

/// <summary>The account list pages by keyset (cursor = account id), forwards and backwards, without gaps or repeats.</summary>
public abstract class UserListPagingTests(LotseAppFactory app)
{
    private static async Task<JsonElement> PageAsync(HttpClient admin, string query) =>
        await (await admin.GetAsync($"/api/v1/users?pageSize=3{query}")).ReadJsonAsync();

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static Guid? Cursor(JsonElement page, string name) =>
        page.GetProperty(name).ValueKind == JsonValueKind.Null ? null : page.GetProperty(name).GetGuid();

    [Fact]
    public async Task Walking_the_pages_forwards_and_back_shows_every_account_once_in_name_order()
    {
        for (var i = 0; i < 4; i++) await app.CreateUserAsync(Roles.CaseManager, "paging");
        using var admin = await app.ApiClientAsync("admin");
        var expected = (await app.WithDb(db => db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync()))
            .OrderBy(u => u.DisplayName, StringComparer.Ordinal).ThenBy(u => u.UserName, StringComparer.Ordinal).Select(u => u.Id).ToList();

        var pages = new List<List<Guid>>();
        var page = await PageAsync(admin, "");
        Assert.Null(Cursor(page, "previousCursor"));
        Assert.Equal(expected.Count, page.GetProperty("total").GetInt32());
        pages.Add(Ids(page));
        while (Cursor(page, "nextCursor") is { } next)
        {
            page = await PageAsync(admin, $"&after={next}&page={page.GetProperty("page").GetInt32()}");
            Assert.Equal(pages.Count + 1, page.GetProperty("page").GetInt32());
            pages.Add(Ids(page));
        }
        Assert.Equal(expected, pages.SelectMany(p => p));
        Assert.Equal((expected.Count + 2) / 3, pages.Count);

        // And back again from the last page.
        for (var n = pages.Count - 2; n >= 0; n--)
        {
            page = await PageAsync(admin, $"&before={Cursor(page, "previousCursor")}&page={page.GetProperty("page").GetInt32()}");
            Assert.Equal(pages[n], Ids(page));
            Assert.Equal(n + 1, page.GetProperty("page").GetInt32());
        }
        Assert.Null(Cursor(page, "previousCursor"));
    }

    [Fact]
    public async Task Only_administrators_list_accounts()
    {
        using var cm = await app.ApiClientAsync("cm1");
        using var response = await cm.GetAsync("/api/v1/users?pageSize=3");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class UserListPagingTests_Sqlite(SqliteApp app) : UserListPagingTests(app), IClassFixture<SqliteApp>;
public sealed class UserListPagingTests_Postgres(PostgresApp app) : UserListPagingTests(app), IClassFixture<PostgresApp>;
