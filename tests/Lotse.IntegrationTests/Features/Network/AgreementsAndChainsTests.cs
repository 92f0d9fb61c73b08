using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Domain.Network;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Network;

/// <summary>Kooperationsvereinbarungen (with the PDF) and Dienstleistungsketten with lead times checked against hand-computed values.</summary>
public abstract class AgreementsAndChainsTests(LotseAppFactory app)
{
    private Task<HttpClient> As(string user) => app.SharedApiClientAsync(user);
    private Task<Guid> OrganisationAsync(string prefix) => app.WithDb(db => db.Organisations.Where(o => o.Name.StartsWith(prefix)).Select(o => o.Id).FirstAsync());

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task<Dictionary<string, object?>> AgreementBodyAsync(string subject, int? version = null)
    {
        var jobcenter = await OrganisationAsync("Jobcenter");
        var awo = await OrganisationAsync("AWO");
        return new()
        {
            ["subject"] = subject,
            ["partyIds"] = new[] { jobcenter, awo },
            ["validFrom"] = "2026-01-01",
            ["validUntil"] = "2027-12-31",
            ["standards"] = new object[]
            {
                new { text = "Erstgespräch im Jobcenter innerhalb von 5 Arbeitstagen nach der Überweisung", responsibleOrganisationId = jobcenter,
                      fromEvent = "Überweisung", toEvent = "Erstgespräch", targetDuration = 5, targetUnit = "WorkingDays" }
            },
            ["version"] = version
        };
    }

    private static MultipartFormDataContent Upload(byte[] content, string name, string type = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [Fact]
    public async Task The_coordination_records_an_agreement_with_standards_and_its_signed_PDF()
    {
        var ki = await As("koordination");
        var created = await (await ki.PostAsJsonAsync("/api/v1/agreements", await AgreementBodyAsync("Erstgespräche " + Guid.NewGuid().ToString("N")[..6])))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(2, created.GetProperty("parties").GetArrayLength());
        var standard = created.GetProperty("standards").EnumerateArray().Single();
        Assert.Equal("5 Arbeitstage", standard.GetProperty("targetText").GetString());
        Assert.Equal(0, standard.GetProperty("figures").GetProperty("count").GetInt32());

        var uploaded = await (await ki.PostAsync($"/api/v1/agreements/{id}/document", Upload(Pdf, "Vereinbarung unterschrieben.pdf"))).ReadJsonAsync();
        Assert.Equal("Vereinbarung unterschrieben.pdf", uploaded.GetProperty("documentName").GetString());
        Assert.Equal(Pdf.Length, uploaded.GetProperty("documentSize").GetInt64());
        using var download = await ki.GetAsync($"/api/v1/agreements/{id}/document");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // A measured pass of the standard appears in its figures: 02.03. → 06.03.2026 = 4 working days, within 5.
        var standardId = standard.GetProperty("id").GetGuid();
        var jobcenter = await OrganisationAsync("Jobcenter");
        await app.WithDb(async db =>
        {
            db.ServiceChainObservations.Add(new ServiceChainObservation
            {
                StandardId = standardId, OrganisationId = jobcenter,
                StartedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), EndedAt = new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero)
            });
            await db.SaveChangesAsync();
        });
        var figures = (await (await ki.GetAsync($"/api/v1/agreements/{id}")).ReadJsonAsync()).GetProperty("standards")[0].GetProperty("figures");
        Assert.Equal(1, figures.GetProperty("count").GetInt32());
        Assert.Equal(4.0, figures.GetProperty("median").GetDouble());
        Assert.Equal(1.0, figures.GetProperty("shareWithinTarget").GetDouble());
    }

    [Fact]
    public async Task Only_PDF_files_up_to_10_MB_are_accepted_as_the_document()
    {
        var ki = await As("koordination");
        var id = (await (await ki.PostAsJsonAsync("/api/v1/agreements", await AgreementBodyAsync("Dokumentprüfung " + Guid.NewGuid().ToString("N")[..6])))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var problem = await (await ki.PostAsync($"/api/v1/agreements/{id}/document", Upload("kein PDF"u8.ToArray(), "vertrag.pdf"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Die Datei ist keine PDF-Datei. Bitte laden Sie die Vereinbarung als PDF hoch.", problem.Errors("file").Single());

        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(tooLarge, 0);
        problem = await (await ki.PostAsync($"/api/v1/agreements/{id}/document", Upload(tooLarge, "gross.pdf"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("10 MB", problem.Errors("file").Single());

        Assert.False(await app.WithDb(db => db.AgreementDocuments.AnyAsync(d => d.AgreementId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await ki.GetAsync($"/api/v1/agreements/{id}/document")).StatusCode);
    }

    [Fact]
    public async Task Invalid_or_stale_agreements_are_refused()
    {
        var ki = await As("koordination");
        var body = await AgreementBodyAsync("Eine Partei");
        body["partyIds"] = new[] { await OrganisationAsync("AWO") };
        var problem = await (await ki.PostAsJsonAsync("/api/v1/agreements", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Eine Kooperationsvereinbarung hat mindestens zwei Vertragsparteien.", problem.Errors("partyIds").Single());

        body = await AgreementBodyAsync("Fremde Verantwortung");
        body["partyIds"] = new[] { await OrganisationAsync("AWO"), await OrganisationAsync("Caritas") };
        problem = await (await ki.PostAsJsonAsync("/api/v1/agreements", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Für einen Servicestandard kann nur eine Vertragspartei verantwortlich sein.", problem.Errors("standards").Single());

        var created = await (await ki.PostAsJsonAsync("/api/v1/agreements", await AgreementBodyAsync("Versionen " + Guid.NewGuid().ToString("N")[..6]))).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var changed = await (await ki.PutAsJsonAsync($"/api/v1/agreements/{id}", await AgreementBodyAsync("Versionen geändert", 0))).ReadJsonAsync();
        Assert.Equal(1, changed.GetProperty("version").GetInt32());
        Assert.Equal(created.GetProperty("standards")[0].GetProperty("id").GetGuid(), changed.GetProperty("standards")[0].GetProperty("id").GetGuid());
        await (await ki.PutAsJsonAsync($"/api/v1/agreements/{id}", await AgreementBodyAsync("Veraltet", 0))).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Concurrency);
    }

    private async Task<Dictionary<string, object?>> ChainBodyAsync(string name, int? version = null) => new()
    {
        ["name"] = name,
        ["need"] = "Anerkannte Geflüchtete im SGB II",
        ["steps"] = new object[]
        {
            new { title = "Verpflichtung", responsibleOrganisationId = await OrganisationAsync("Jobcenter"), targetDuration = 10, targetUnit = "WorkingDays" },
            new { title = "Zulassung", responsibleOrganisationId = await OrganisationAsync("Bundesamt"), targetDuration = 5, targetUnit = "CalendarDays" },
        },
        ["version"] = version
    };

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Chain_lead_times_match_hand_computed_values_and_show_where_the_chain_breaks()
    {
        var ki = await As("koordination");
        var chain = await (await ki.PostAsJsonAsync("/api/v1/service-chains", await ChainBodyAsync("Kette " + Guid.NewGuid().ToString("N")[..6]))).ReadJsonAsync(HttpStatusCode.Created);
        var id = chain.GetProperty("id").GetGuid();
        var steps = chain.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToArray();
        var jobcenter = await OrganisationAsync("Jobcenter");
        var bamf = await OrganisationAsync("Bundesamt");
        await app.WithDb(async db =>
        {
            void Add(Guid step, Guid org, DateTimeOffset start, DateTimeOffset? end) =>
                db.ServiceChainObservations.Add(new ServiceChainObservation { StepId = step, OrganisationId = org, StartedAt = start, EndedAt = end });
            // Step 1 (10 working days): 10 WT, 9 WT (over Easter: 01.04.–16.04.), 14 WT, one open since March (overdue).
            Add(steps[0], jobcenter, At(3, 2), At(3, 16));
            Add(steps[0], jobcenter, At(4, 1), At(4, 16));
            Add(steps[0], jobcenter, At(3, 2), At(3, 20));
            Add(steps[0], jobcenter, At(3, 2), null);
            // Step 2 (5 calendar days): 3, 4, 5, 6, 20 days.
            foreach (var days in new[] { 3, 4, 5, 6, 20 }) Add(steps[1], bamf, At(3, 2), At(3, 2).AddDays(days));
            await db.SaveChangesAsync();
        });

        var read = await (await ki.GetAsync($"/api/v1/service-chains/{id}")).ReadJsonAsync();
        var first = read.GetProperty("steps")[0];
        var f1 = first.GetProperty("figures");
        Assert.Equal(4, f1.GetProperty("count").GetInt32());
        Assert.Equal(1, f1.GetProperty("openOverdue").GetInt32());
        Assert.Equal(10.0, f1.GetProperty("median").GetDouble());
        Assert.Equal(12.4, f1.GetProperty("percentile80").GetDouble(), 10);
        Assert.Equal(0.5, f1.GetProperty("shareWithinTarget").GetDouble());
        Assert.Equal(["2026-03", "2026-04"], first.GetProperty("byMonth").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        Assert.Equal("Jobcenter Kreis Musterland", first.GetProperty("byOrganisation").EnumerateArray().Single().GetProperty("organisationName").GetString());

        var f2 = read.GetProperty("steps")[1].GetProperty("figures");
        Assert.Equal(5.0, f2.GetProperty("median").GetDouble());
        Assert.Equal(8.8, f2.GetProperty("percentile80").GetDouble(), 10);
        Assert.Equal(0.6, f2.GetProperty("shareWithinTarget").GetDouble(), 10);

        Assert.Equal(steps[0], read.GetProperty("breakStepId").GetGuid());
        Assert.True(first.GetProperty("isBreak").GetBoolean());
        Assert.Equal("Die Kette bricht am ehesten bei Schritt 1 „Verpflichtung“ (Jobcenter Kreis Musterland): nur 50 % innerhalb der Zieldauer (10 Arbeitstage).",
            read.GetProperty("breakText").GetString());

        // Renaming a step keeps its id and its measurements; the version goes up.
        var body = await ChainBodyAsync(read.GetProperty("name").GetString()!, 0);
        var renamed = await (await ki.PutAsJsonAsync($"/api/v1/service-chains/{id}", body)).ReadJsonAsync();
        Assert.Equal(1, renamed.GetProperty("version").GetInt32());
        Assert.Equal(steps, renamed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        Assert.Equal(4, renamed.GetProperty("steps")[0].GetProperty("figures").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_chain_needs_steps_with_known_organisations()
    {
        var ki = await As("koordination");
        var body = await ChainBodyAsync("Leer");
        body["steps"] = Array.Empty<object>();
        var problem = await (await ki.PostAsJsonAsync("/api/v1/service-chains", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Eine Dienstleistungskette braucht mindestens einen Schritt.", problem.Errors("steps").Single());
        body["steps"] = new object[] { new { title = "", responsibleOrganisationId = Guid.NewGuid(), targetDuration = 3 } };
        problem = await (await ki.PostAsJsonAsync("/api/v1/service-chains", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Bitte geben Sie die Bezeichnung des Schritts an.", problem.Errors("steps[0].title").Single());
    }

    [Fact]
    public async Task The_demo_chain_page_shows_figures_and_the_break()
    {
        var browser = await app.BrowserClientAsync("koordination");
        var chainId = await app.WithDb(db => db.ServiceChains.Where(c => c.Name == NetworkDemoData.ChainName).Select(c => c.Id).SingleAsync());
        var text = await (await browser.GetAsync($"/Netzwerk/Ketten/{chainId}")).TextAsync();
        Assert.Contains("Bruchstelle:", text);
        Assert.Contains("Verpflichtung zum Integrationskurs", text);
        Assert.Contains("80. Perzentil", text);

        var agreementId = await app.WithDb(db => db.Agreements.Where(a => a.Subject == NetworkDemoData.AgreementSubject).Select(a => a.Id).SingleAsync());
        text = await (await browser.GetAsync($"/Netzwerk/Vereinbarungen/{agreementId}")).TextAsync();
        Assert.Contains("innerhalb von 10 Arbeitstagen", text);
        Assert.Contains("noch nicht hinterlegt", text);
    }

    [Theory]
    [InlineData("cm1")]
    [InlineData("jobcenter")]
    [InlineData("admin")]
    public async Task Only_the_coordination_manages_agreements_and_chains(string user)
    {
        var client = await As(user);
        await (await client.GetAsync("/api/v1/agreements")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await client.GetAsync("/api/v1/service-chains")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await client.PostAsJsonAsync("/api/v1/service-chains", await ChainBodyAsync("Fremd"))).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await client.PostAsJsonAsync("/api/v1/agreements", await AgreementBodyAsync("Fremd"))).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }
}

public sealed class AgreementsAndChainsTests_Sqlite(SqliteApp app) : AgreementsAndChainsTests(app), IClassFixture<SqliteApp>;
public sealed class AgreementsAndChainsTests_Postgres(PostgresApp app) : AgreementsAndChainsTests(app), IClassFixture<PostgresApp>;
