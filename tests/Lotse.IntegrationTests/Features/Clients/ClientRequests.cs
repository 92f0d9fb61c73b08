using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;

namespace Lotse.IntegrationTests.Features.Clients;

/// <summary>Request bodies and short-cuts for /api/v1/clients, shared by the client and case tests.</summary>
internal static class ClientRequests
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The smallest body the API accepts.</summary>
    public static Dictionary<string, object?> Minimal(string firstName, string lastName, string birthDate = "1990-05-20") => new()
    {
        ["firstName"] = firstName,
        ["lastName"] = lastName,
        ["birthDate"] = birthDate,
        ["nationalities"] = new[] { "SYR" }
    };

    /// <summary>Every part of the client file filled in.</summary>
    public static Dictionary<string, object?> Full(string lastName, Guid? municipalityId = null, Guid? contactOrganisationId = null) => new()
    {
        ["firstName"] = "Amina",
        ["lastName"] = lastName,
        ["nameVariants"] = new object[]
        {
            new { firstName = "Aminah", lastName = lastName + "i", source = "Pass" },
            new { firstName = (string?)null, lastName = "Al-" + lastName, source = "Jobcenter" }
        },
        ["birthDate"] = "1988-03-14",
        ["sex"] = "Female",
        ["nationalities"] = new[] { "syr", "XXA" },
        ["languages"] = new[] { "Arabisch", "Kurdisch" },
        ["interpreterNeeded"] = true,
        ["interpreterLanguage"] = "Arabisch",
        ["street"] = "Lindenweg 7",
        ["postalCode"] = "59999",
        ["municipalityId"] = municipalityId,
        ["entryDate"] = "2023-09-01",
        ["household"] = new object[]
        {
            new { relation = "Ehepartner", name = "Omar " + lastName, birthYear = 1985, isMinorChild = false },
            new { relation = "Kind", name = "Lina " + lastName, birthYear = 2016, isMinorChild = true }
        },
        ["benefits"] = new object[]
        {
            new { kind = "AsylbLG", from = "2023-09-01", until = "2024-06-30" },
            new { kind = "SgbII", from = "2024-07-01", until = (string?)null }
        },
        ["residenceStatuses"] = new object[]
        {
            new { type = "PermissionToRemain", legalBasis = "§ 55 AsylG", issuedOn = "2023-09-15", validUntil = "2024-06-15" },
            new { type = "ResidencePermit", legalBasis = "§ 25 Abs. 2 AufenthG", issuedOn = "2024-06-20", validUntil = "2027-06-19" }
        },
        ["contacts"] = new object[]
        {
            new { organisationId = contactOrganisationId, personName = "Frau Berater", phone = "02999 100-22", email = "berater@jobcenter.example", role = "Arbeitsvermittlung" }
        }
    };

    public static async Task<JsonElement> RegisterAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/clients", body);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Registers a client with the minimal body and returns its id.</summary>
    public static async Task<Guid> RegisterAsync(HttpClient client, string firstName, string lastName, string birthDate = "1990-05-20") =>
        (await RegisterAsync(client, Minimal(firstName, lastName, birthDate))).GetProperty("id").GetGuid();

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/clients/{id}")).ReadJsonAsync();

    public static async Task<JsonElement> SearchAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/clients/search", body)).ReadJsonAsync();

    public static IEnumerable<Guid> Ids(this JsonElement searchResult) =>
        searchResult.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());

    public static async Task<JsonElement> DuplicateCheckAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/clients/duplicate-check", body)).ReadJsonAsync();

    /// <summary>A family name no other test uses (letters only, so that name keys stay plain).</summary>
    public static string UniqueName(string prefix = "Test")
    {
        const string letters = "bcdfghklmnprstvwz";
        var suffix = string.Concat(Guid.NewGuid().ToByteArray().Take(8).Select(b => letters[b % letters.Length]));
        return prefix + suffix;
    }
}
