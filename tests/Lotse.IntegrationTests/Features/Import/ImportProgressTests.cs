using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.IntegrationTests.Features.Import;

/// <summary>The progress of a running import job lives in the import's row, so another app instance shows it too.</summary>
public abstract class ImportProgressTests(LotseAppFactory app)
{
    [Fact]
    public async Task A_second_instance_shows_the_progress_of_a_job_running_on_the_first()
    {
        using var cm = await app.ApiClientAsync("cm1");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Vorname;Nachname;Geburtsdatum\r\nAmina;Fortschritt;01.02.1990\r\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "klienten.csv");
        using var uploaded = await cm.PostAsync("/api/v1/imports", form);
        var id = (await uploaded.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // A job on the first instance (its status set as ImportJobs does before it starts) reports progress.
        await app.WithDb(db => db.ImportSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ImportStatus.Checking)));
        await app.Services.GetRequiredService<ImportProgress>().ReportAsync(id, "Zeilen werden geprüft", 40, 160);

        // A second instance over the same database (its own memory) sees it.
        await using var second = app.WithWebHostBuilder(_ => { });
        using var cmThere = second.CreateClient();
        using (var token = await cmThere.PostAsJsonAsync("/api/v1/auth/token", new { userName = "cm1", password = Lotse.Web.Data.DemoData.Password }))
            cmThere.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                (await token.ReadJsonAsync()).GetProperty("accessToken").GetString());
        var seen = await (await cmThere.GetAsync($"/api/v1/imports/{id}")).ReadJsonAsync();
        var progress = seen.GetProperty("progress");
        Assert.Equal(("Zeilen werden geprüft", 40, 160, 25),
            (progress.GetProperty("phase").GetString(), progress.GetProperty("done").GetInt32(), progress.GetProperty("total").GetInt32(), progress.GetProperty("percent").GetInt32()));

        // When the job ends the row no longer claims progress.
        await app.Services.GetRequiredService<ImportProgress>().FinishAsync(id);
        Assert.Null(await app.WithDb(db => db.ImportSessions.Where(s => s.Id == id).Select(s => s.ProgressPhase).SingleAsync()));
    }
}

public sealed class ImportProgressTests_Sqlite(SqliteApp app) : ImportProgressTests(app), IClassFixture<SqliteApp>;
public sealed class ImportProgressTests_Postgres(PostgresApp app) : ImportProgressTests(app), IClassFixture<PostgresApp>;
