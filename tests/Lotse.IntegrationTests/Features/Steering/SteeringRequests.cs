using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Steering;

internal static class SteeringRequests
{
    public static Dictionary<string, object?> ObstacleBody(string description, string category = "WaitingTime", object? organisationIds = null,
        string? legalDomain = "SgbII", string lifeDomain = "Language", bool confirm = false) => new()
    {
        ["category"] = category, ["organisationIds"] = organisationIds ?? Array.Empty<Guid>(), ["legalDomain"] = legalDomain,
        ["lifeDomain"] = lifeDomain, ["description"] = description, ["confirmNoPersonalData"] = confirm
    };

    public static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid caseId, Dictionary<string, object?> body) =>
        client.PostAsJsonAsync($"/api/v1/cases/{caseId}/obstacles", body);

    public static async Task<Guid> RecordOkAsync(HttpClient client, Guid caseId, string description)
    {
        using var response = await RecordAsync(client, caseId, ObstacleBody(description));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Task<Guid> OrganisationAsync(LotseAppFactory app, string name) =>
        app.WithDb(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<Guid> UserIdAsync(LotseAppFactory app, string userName) =>
        app.WithDb(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Every client id, case id and client file number of the installation: none may appear in what steering roles get.</summary>
    public static Task<List<string>> PersonIdentifiersAsync(LotseAppFactory app) => app.WithDb(async (LotseDbContext db) =>
    {
        var ids = await db.Clients.Select(c => c.Id.ToString()).ToListAsync();
        ids.AddRange(await db.Clients.Select(c => c.FileNumber).ToListAsync());
        ids.AddRange(await db.Cases.Select(c => c.Id.ToString()).ToListAsync());
        return ids;
    });

    public static Cell CellOf(JsonElement board, string dimension, string key)
    {
        var row = board.GetProperty(dimension).EnumerateArray().Single(r => r.GetProperty("key").GetString() == key).GetProperty("value");
        return new Cell(row.GetProperty("count").ValueKind == JsonValueKind.Null ? null : row.GetProperty("count").GetInt32(), row.GetProperty("display").GetString()!);
    }

    public sealed record Cell(int? Count, string Display);
}
