using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Referrals;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Referrals.ReferralRequests;

namespace Lotse.IntegrationTests.Features.Referrals;

/// <summary>
/// Referrals over the API on both databases: the whole flow from the case manager to the Jobcenter and back into the
/// case, refusal to send without consent, revocation cutting the receiver's view at once, stale and invalid changes.
/// </summary>
public abstract class ReferralFlowTests(LotseAppFactory app)
{
    private static string Today => Clients.ClientRequests.Today.ToString("yyyy-MM-dd");

    [Fact]
    public async Task Full_flow_from_case_to_jobcenter_and_back_into_the_case()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jobcenter = await app.SharedApiClientAsync("jobcenter");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact, DataCategory.ReferralContent, DataCategory.GoalsPlan);

        var draft = await CreateAsync(cm1, Body(@case.Id, jc, stepId, "IdentityContact", "ReferralContent", "GoalsPlan"));
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal("Entwurf", draft.GetProperty("statusName").GetString());
        var id = draft.Id();

        // A draft is not in the receiver's inbox and does not exist for them, nor is it open on the start page.
        async Task<int> OpenReferralsOnTheStartPageAsync() =>
            (await (await cm1.GetAsync("/api/v1/caseload")).ReadJsonAsync()).EnumerateArray()
                .Single(i => i.GetProperty("caseId").GetGuid() == @case.Id).GetProperty("openReferrals").GetInt32();
        Assert.Equal(0, await OpenReferralsOnTheStartPageAsync());
        Assert.DoesNotContain(id, await InboxIdsAsync(jobcenter));
        Assert.Equal(HttpStatusCode.NotFound, (await jobcenter.GetAsync($"/api/v1/referrals/{id}")).StatusCode);

        var sent = await OkAsync(cm1, id, "send", draft.Version());
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Contains(id, await InboxIdsAsync(jobcenter));
        Assert.Contains(id, await InboxIdsAsync(jobcenter, "Sent"));
        Assert.DoesNotContain(id, await InboxIdsAsync(jobcenter, "Completed"));
        Assert.Equal(1, await OpenReferralsOnTheStartPageAsync());
        Assert.Contains("1 offene Verweisung", await (await (await app.BrowserClientAsync("cm1")).GetAsync("/")).TextAsync());

        var seen = await (await jobcenter.GetAsync($"/api/v1/referrals/{id}")).ReadJsonAsync();
        var client = seen.GetProperty("client");
        Assert.StartsWith("Verweis", client.GetProperty("name").GetString());
        Assert.Equal("Bitte Berechtigung zum Integrationskurs prüfen.", seen.GetProperty("message").GetString());
        Assert.Equal("Wohnungsangebote sichten", seen.GetProperty("planStepDescription").GetString());
        Assert.Equal(JsonValueKind.Null, client.GetProperty("residenceStatuses").ValueKind); // not shared
        Assert.True(seen.GetProperty("mayActAsReceiver").GetBoolean());
        Assert.False(seen.GetProperty("mayActAsSender").GetBoolean());

        var accepted = await OkAsync(jobcenter, id, "accept", seen.Version(), new() { ["partnerCaseReference"] = "JC-2026-0815" });
        Assert.Equal("JC-2026-0815", accepted.GetProperty("partnerCaseReference").GetString());
        Assert.Equal(0, accepted.GetProperty("leadTimes").GetProperty("sentToAccepted").GetInt32());
        var appointed = await OkAsync(jobcenter, id, "first-appointment", accepted.Version(), new() { ["on"] = Today });
        Assert.Equal("InProgress", appointed.GetProperty("status").GetString());
        Assert.Equal(0, appointed.GetProperty("leadTimes").GetProperty("acceptedToFirstAppointment").GetInt32());
        var withFeedback = await OkAsync(jobcenter, id, "feedback", appointed.Version(), new() { ["text"] = "Erstgespräch geführt." });
        var result = $"Integrationskurs-Berechtigung erteilt am {Clients.ClientRequests.Today:dd.MM.yyyy}";
        var completed = await OkAsync(jobcenter, id, "complete", withFeedback.Version(), new() { ["result"] = result });
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.Equal(result, completed.GetProperty("result").GetString());
        Assert.Equal(0, completed.GetProperty("leadTimes").GetProperty("sentToCompleted").GetInt32());
        Assert.Equal(0, await OpenReferralsOnTheStartPageAsync());

        // The result flows back: the plan step is done today, the history says so, the case manager is notified.
        var file = await @case.GetAsync();
        var step = file.GetProperty("goals")[0].GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == stepId);
        Assert.Equal("Done", step.GetProperty("status").GetString());
        Assert.Equal(Today, step.GetProperty("doneOn").GetString());
        Assert.Contains(file.GetProperty("history").EnumerateArray(), e => e.GetProperty("description").GetString()!.Contains(result));

        var mine = await (await cm1.GetAsync("/api/v1/referrals/mine?status=Completed")).ReadJsonAsync();
        var item = mine.GetProperty("items").EnumerateArray().Single(i => i.Id() == id);
        Assert.True(item.GetProperty("resultUnseen").GetBoolean());

        var browser = await app.BrowserClientAsync("cm1");
        var start = await (await browser.GetAsync("/")).TextAsync();
        Assert.Contains("Neue Rückmeldungen zu Verweisungen", start);
        var casePage = await (await browser.GetAsync($"/Faelle/{@case.Id}")).TextAsync();
        Assert.Contains("Integrationskurs-Berechtigung", casePage);
        Assert.Contains("neue Rückmeldung", casePage);
        var page = await (await browser.GetAsync($"/Verweisungen/{id}")).TextAsync();
        Assert.Contains(result, page);
        Assert.False(await app.WithDb(db => db.Referrals.Where(r => r.Id == id).Select(r => r.ResultUnseen).SingleAsync()));
        Assert.DoesNotContain($"/Verweisungen/{id}", await (await browser.GetAsync("/")).Content.ReadAsStringAsync());

        // Reads are audited, for the receiver including the client read under the shared categories.
        var audit = await app.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.UserName == "jobcenter" && e.Operation == AuditOperation.Read && (e.EntityId == id.ToString() || e.EntityId == clientId.ToString()))
            .Select(e => e.EntityType).ToListAsync());
        Assert.Contains("Referral", audit);
        Assert.Contains("Client", audit);
    }

    [Fact]
    public async Task Sending_is_refused_while_a_shared_category_is_not_covered_by_consent()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);
        var draft = await CreateAsync(cm1, Body(@case.Id, jc, stepId, "IdentityContact", "Benefits"));

        using var response = await ActAsync(cm1, draft.Id(), "send", draft.Version());
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Leistungsbezug", problem.Errors("sharedCategories").Single());
        Assert.DoesNotContain("Personalien", problem.Errors("sharedCategories").Single());
        Assert.Equal("Draft", (await app.WithDb(db => db.Referrals.SingleAsync(r => r.Id == draft.Id()))).Status.ToString());

        // A consent for another organisation does not help either.
        await ConsentAsync(app, clientId, await OrganisationAsync(app, "Volkshochschule Kreis Musterland"), DataCategory.Benefits);
        using var again = await ActAsync(cm1, draft.Id(), "send", draft.Version());
        await again.AssertProblemAsync(HttpStatusCode.BadRequest, "urn:lotse:problem:validation");
    }

    [Fact]
    public async Task Revocation_cuts_the_receivers_view_of_client_data_at_once()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jobcenter = await app.SharedApiClientAsync("jobcenter");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        var consent = await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact, DataCategory.ReferralContent);
        var draft = await CreateAsync(cm1, Body(@case.Id, jc, stepId, "IdentityContact", "ReferralContent"));
        await OkAsync(cm1, draft.Id(), "send", draft.Version());
        var before = await (await jobcenter.GetAsync($"/api/v1/referrals/{draft.Id()}")).ReadJsonAsync();
        Assert.NotEqual(JsonValueKind.Null, before.GetProperty("client").GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("consentNote").ValueKind);

        await RevokeAsync(app, consent);

        var after = await (await jobcenter.GetAsync($"/api/v1/referrals/{draft.Id()}")).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, after.GetProperty("client").GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("message").ValueKind);
        Assert.Equal(0, after.GetProperty("client").GetProperty("visibleCategories").GetArrayLength());
        Assert.Equal(ReferralQueries.RevokedNote, after.GetProperty("consentNote").GetString());
        var inbox = await (await jobcenter.GetAsync("/api/v1/referrals/inbox")).ReadJsonAsync();
        var row = inbox.GetProperty("items").EnumerateArray().Single(i => i.Id() == draft.Id());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("clientName").ValueKind);
        var page = await (await (await app.BrowserClientAsync("jobcenter")).GetAsync($"/Verweisungen/{draft.Id()}")).TextAsync();
        Assert.Contains("Einwilligung widerrufen – keine Daten mehr sichtbar", page);
        Assert.DoesNotContain("Verweis", page.Replace("Verweisung", ""));
    }

    [Fact]
    public async Task Stale_versions_invalid_transitions_and_bad_input_are_refused()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jobcenter = await app.SharedApiClientAsync("jobcenter");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);

        using (var noService = await cm1.PostAsJsonAsync("/api/v1/referrals", new Dictionary<string, object?>(Body(@case.Id, jc, stepId)) { ["service"] = null }))
            Assert.NotEmpty((await noService.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors("service"));
        using (var ownOrg = await cm1.PostAsJsonAsync("/api/v1/referrals", Body(@case.Id, await OrganisationAsync(app, "Caritasverband für den Kreis Musterland e.V."), stepId)))
            Assert.NotEmpty((await ownOrg.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors("toOrganisationId"));

        var draft = await CreateAsync(cm1, Body(@case.Id, jc, stepId, "IdentityContact"));
        var sent = await OkAsync(cm1, draft.Id(), "send", draft.Version());

        using (var stale = await ActAsync(jobcenter, draft.Id(), "accept", draft.Version()))
            await stale.AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:concurrency-conflict");
        using (var invalid = await ActAsync(jobcenter, draft.Id(), "complete", sent.Version(), new() { ["result"] = "Fertig" }))
        {
            var problem = await invalid.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("urn:lotse:problem:conflict", problem.GetProperty("type").GetString());
            Assert.Equal("Nur eine angenommene oder laufende Verweisung kann abgeschlossen werden.", problem.GetProperty("detail").GetString());
        }
        using (var noReason = await ActAsync(jobcenter, draft.Id(), "reject", sent.Version(), new() { ["reason"] = " " }))
            Assert.NotEmpty((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors("reason"));
        using (var noVersion = await jobcenter.PostAsJsonAsync($"/api/v1/referrals/{draft.Id()}/accept", new { }))
            Assert.NotEmpty((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors("version"));

        var rejected = await OkAsync(jobcenter, draft.Id(), "reject", sent.Version(), new() { ["reason"] = "Nicht zuständig: kein Leistungsbezug" });
        Assert.True(rejected.GetProperty("resultUnseen").GetBoolean());
        var file = await @case.GetAsync();
        Assert.Contains(file.GetProperty("history").EnumerateArray(), e => e.GetProperty("description").GetString()!.Contains("abgelehnt"));
        Assert.Equal("Open", file.GetProperty("goals")[0].GetProperty("steps")[0].GetProperty("status").GetString());
        using var cancelEnded = await ActAsync(cm1, draft.Id(), "cancel", rejected.Version(), new() { ["reason"] = "x" });
        await cancelEnded.AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");
    }

    [Fact]
    public async Task A_case_before_linking_cannot_refer()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var (_, @case) = await Cases.CaseRequests.NewAsync(cm1, Clients.ClientRequests.UniqueName("Verweis"));
        using var response = await cm1.PostAsJsonAsync("/api/v1/referrals", Body(@case.Id, await OrganisationAsync(app, Jobcenter), null));
        await response.AssertProblemAsync(HttpStatusCode.Conflict, "urn:lotse:problem:conflict");
    }

    [Fact]
    public async Task Inbox_pages_by_keyset_without_gaps_or_repeats()
    {
        var cm1 = await app.SharedApiClientAsync("cm1");
        var jc = await OrganisationAsync(app, Jobcenter);
        var (clientId, @case, stepId) = await CaseInLinkingAsync(cm1);
        await ConsentAsync(app, clientId, jc, DataCategory.IdentityContact);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var d = await CreateAsync(cm1, Body(@case.Id, jc, stepId, "IdentityContact"));
            await OkAsync(cm1, d.Id(), "send", d.Version());
            ids.Add(d.Id());
        }
        var jobcenter = await app.SharedApiClientAsync("jobcenter");
        var seen = new List<Guid>();
        string? after = null;
        do
        {
            var page = await (await jobcenter.GetAsync($"/api/v1/referrals/inbox?pageSize=2{(after is null ? "" : "&after=" + Uri.EscapeDataString(after))}")).ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Id()));
            after = page.GetProperty("next").GetString();
        } while (after is not null);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(ids.AsEnumerable().Reverse(), seen.Where(ids.Contains)); // newest first
    }

    [Fact]
    public async Task Demo_data_has_referrals_in_several_states()
    {
        var inbox = await (await (await app.SharedApiClientAsync("jobcenter")).GetAsync("/api/v1/referrals/inbox?status=Sent")).ReadJsonAsync();
        var demo = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("service").GetString() == "Beratung zur Arbeitsaufnahme");
        Assert.Equal("Haddad, Yusuf", demo.GetProperty("clientName").GetString()); // the Jobcenter consent is valid
        var mine = await (await (await app.SharedApiClientAsync("cm1")).GetAsync("/api/v1/referrals/mine?pageSize=100")).ReadJsonAsync();
        var states = mine.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("service").GetString(), i.GetProperty("status").GetString())).ToList();
        Assert.Contains(("Integrationskurs-Berechtigung", "Completed"), states);
        Assert.Contains(("Berufsberatung", "Rejected"), states);
        var completed = mine.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("status").GetString() == "Completed" && i.GetProperty("service").GetString() == "Integrationskurs-Berechtigung" && i.GetProperty("clientName").GetString() == "Osman, Amina");
        Assert.InRange(completed.GetProperty("leadTimes").GetProperty("sentToCompleted").GetInt32(), 13, 15); // 14 × 24 h; a DST change near midnight may shift a day
    }

    private static async Task<List<Guid>> InboxIdsAsync(HttpClient client, string? status = null)
    {
        var page = await (await client.GetAsync("/api/v1/referrals/inbox?pageSize=100" + (status is null ? "" : "&status=" + status))).ReadJsonAsync();
        return page.GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();
    }
}

public sealed class ReferralFlowTests_Sqlite(SqliteApp app) : ReferralFlowTests(app), IClassFixture<SqliteApp>;
public sealed class ReferralFlowTests_Postgres(PostgresApp app) : ReferralFlowTests(app), IClassFixture<PostgresApp>;
