using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;

namespace Lotse.IntegrationTests.Features.Cases;

/// <summary>
/// Drives a case through the cycle over the API. Every call sends the version it got from the previous
/// answer, as a client application would, and returns the case file of the answer.
/// </summary>
internal sealed class CaseRequests(HttpClient client, Guid caseId)
{
    public Guid Id { get; } = caseId;
    public int Version { get; private set; }
    public JsonElement Last { get; private set; }

    public static string Today => ClientRequests.Today.ToString("yyyy-MM-dd");
    public static string DaysFromToday(int days) => ClientRequests.Today.AddDays(days).ToString("yyyy-MM-dd");

    /// <summary>Opens a case for <paramref name="clientId"/> (201).</summary>
    public static async Task<CaseRequests> OpenAsync(HttpClient client, Guid clientId)
    {
        using var response = await client.PostAsync($"/api/v1/clients/{clientId}/cases", null);
        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/cases/{body.GetProperty("id").GetGuid()}", response.Headers.Location!.OriginalString);
        return new CaseRequests(client, body.GetProperty("id").GetGuid()) { Version = body.GetProperty("version").GetInt32() };
    }

    /// <summary>Registers a client (minimal body) and opens a case for them.</summary>
    public static async Task<(Guid ClientId, CaseRequests Case)> NewAsync(HttpClient client, string? lastName = null, string birthDate = "1985-07-01")
    {
        var clientId = await ClientRequests.RegisterAsync(client, "Samira", lastName ?? ClientRequests.UniqueName("Fall"), birthDate);
        return (clientId, await OpenAsync(client, clientId));
    }

    // ---- the raw calls: the answer, whatever it is ----

    public Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, object?> body, int? version = null) =>
        client.PostAsJsonAsync($"/api/v1/cases/{Id}/{action}", WithVersion(body, version));

    public Task<HttpResponseMessage> PutAsync(string action, Dictionary<string, object?> body, int? version = null) =>
        client.PutAsJsonAsync($"/api/v1/cases/{Id}/{action}", WithVersion(body, version));

    private Dictionary<string, object?> WithVersion(Dictionary<string, object?> body, int? version) =>
        new(body) { ["version"] = version ?? Version };

    /// <summary>Sends a change that must succeed; the version goes up by exactly one.</summary>
    public async Task<JsonElement> ChangeAsync(HttpMethod method, string action, Dictionary<string, object?> body)
    {
        using var response = method == HttpMethod.Put ? await PutAsync(action, body) : await PostAsync(action, body);
        var file = await response.ReadJsonAsync();
        Assert.Equal(Version + 1, file.GetProperty("version").GetInt32());
        Version = file.GetProperty("version").GetInt32();
        Last = file;
        return file;
    }

    public async Task<JsonElement> GetAsync()
    {
        var file = await (await client.GetAsync($"/api/v1/cases/{Id}")).ReadJsonAsync();
        Version = file.GetProperty("version").GetInt32();
        Last = file;
        return file;
    }

    // ---- the steps of the cycle ----

    public static Dictionary<string, object?> IntakeBody(string decision = "CaseManagementIndicated", string? reason = null) => new()
    {
        ["firstContactOn"] = Today, ["route"] = "ReferredByOrganisation", ["firstConcerns"] = "Wohnung, Sprachkurs, Anerkennung",
        ["decision"] = decision, ["decisionReason"] = reason
    };

    public static Dictionary<string, object?> AssessmentBody() => new()
    {
        ["assessedOn"] = Today,
        ["ratings"] = new object[]
        {
            new { domain = "Housing", situation = "Gemeinschaftsunterkunft", need = "eigene Wohnung", rating = 4 },
            new { domain = "Language", situation = "A2", resources = "motiviert", rating = 3 }
        }
    };

    public static Dictionary<string, object?> Transition(string to) => new() { ["to"] = to };
    public static Dictionary<string, object?> GoalBody(string description = "Eigene Wohnung finden") => new() { ["domain"] = "Housing", ["description"] = description };
    public static Dictionary<string, object?> StepBody(string description = "Wohnungsangebote sichten", string? dueOn = null) => new()
        { ["description"] = description, ["responsible"] = "Client", ["dueOn"] = dueOn };
    public static Dictionary<string, object?> NoteBody(string text = "Gespräch zur Wohnungssuche") => new()
        { ["on"] = Today, ["contactType"] = "Meeting", ["interpreterUsed"] = true, ["durationMinutes"] = 45, ["text"] = text };

    public Task<JsonElement> IntakeAsync(string decision = "CaseManagementIndicated", string? reason = null) =>
        ChangeAsync(HttpMethod.Post, "intake", IntakeBody(decision, reason));
    public Task<JsonElement> AssessAsync() => ChangeAsync(HttpMethod.Post, "assessments", AssessmentBody());
    public Task<JsonElement> MoveAsync(string to) => ChangeAsync(HttpMethod.Post, "transitions", Transition(to));
    public async Task<Guid> AddGoalAsync(string description = "Eigene Wohnung finden")
    {
        var file = await ChangeAsync(HttpMethod.Post, "goals", GoalBody(description));
        return file.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("description").GetString() == description).GetProperty("id").GetGuid();
    }
    public async Task<Guid> AddStepAsync(Guid goalId, string description = "Wohnungsangebote sichten", string? dueOn = null)
    {
        var file = await ChangeAsync(HttpMethod.Post, $"goals/{goalId}/steps", StepBody(description, dueOn));
        return file.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == goalId)
            .GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("description").GetString() == description).GetProperty("id").GetGuid();
    }
    public Task<JsonElement> AgreePlanAsync() => ChangeAsync(HttpMethod.Post, "plan-agreement", new() { ["agreedOn"] = Today });
    public Task<JsonElement> NoteAsync(string text = "Gespräch zur Wohnungssuche") => ChangeAsync(HttpMethod.Post, "notes", NoteBody(text));
    public Task<JsonElement> EvaluateGoalAsync(Guid goalId, string attainment = "Achieved") =>
        ChangeAsync(HttpMethod.Put, $"goals/{goalId}/evaluation", new() { ["attainment"] = attainment, ["note"] = "Mietvertrag unterschrieben" });
    public Task<JsonElement> CloseAsync(string reason = "GoalsReached") =>
        ChangeAsync(HttpMethod.Post, "closure", new() { ["reason"] = reason, ["systemRemark"] = "Wartezeit bei der Wohnberechtigung" });
    public Task<JsonElement> ReopenAsync(string reason = "Neue Notlage") => ChangeAsync(HttpMethod.Post, "reopening", new() { ["reason"] = reason });

    /// <summary>Intake (CM indicated), assessment, planning, one goal with one step: the case stands in "Planning".</summary>
    public async Task<Guid> ToPlanningWithGoalAsync(string? stepDueOn = null)
    {
        await IntakeAsync();
        await AssessAsync();
        await MoveAsync("Planning");
        var goal = await AddGoalAsync();
        await AddStepAsync(goal, dueOn: stepDueOn);
        return goal;
    }

    /// <summary>Through plan agreement and monitoring to the evaluation; returns the goal id.</summary>
    public async Task<Guid> ToEvaluationAsync()
    {
        var goal = await ToPlanningWithGoalAsync();
        await AgreePlanAsync();
        await MoveAsync("Monitoring");
        await MoveAsync("Evaluation");
        return goal;
    }

    /// <summary>All the way to a closed case.</summary>
    public async Task ToClosedAsync()
    {
        var goal = await ToEvaluationAsync();
        await EvaluateGoalAsync(goal);
        await CloseAsync();
    }
}
