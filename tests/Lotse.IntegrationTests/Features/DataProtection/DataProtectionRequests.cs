using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;

namespace Lotse.IntegrationTests.Features.DataProtection;

internal static class DataProtectionRequests
{
    public static Task<HttpResponseMessage> DisclosureAsync(HttpClient client, Guid clientId, string format = "json") =>
        client.PostAsJsonAsync($"/api/v1/data-protection/clients/{clientId}/disclosure", new { format });

    /// <summary>A full client file (every list filled) with a case that has intake, assessment, goal, step and a note.</summary>
    public static async Task<(Guid ClientId, string LastName, CaseRequests Case)> FullClientWithCaseAsync(HttpClient cm, string prefix = "Auskunft")
    {
        var lastName = UniqueName(prefix);
        var clientId = (await RegisterAsync(cm, Full(lastName))).GetProperty("id").GetGuid();
        var @case = await CaseRequests.OpenAsync(cm, clientId);
        await @case.ToPlanningWithGoalAsync();
        await @case.NoteAsync("Vertrauliches Gespräch über die Wohnung " + lastName);
        return (clientId, lastName, @case);
    }

    /// <summary>A client with one closed case (closed today).</summary>
    public static async Task<(Guid ClientId, string LastName, Guid CaseId)> ClientWithClosedCaseAsync(HttpClient cm, string prefix)
    {
        var lastName = UniqueName(prefix);
        var clientId = (await RegisterAsync(cm, Full(lastName))).GetProperty("id").GetGuid();
        var @case = await CaseRequests.OpenAsync(cm, clientId);
        await @case.NoteAsync("Notiz über " + lastName);
        await @case.ToClosedAsync();
        return (clientId, lastName, @case.Id);
    }

    public static async Task<JsonElement> PutClientAsync(HttpClient cm, Guid id, Dictionary<string, object?> body, int version)
    {
        body["version"] = version;
        using var response = await cm.PutAsJsonAsync($"/api/v1/clients/{id}", body);
        return await response.ReadJsonAsync();
    }
}

/// <summary>A clock that stands still at a chosen instant (the retention job's "now").</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
