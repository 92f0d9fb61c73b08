using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>The import as a case manager does it: upload, suggested mapping, dry run with exact row errors, exclusion, commit.</summary>
public sealed class ImportTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Dry_run_names_the_bad_row_commit_waits_for_its_exclusion_then_creates_the_rest()
    {
        await SignInAsync(DemoUser.CaseManager2);
        var session = await (await new ImportPage(Page).GotoAsync()).UploadAsync("klienten.csv", ImportPage.SampleCsv);
        await session.CheckAsync();

        await Expect(session.RowsTable).ToContainTextAsync("Zeile 3, Spalte Geburtsdatum: Den 31.02.1990 gibt es nicht (Februar 1990 hat 28 Tage).");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Jetzt übernehmen" })).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Übernommen wird erst, wenn keine fehlerhafte Zeile mehr dabei ist")).ToBeVisibleAsync();

        await session.ExcludeCheckbox(3).CheckAsync();
        await session.SaveDecisionsAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Ihre Auswahl ist gespeichert." })).ToBeVisibleAsync();
        await session.CommitAsync();

        await Expect(Page.GetByText("1 Person angelegt, 1 Fall eröffnet, 1 Zeile nicht übernommen")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Diagnostics.AssertClean("import");
    }

    [Fact]
    public async Task A_file_that_is_no_table_is_refused_in_german()
    {
        await SignInAsync(DemoUser.CaseManager2);
        var import = await new ImportPage(Page).GotoAsync();
        await import.UploadAsync("bild.csv", [0x00, 0x01, 0x02, 0x89, 0x50, 0x4E, 0x47, 0x00]);
        await Expect(import.Errors).ToContainTextAsync("Die Datei ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.xlsx).");
        Diagnostics.AssertClean("import error");
    }

    [Fact]
    public async Task Caseload_export_downloads_a_csv_for_excel()
    {
        await SignInAsync(DemoUser.CaseManager1);
        await Page.GotoAsync("/Fallliste/Export");
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Als CSV herunterladen" }).ClickAsync());
        Assert.Matches(@"^Fallliste-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Aktenzeichen;Name;Phase;", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Diagnostics.AssertClean("export");
    }
}
