using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.IntegrationTests.Features.Clients;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using static Lotse.IntegrationTests.Features.Cases.CaseRequests;

namespace Lotse.IntegrationTests.Features.Cases;

/// <summary>
/// The case manager's caseload, the Koordinierende Stelle's overview, handing a case over to another
/// organisation, and the goal-agreement PDF — each with who sees what.
/// </summary>
public abstract class CaseloadTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);

    private Task<Guid> MunicipalityAsync(string name) =>
        app.WithDb(db => db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    /// <summary>A client in <paramref name="municipality"/> whose residence permit runs out in 20 days (and an older one long ago).</summary>
    private async Task<Guid> RegisterInAsync(HttpClient client, string? municipality, string lastName)
    {
        var body = ClientRequests.Minimal("Tesfay", lastName, "1994-02-11");
        body["municipalityId"] = municipality is null ? null : await MunicipalityAsync(municipality);
        body["residenceStatuses"] = new object[]
        {
            new { type = "ResidencePermit", issuedOn = DaysFromToday(-340), validUntil = DaysFromToday(20) },
            new { type = "PermissionToRemain", issuedOn = "2022-01-01", validUntil = DaysFromToday(400) }
        };
        return (await ClientRequests.RegisterAsync(client, body)).GetProperty("id").GetGuid();
    }

    private static async Task<List<JsonElement>> CaseloadAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/caseload")).ReadJsonAsync()).EnumerateArray().ToList();

    private static async Task<JsonElement> OverviewAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/caseload/overview")).ReadJsonAsync();

    private static int ActiveCasesOf(JsonElement overview, string caseManager) =>
        overview.GetProperty("caseManagers").EnumerateArray().Single(m => m.GetProperty("caseManagerName").GetString() == caseManager).GetProperty("activeCases").GetInt32();

    private static int ActiveCasesIn(JsonElement overview, string region) =>
        overview.GetProperty("regions").EnumerateArray().SingleOrDefault(r => r.GetProperty("regionName").GetString() == region) is { ValueKind: JsonValueKind.Object } r
            ? r.GetProperty("activeCases").GetInt32() : 0;

    [Fact]
    public async Task The_case_is_on_its_case_managers_caseload_with_the_overdue_step_and_the_expiring_document()
    {
        var cm1 = await As("cm1");
        var lastName = ClientRequests.UniqueName("Liste");
        var clientId = await RegisterInAsync(cm1, "Sandhagen", lastName);
        var @case = await OpenAsync(cm1, clientId);
        var goal = await @case.ToPlanningWithGoalAsync(stepDueOn: DaysFromToday(-3));
        await @case.AddStepAsync(goal, "Termin beim Wohnungsamt", DaysFromToday(10));

        var item = (await CaseloadAsync(cm1)).Single(i => i.GetProperty("caseId").GetGuid() == @case.Id);
        Assert.Equal(clientId, item.GetProperty("clientId").GetGuid());
        Assert.Equal($"{lastName}, Tesfay", item.GetProperty("clientName").GetString());
        Assert.Equal("Planning", item.GetProperty("phase").GetString());
        Assert.Equal("Planung", item.GetProperty("phaseName").GetString());
        Assert.Equal(1, item.GetProperty("overdueSteps").GetInt32());
        Assert.Equal(DaysFromToday(-3), item.GetProperty("nextDueOn").GetString());
        Assert.Equal("Wohnungsangebote sichten", item.GetProperty("nextDueItem").GetString());
        Assert.Equal(DaysFromToday(20), item.GetProperty("residenceDocumentExpiresOn").GetString());
        Assert.False(item.GetProperty("reassessmentDue").GetBoolean());
        // The case file says the same about the step.
        Assert.Contains((await @case.GetAsync()).GetProperty("goals")[0].GetProperty("steps").EnumerateArray(), s => s.GetProperty("overdue").GetBoolean());

        // Overdue cases come first.
        Assert.True((await CaseloadAsync(cm1))[0].GetProperty("overdueSteps").GetInt32() > 0);

        // Not on anyone else's list.
        foreach (var user in new[] { "cm2", "koordination", "jobcenter", "admin" })
            Assert.DoesNotContain(await CaseloadAsync(await As(user)), i => i.GetProperty("caseId").GetGuid() == @case.Id);

        // A closed case leaves the caseload.
        var (_, closed) = await NewAsync(cm1);
        await closed.IntakeAsync("ShortAdvice", "Auskunft");
        await closed.CloseAsync("ShortAdviceCompleted");
        Assert.DoesNotContain(await CaseloadAsync(cm1), i => i.GetProperty("caseId").GetGuid() == closed.Id);
    }

    [Fact]
    public async Task Reading_the_caseload_writes_one_Read_entry_naming_every_listed_case_and_client()
    {
        var cm1 = await As("cm1");
        await NewAsync(cm1);
        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Id));

        var items = await CaseloadAsync(cm1);
        var listed = items.Select(i => ("Case", i.GetProperty("caseId").GetGuid().ToString()))
            .Concat(items.Select(i => ("Client", i.GetProperty("clientId").GetGuid().ToString()))).Order().ToList();

        var entry = Assert.Single(await app.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > since && e.EntityType == "Case").ToListAsync()));
        Assert.Equal((AuditOperation.Read, AuditEntry.ListEntityId, "Fallliste (Startseite)"), (entry.Operation, entry.EntityId, entry.Purpose));
        Assert.Equal(listed, entry.Subjects().Order());
        // The search index of the DPO holds the same pairs once the sealer has linked the entry into the chain.
        await Lotse.IntegrationTests.Infrastructure.Auditing.Audit.SealAsync(app);
        var indexed = await app.WithDb(db => db.AuditSubjects.AsNoTracking().Where(s => s.AuditEntryId == entry.Id).ToListAsync());
        Assert.Equal(listed, indexed.Select(s => (s.EntityType, s.EntityId)).Order());
    }

    [Fact]
    public async Task The_overview_counts_active_cases_per_case_manager_and_Regionalbereich_for_the_Koordinierende_Stelle_only()
    {
        var cm1 = await As("cm1");
        var koordination = await As("koordination");
        var before = await OverviewAsync(koordination);
        Assert.Equal(100, before.GetProperty("target").GetInt32());

        await OpenAsync(cm1, await RegisterInAsync(cm1, "Sandhagen", ClientRequests.UniqueName("Nord")));
        await OpenAsync(cm1, await RegisterInAsync(cm1, "Kirchlinde", ClientRequests.UniqueName("Nord")));
        await OpenAsync(cm1, await RegisterInAsync(cm1, "Waldbrück", ClientRequests.UniqueName("Sued")));
        await OpenAsync(cm1, await RegisterInAsync(cm1, null, ClientRequests.UniqueName("Ohne")));
        var (_, closed) = await NewAsync(cm1);
        await closed.IntakeAsync("ReferralOnly", "Verweis");
        await closed.CloseAsync("ReferralCompleted");

        var after = await OverviewAsync(koordination);
        Assert.Equal(ActiveCasesOf(before, "Clara Caritas") + 4, ActiveCasesOf(after, "Clara Caritas"));
        Assert.Equal(ActiveCasesOf(before, "Ahmet Awo"), ActiveCasesOf(after, "Ahmet Awo"));
        Assert.Equal(ActiveCasesIn(before, "Regionalbereich Nord") + 2, ActiveCasesIn(after, "Regionalbereich Nord"));
        Assert.Equal(ActiveCasesIn(before, "Regionalbereich Süd") + 1, ActiveCasesIn(after, "Regionalbereich Süd"));
        Assert.Equal(ActiveCasesIn(before, "Regionalbereich Mitte"), ActiveCasesIn(after, "Regionalbereich Mitte"));
        Assert.Equal(ActiveCasesIn(before, "ohne Regionalbereich") + 1, ActiveCasesIn(after, "ohne Regionalbereich"));

        var clara = after.GetProperty("caseManagers").EnumerateArray().Single(m => m.GetProperty("caseManagerName").GetString() == "Clara Caritas");
        Assert.Equal("Caritasverband für den Kreis Musterland e.V.", clara.GetProperty("organisationName").GetString());
        Assert.Equal(clara.GetProperty("activeCases").GetInt32() / 100.0, clara.GetProperty("targetRatio").GetDouble(), 6);
        // Aggregates only: no client names or file numbers.
        Assert.DoesNotContain("Tesfay", after.GetRawText());

        foreach (var user in new[] { "cm1", "cm2", "admin", "jobcenter", "abh", "ebh", "lenkung", "datenschutz" })
        {
            var problem = await (await (await As(user)).GetAsync("/api/v1/caseload/overview")).ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("urn:lotse:problem:forbidden", problem.GetProperty("type").GetString());
        }
    }

    /// <summary>The overview as counted from the cases themselves (the truth the maintained counts must equal).</summary>
    private Task<(Dictionary<Guid, int> Managers, Dictionary<string, int> Regions)> RecountAsync() => app.WithDb(async db =>
    {
        var managers = await db.Cases.Where(c => c.Phase != Lotse.Web.Domain.Cases.CasePhase.Closed).GroupBy(c => c.CaseManagerId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var regions = (await db.Cases.Where(c => c.Phase != Lotse.Web.Domain.Cases.CasePhase.Closed)
                .Join(db.Clients, c => c.ClientId, k => k.Id, (c, k) => k.Municipality!.Region!.Name).ToListAsync())
            .GroupBy(n => n ?? "ohne Regionalbereich").ToDictionary(g => g.Key, g => g.Count());
        return (managers, regions);
    });

    private async Task AssertOverviewMatchesTheCasesAsync(HttpClient koordination)
    {
        var overview = await OverviewAsync(koordination);
        var (managers, regions) = await RecountAsync();
        foreach (var m in overview.GetProperty("caseManagers").EnumerateArray())
            Assert.Equal(managers.GetValueOrDefault(m.GetProperty("caseManagerId").GetGuid()), m.GetProperty("activeCases").GetInt32());
        Assert.Equal(regions.OrderBy(r => r.Key),
            overview.GetProperty("regions").EnumerateArray().Select(r => KeyValuePair.Create(r.GetProperty("regionName").GetString()!, r.GetProperty("activeCases").GetInt32())).OrderBy(r => r.Key));
    }

    [Fact]
    public async Task The_overview_stays_exact_when_cases_are_opened_handed_over_moved_closed_and_reopened()
    {
        var cm1 = await As("cm1");
        var cm2 = await As("cm2");
        var koordination = await As("koordination");
        var awo = await app.FindUserAsync("cm2");
        await AssertOverviewMatchesTheCasesAsync(koordination);
        var before = await OverviewAsync(koordination);
        int Clara(JsonElement o) => ActiveCasesOf(o, "Clara Caritas");
        int Ahmet(JsonElement o) => ActiveCasesOf(o, "Ahmet Awo");

        // Opened in Sandhagen (Nord).
        var lastName = ClientRequests.UniqueName("Zaehlung");
        var clientId = await RegisterInAsync(cm1, "Sandhagen", lastName);
        var @case = await OpenAsync(cm1, clientId);
        var now = await OverviewAsync(koordination);
        Assert.Equal((Clara(before) + 1, Ahmet(before), ActiveCasesIn(before, "Regionalbereich Nord") + 1),
            (Clara(now), Ahmet(now), ActiveCasesIn(now, "Regionalbereich Nord")));
        await AssertOverviewMatchesTheCasesAsync(koordination);

        // Handed over to AWO.
        await @case.IntakeAsync("ShortAdvice", "Auskunft");
        await @case.ChangeAsync(HttpMethod.Post, "handover", new() { ["caseManagerId"] = awo.Id });
        now = await OverviewAsync(koordination);
        Assert.Equal((Clara(before), Ahmet(before) + 1), (Clara(now), Ahmet(now)));
        await AssertOverviewMatchesTheCasesAsync(koordination);

        // The client moves to Waldbrück (Süd): the active case moves along.
        var client = await ClientRequests.GetAsync(cm1, clientId);
        var edit = ClientRequests.Minimal("Tesfay", lastName, "1994-02-11");
        edit["municipalityId"] = await MunicipalityAsync("Waldbrück");
        edit["version"] = client.GetProperty("version").GetInt32();
        using (var moved = await cm1.PutAsJsonAsync($"/api/v1/clients/{clientId}", edit)) Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        now = await OverviewAsync(koordination);
        Assert.Equal((ActiveCasesIn(before, "Regionalbereich Nord"), ActiveCasesIn(before, "Regionalbereich Süd") + 1),
            (ActiveCasesIn(now, "Regionalbereich Nord"), ActiveCasesIn(now, "Regionalbereich Süd")));
        await AssertOverviewMatchesTheCasesAsync(koordination);

        // Closed by AWO, then reopened.
        var asCm2 = new CaseRequests(cm2, @case.Id);
        await asCm2.GetAsync();
        await asCm2.CloseAsync("ShortAdviceCompleted");
        now = await OverviewAsync(koordination);
        Assert.Equal((Ahmet(before), ActiveCasesIn(before, "Regionalbereich Süd")), (Ahmet(now), ActiveCasesIn(now, "Regionalbereich Süd")));
        await AssertOverviewMatchesTheCasesAsync(koordination);
        await asCm2.ReopenAsync();
        now = await OverviewAsync(koordination);
        Assert.Equal((Ahmet(before) + 1, ActiveCasesIn(before, "Regionalbereich Süd") + 1), (Ahmet(now), ActiveCasesIn(now, "Regionalbereich Süd")));
        await AssertOverviewMatchesTheCasesAsync(koordination);
    }

    [Fact]
    public async Task A_hand_over_moves_the_case_to_the_other_case_manager_and_organisation()
    {
        var cm1 = await As("cm1");
        var cm2 = await As("cm2");
        var awo = await app.FindUserAsync("cm2");
        var clientId = await RegisterInAsync(cm1, "Musterstadt", ClientRequests.UniqueName("Uebergabe"));
        var @case = await OpenAsync(cm1, clientId);
        await @case.ToPlanningWithGoalAsync(stepDueOn: DaysFromToday(-1));

        var file = await @case.ChangeAsync(HttpMethod.Post, "handover", new() { ["caseManagerId"] = awo.Id });
        Assert.Equal(awo.Id, file.GetProperty("caseManagerId").GetGuid());
        Assert.Equal("Ahmet Awo", file.GetProperty("caseManagerName").GetString());
        Assert.Equal(awo.OrganisationId, file.GetProperty("organisationId").GetGuid());
        Assert.Equal("Fall übergeben", file.GetProperty("history").EnumerateArray().Last().GetProperty("description").GetString());
        Assert.Equal("Planning", file.GetProperty("phase").GetString());

        // The caseloads.
        Assert.Contains(await CaseloadAsync(cm2), i => i.GetProperty("caseId").GetGuid() == @case.Id && i.GetProperty("overdueSteps").GetInt32() == 1);
        Assert.DoesNotContain(await CaseloadAsync(cm1), i => i.GetProperty("caseId").GetGuid() == @case.Id);

        // The case now belongs to AWO: cm1 can neither read nor change it; cm2 can do both.
        await (await cm1.GetAsync($"/api/v1/cases/{@case.Id}")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        await (await @case.PostAsync("notes", NoteBody())).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        await (await cm1.GetAsync($"/api/v1/cases/{@case.Id}/goal-agreement.pdf")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");
        var asCm2 = new CaseRequests(cm2, @case.Id);
        await asCm2.GetAsync();
        Assert.Equal(@case.Version, asCm2.Version);
        await asCm2.NoteAsync("Erstgespräch bei der AWO");

        // The client is still registered by Caritas, so cm1 keeps the client file; AWO sees and edits it through its case.
        var client = await ClientRequests.GetAsync(cm1, clientId);
        Assert.Equal(@case.Id, client.GetProperty("activeCaseId").GetGuid());
        var seenByCm2 = await ClientRequests.GetAsync(cm2, clientId);
        var edit = ClientRequests.Minimal("Tesfay", seenByCm2.GetProperty("lastName").GetString()!, "1994-02-11");
        edit["street"] = "Neue Straße 1";
        edit["version"] = seenByCm2.GetProperty("version").GetInt32();
        edit["version"] = (await (await cm2.PutAsJsonAsync($"/api/v1/clients/{clientId}", edit)).ReadJsonAsync()).GetProperty("version").GetInt32();
        edit["street"] = "Kirchstraße 5";
        await (await cm1.PutAsJsonAsync($"/api/v1/clients/{clientId}", edit)).ReadJsonAsync();
        Assert.Equal(await app.WithDb(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.OwnerOrganisationId).SingleAsync()),
            (await app.FindUserAsync("cm1")).OrganisationId);
    }

    [Fact]
    public async Task A_hand_over_goes_only_to_another_active_case_manager()
    {
        var cm1 = await As("cm1");
        var (_, @case) = await NewAsync(cm1);
        foreach (var target in new[] { (await app.FindUserAsync("jobcenter")).Id, (await app.FindUserAsync("koordination")).Id, Guid.NewGuid() })
        {
            var problem = await (await @case.PostAsync("handover", new() { ["caseManagerId"] = target })).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["Diese Person ist keine aktive Case Managerin bzw. kein aktiver Case Manager."], problem.Errors("caseManagerId"));
        }
        var self = await (await @case.PostAsync("handover", new() { ["caseManagerId"] = (await app.FindUserAsync("cm1")).Id })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Der Fall liegt bereits bei dieser Person."], self.Errors("caseManagerId"));
        var stored = await app.WithDb(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == @case.Id));
        Assert.Equal((await app.FindUserAsync("cm1")).Id, stored.CaseManagerId);
        Assert.Equal(0, stored.Version);
    }

    [Fact]
    public async Task The_goal_agreement_PDF_is_for_those_who_may_read_the_case()
    {
        var cm1 = await As("cm1");
        var clientId = await ClientRequests.RegisterAsync(cm1, "Tesfay", ClientRequests.UniqueName("Pdf"));
        var @case = await OpenAsync(cm1, clientId);
        await @case.ToPlanningWithGoalAsync(DaysFromToday(30));
        await @case.AgreePlanAsync();
        var fileNumber = (await ClientRequests.GetAsync(cm1, clientId)).GetProperty("fileNumber").GetString();

        foreach (var user in new[] { "cm1", "koordination" })
        {
            using var response = await (await As(user)).GetAsync($"/api/v1/cases/{@case.Id}/goal-agreement.pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"Zielvereinbarung-{fileNumber}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        }

        foreach (var user in new[] { "cm2", "jobcenter", "abh", "admin", "datenschutz" })
            await (await (await As(user)).GetAsync($"/api/v1/cases/{@case.Id}/goal-agreement.pdf")).AssertProblemAsync(HttpStatusCode.NotFound, "urn:lotse:problem:not-found");

        var problem = await (await cm1.GetAsync($"/api/v1/cases/{@case.Id}/goal-agreement.pdf?lang=xx")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("Die Sprache „xx“ ist nicht verfügbar.", problem.Errors("lang").Single());

        // Printing is a read of the case, with its purpose.
        var printed = await app.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == @case.Id.ToString() && e.Operation == AuditOperation.Read && e.Purpose == "Zielvereinbarung drucken")
            .Select(e => e.UserName).ToListAsync());
        Assert.Equal(["cm1", "koordination"], printed.Order());
    }
}

public sealed class CaseloadTests_Sqlite(SqliteApp app) : CaseloadTests(app), IClassFixture<SqliteApp>;
public sealed class CaseloadTests_Postgres(PostgresApp app) : CaseloadTests(app), IClassFixture<PostgresApp>;
