using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Referrals;

/// <summary>Builds the situations of the referral tests over the API (cases, referrals) and the database (consents).</summary>
internal static class ReferralRequests
{
    public const string Jobcenter = "Jobcenter Kreis Musterland";

    public static Task<Guid> OrganisationAsync(LotseAppFactory app, string name) =>
        app.WithDb(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    /// <summary>A new client of <paramref name="cm"/> with a case in Linking (plan agreed, one goal with one open step).</summary>
    public static async Task<(Guid ClientId, CaseRequests Case, Guid StepId)> CaseInLinkingAsync(HttpClient cm)
    {
        var (clientId, @case) = await CaseRequests.NewAsync(cm, Clients.ClientRequests.UniqueName("Verweis"));
        var goal = await @case.ToPlanningWithGoalAsync();
        var stepId = @case.Last.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == goal)
            .GetProperty("steps")[0].GetProperty("id").GetGuid();
        await @case.AgreePlanAsync();
        return (clientId, @case, stepId);
    }

    /// <summary>Records a consent directly in the database (as the consent feature would) and returns its id.</summary>
    public static Task<Guid> ConsentAsync(LotseAppFactory app, Guid clientId, Guid organisationId, params DataCategory[] categories) =>
        app.WithDb(async db =>
        {
            var consent = new Consent
            {
                ClientId = clientId, RecipientOrganisationIds = [organisationId], Categories = categories.ToList(),
                Purpose = "Verweisung an das Jobcenter", GivenOn = Clients.ClientRequests.Today.AddDays(-1), Form = ConsentForm.SignedPaper,
                RecordedAt = DateTimeOffset.UtcNow, HealthExplicit = categories.Contains(DataCategory.Health)
            };
            db.Consents.Add(consent);
            await db.SaveChangesAsync();
            return consent.Id;
        });

    public static Task RevokeAsync(LotseAppFactory app, Guid consentId) =>
        app.WithDb(async db =>
        {
            var consent = await db.Consents.SingleAsync(c => c.Id == consentId);
            Assert.Null(consent.Revoke(DateTimeOffset.UtcNow, "Widerruf per Telefon"));
            await db.SaveChangesAsync();
        });

    public static Dictionary<string, object?> Body(Guid caseId, Guid toOrganisationId, Guid? stepId, params string[] categories) => new()
    {
        ["caseId"] = caseId, ["toOrganisationId"] = toOrganisationId, ["service"] = "Integrationskurs-Berechtigung",
        ["planStepId"] = stepId, ["sharedCategories"] = categories, ["urgency"] = "Urgent",
        ["dueOn"] = Clients.ClientRequests.Today.AddDays(14).ToString("yyyy-MM-dd"),
        ["message"] = "Bitte Berechtigung zum Integrationskurs prüfen.", ["partnerCaseReference"] = "BG-4711"
    };

    public static async Task<JsonElement> CreateAsync(HttpClient cm, Dictionary<string, object?> body)
    {
        using var response = await cm.PostAsJsonAsync("/api/v1/referrals", body);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, int version, Dictionary<string, object?>? body = null) =>
        client.PostAsJsonAsync($"/api/v1/referrals/{id}/{action}", new Dictionary<string, object?>(body ?? []) { ["version"] = version });

    /// <summary>An action that must succeed; returns the referral afterwards.</summary>
    public static async Task<JsonElement> OkAsync(HttpClient client, Guid id, string action, int version, Dictionary<string, object?>? body = null)
    {
        using var response = await ActAsync(client, id, action, version, body);
        var dto = await response.ReadJsonAsync();
        Assert.Equal(version + 1, dto.GetProperty("version").GetInt32());
        return dto;
    }

    public static Guid Id(this JsonElement dto) => dto.GetProperty("id").GetGuid();
    public static int Version(this JsonElement dto) => dto.GetProperty("version").GetInt32();
}
