using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Achievements;

/// <summary>Bodies and short-cuts for the Baustein-3 API, and consents written straight into the database.</summary>
internal static class AchievementRequests
{
    public const string ImmigrationAuthority = "Ausländerbehörde Kreis Musterland";
    public const string NaturalisationAuthority = "Einbürgerungsbehörde Kreis Musterland";

    public static string Day(int daysFromToday) => Clients.ClientRequests.Today.AddDays(daysFromToday).ToString("yyyy-MM-dd");

    public static Dictionary<string, object?> LanguageCertificate(string level = "B1", string? achievedOn = null) => new()
    {
        ["kind"] = "LanguageCertificate", ["language"] = "Deutsch", ["level"] = level,
        ["certificateName"] = "Deutsch-Test für Zuwanderer (DTZ)", ["achievedOn"] = achievedOn ?? Day(-30),
        ["evidencePresent"] = true, ["evidenceNote"] = "Zertifikat im Original gesehen"
    };

    public static Dictionary<string, object?> Decision(int version, string type = "ResidencePermit", string? issuedOn = null, string? validUntil = null,
        string? legalBasis = "§ 25 Abs. 2 AufenthG") => new()
    {
        ["type"] = type, ["legalBasis"] = legalBasis, ["issuedOn"] = issuedOn ?? Day(0), ["validUntil"] = validUntil, ["version"] = version
    };

    public static async Task<JsonElement> AddAsync(HttpClient client, Guid clientId, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/clients/{clientId}/achievements", body);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> FactsAsync(HttpClient client, Guid clientId) => client.GetAsync($"/api/v1/immigration/clients/{clientId}");

    public static async Task<JsonElement> SearchAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/immigration/clients/search", body)).ReadJsonAsync();

    public static IEnumerable<Guid> Ids(this JsonElement result) =>
        result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());

    /// <summary>Records a consent of <paramref name="clientId"/> for <paramref name="organisation"/> as the consent page would.</summary>
    public static Task<Guid> ConsentAsync(LotseAppFactory app, Guid clientId, string organisation, DataCategory[] categories,
        DateOnly? givenOn = null, DateOnly? validUntil = null) =>
        app.WithDb(async db =>
        {
            var org = await db.Organisations.Where(o => o.Name == organisation).Select(o => o.Id).SingleAsync();
            var consent = new Consent
            {
                ClientId = clientId, RecipientOrganisationIds = [org], Categories = [.. categories],
                Purpose = "Prüfung der Aufenthaltsverfestigung", GivenOn = givenOn ?? Clients.ClientRequests.Today.AddDays(-10),
                Form = ConsentForm.SignedPaper, ValidUntil = validUntil, RecordedAt = DateTimeOffset.UtcNow
            };
            db.Consents.Add(consent);
            await db.SaveChangesAsync();
            return consent.Id;
        });

    public static Task RevokeAsync(LotseAppFactory app, Guid consentId) =>
        app.WithDb(async db =>
        {
            var consent = await db.Consents.SingleAsync(c => c.Id == consentId);
            Assert.Null(consent.Revoke(DateTimeOffset.UtcNow, "Widerruf in der Beratung"));
            await db.SaveChangesAsync();
        });

    /// <summary>What the authority needs: who the person is, the achievements and the residence history.</summary>
    public static readonly DataCategory[] AchievementsAndResidence = [DataCategory.IdentityContact, DataCategory.IntegrationAchievements, DataCategory.ResidenceStatus];
}
