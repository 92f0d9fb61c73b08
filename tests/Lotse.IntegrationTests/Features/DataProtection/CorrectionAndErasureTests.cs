using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Cases;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.DataProtection;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Clients.ClientRequests;
using static Lotse.IntegrationTests.Features.DataProtection.DataProtectionRequests;

namespace Lotse.IntegrationTests.Features.DataProtection;

/// <summary>Berichtigungsverlauf (old → new values) and the Löschantrag from receipt to decision and anonymisation.</summary>
public abstract class CorrectionAndErasureTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    [Fact]
    public async Task A_correction_keeps_old_and_new_value_for_the_case_manager_and_the_Auskunft()
    {
        var cm1 = await As("cm1");
        var lastName = UniqueName("Alt");
        var registered = await RegisterAsync(cm1, Full(lastName));
        var id = registered.GetProperty("id").GetGuid();
        var body = Full(lastName);
        var corrected = UniqueName("Neu");
        body["lastName"] = corrected;
        body["street"] = "Birkenallee 3";
        await PutClientAsync(cm1, id, body, registered.GetProperty("version").GetInt32());

        var history = await (await cm1.GetAsync($"/api/v1/data-protection/clients/{id}/corrections")).ReadJsonAsync();
        var rows = history.EnumerateArray().ToList();
        Assert.Equal(["lastName", "street"], rows.Select(r => r.GetProperty("field").GetString()!).Order().ToArray());
        var name = rows.Single(r => r.GetProperty("field").GetString() == "lastName");
        Assert.Equal((lastName, corrected, "cm1"), (name.GetProperty("oldValue").GetString(), name.GetProperty("newValue").GetString(), name.GetProperty("correctedBy").GetString()));
        var street = rows.Single(r => r.GetProperty("field").GetString() == "street");
        Assert.Equal(("Lindenweg 7", "Birkenallee 3"), (street.GetProperty("oldValue").GetString(), street.GetProperty("newValue").GetString()));

        // Visible to the DPO and in the Auskunft; not to other roles.
        Assert.Equal(2, (await (await (await As("datenschutz")).GetAsync($"/api/v1/data-protection/clients/{id}/corrections")).ReadJsonAsync()).GetArrayLength());
        await (await (await As("cm2")).GetAsync($"/api/v1/data-protection/clients/{id}/corrections")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        await (await (await As("jobcenter")).GetAsync($"/api/v1/data-protection/clients/{id}/corrections")).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
        var auskunft = JsonDocument.Parse(await (await DisclosureAsync(cm1, id)).Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(auskunft.GetProperty("sections").GetProperty("corrections").EnumerateArray(), c => c.GetProperty("oldValue").GetString() == lastName);

        // An edit that changes nothing adds nothing.
        await PutClientAsync(cm1, id, body, registered.GetProperty("version").GetInt32() + 1);
        Assert.Equal(2, (await (await cm1.GetAsync($"/api/v1/data-protection/clients/{id}/corrections")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_deletion_request_is_recorded_assessed_and_decided_by_the_DPO_only()
    {
        var cm1 = await As("cm1");
        var dpo = await As("datenschutz");
        var id = await RegisterAsync(cm1, "Lena", UniqueName("Loesch"));
        var url = $"/api/v1/data-protection/clients/{id}/erasure-requests";
        var body = new { receivedOn = CaseRequests.Today, scope = "Alle Daten zu meiner Person" };

        foreach (var user in new[] { "cm1", "koordination", "admin", "jobcenter", "abh", "lenkung" })
            await (await (await As(user)).PostAsJsonAsync(url, body)).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
        await (await dpo.PostAsJsonAsync(url, new { receivedOn = CaseRequests.DaysFromToday(3), scope = "x" })).AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");

        using var created = await dpo.PostAsJsonAsync(url, body);
        var request = await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Received", request.GetProperty("status").GetString());
        var decide = $"/api/v1/data-protection/erasure-requests/{request.GetProperty("id").GetGuid()}/decision";

        // A refusal needs an assessment and a legal reason.
        var noReason = await (await dpo.PostAsJsonAsync(decide, new { decision = "Refused", assessment = "Aufbewahrungspflicht" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noReason.Errors("refusalReason"));
        await (await cm1.PostAsJsonAsync(decide, new { decision = "Refused", assessment = "x", refusalReason = "RetentionObligation" })).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");

        var decided = await (await dpo.PostAsJsonAsync(decide, new
            { decision = "Refused", assessment = "Die Akte unterliegt der Aufbewahrungspflicht bis Ende 2029.", refusalReason = "RetentionObligation" })).ReadJsonAsync();
        Assert.Equal(("Refused", "RetentionObligation"), (decided.GetProperty("status").GetString(), decided.GetProperty("refusalReason").GetString()));
        Assert.Equal((CaseRequests.Today, "datenschutz"), (decided.GetProperty("decidedOn").GetString(), decided.GetProperty("decidedBy").GetString()));
        await (await dpo.PostAsJsonAsync(decide, new { decision = "Granted", assessment = "doch" })).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");

        // Nothing was erased, and the request is part of the client's data-protection file and Auskunft.
        Assert.NotEqual("[anonymisiert]", (await GetAsync(cm1, id)).GetProperty("lastName").GetString());
        var file = await (await dpo.GetAsync($"/api/v1/data-protection/clients/{id}")).ReadJsonAsync();
        Assert.Equal("Refused", file.GetProperty("requests")[0].GetProperty("status").GetString());
        await (await cm1.GetAsync($"/api/v1/data-protection/clients/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "urn:lotse:problem:forbidden");
    }

    [Fact]
    public async Task A_granted_deletion_anonymises_the_client_unless_a_case_is_active_or_a_legal_hold_stands()
    {
        var cm1 = await As("cm1");
        var dpo = await As("datenschutz");
        var (clientId, lastName, caseId) = await ClientWithClosedCaseAsync(cm1, "Geloescht");
        var active = await CaseRequests.NewAsync(cm1);

        async Task<string> RequestAsync(Guid client) => (await (await dpo.PostAsJsonAsync($"/api/v1/data-protection/clients/{client}/erasure-requests",
            new { receivedOn = CaseRequests.Today, scope = "alles" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        Task<HttpResponseMessage> GrantAsync(string request) => dpo.PostAsJsonAsync($"/api/v1/data-protection/erasure-requests/{request}/decision",
            new { decision = "Granted", assessment = "Keine Aufbewahrungspflicht mehr." });

        await (await GrantAsync(await RequestAsync(active.ClientId))).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");

        var hold = await (await dpo.PostAsJsonAsync($"/api/v1/data-protection/clients/{clientId}/legal-holds", new { reason = "Klageverfahren" })).ReadJsonAsync(HttpStatusCode.Created);
        var request = await RequestAsync(clientId);
        await (await GrantAsync(request)).AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");
        Assert.Equal(lastName, (await GetAsync(cm1, clientId)).GetProperty("lastName").GetString());

        await (await dpo.PostAsync($"/api/v1/data-protection/legal-holds/{hold.GetProperty("id").GetGuid()}/lift", null)).ReadJsonAsync();
        var granted = await (await GrantAsync(request)).ReadJsonAsync();
        Assert.Equal("Granted", granted.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, granted.GetProperty("carriedOutAt").ValueKind);

        var client = await GetAsync(cm1, clientId);
        Assert.Equal("[anonymisiert]", client.GetProperty("lastName").GetString());
        var @case = await (await cm1.GetAsync($"/api/v1/cases/{caseId}")).ReadJsonAsync();
        Assert.All(@case.GetProperty("notes").EnumerateArray(), n => Assert.Equal("[anonymisiert]", n.GetProperty("text").GetString()));
        var records = await app.WithDb(db => db.Set<AnonymisationRecord>().AsNoTracking().Where(r => r.ClientId == clientId).ToListAsync());
        Assert.Equal([RetentionRecordType.Client, RetentionRecordType.ClosedCase], records.Select(r => r.RecordType).Order().ToArray());
        Assert.All(records, r => Assert.Equal(Guid.Parse(request), r.ErasureRequestId));
    }
}

public sealed class CorrectionAndErasureTests_Sqlite(SqliteApp app) : CorrectionAndErasureTests(app), IClassFixture<SqliteApp>;
public sealed class CorrectionAndErasureTests_Postgres(PostgresApp app) : CorrectionAndErasureTests(app), IClassFixture<PostgresApp>;
