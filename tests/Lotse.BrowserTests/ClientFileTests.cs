using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>Personen: search, register with the duplicate check, the client file, editing.</summary>
public sealed class ClientFileTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
    private static string German(DateOnly d) => d.ToString("dd.MM.yyyy");

    [Fact]
    public async Task Case_manager_registers_a_person_with_a_spelling_variant_and_finds_the_person_by_it()
    {
        var start = await SignInAsync(DemoUser.CaseManager1);
        await start.Header.NavigationLink("Personen").ClickAsync();
        var search = new ClientSearchPage(Page);
        await search.ExpectShownAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Personen", Output);

        var form = await search.StartNewAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Neue Person anlegen", Output);
        await form.FillPersonAsync("Olena", "Kovalenko", "07.1988", nationalities: "ukr");
        await form.FillVariantAsync(1, "Елена", "Коваленко", "Pass");
        await form.FillVariantAsync(2, "Jelena", "Kowalenko", "Jobcenter");
        await form.Languages.FillAsync("Ukrainisch, Russisch");
        await form.Municipality.SelectOptionAsync(new SelectOptionValue { Label = "Nordfeld" });
        var expires = Today.AddDays(30);
        await form.FillResidenceStatusAsync(1, "Aufenthaltserlaubnis", issuedOn: "2024-03-01", validUntil: Iso(expires));
        await form.InRow("Aufenthaltsstatus 1", "Rechtsgrundlage").FillAsync("§ 24 AufenthG");
        var file = await form.CreateAsync();

        await Expect(file.StatusMessage).ToContainTextAsync("Die Person wurde angelegt. Aktenzeichen: ");
        await Expect(file.Heading).ToContainTextAsync("Kovalenko, Olena");
        await Expect(file.Fact("Weitere Schreibweisen")).ToContainTextAsync("Коваленко, Елена (Pass)");
        await Expect(file.Fact("Weitere Schreibweisen")).ToContainTextAsync("Kowalenko, Jelena (Jobcenter)");
        await Expect(file.Fact("Geburtsdatum")).ToContainTextAsync("07.1988");
        await Expect(file.Fact("Staatsangehörigkeiten")).ToHaveTextAsync("UKR (Ukraine)");
        await Expect(file.Fact("Kommune")).ToHaveTextAsync("Nordfeld");
        await Expect(file.ResidenceTable).ToContainTextAsync("Aufenthaltserlaubnis");
        await Expect(file.ResidenceTable).ToContainTextAsync($"{German(expires)} läuft bald ab");
        await Expect(file.OpenCaseButton).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Personenakte", Output);
        var fileNumber = await file.FileNumberAsync();

        // Found by the Jobcenter's spelling, by birth year, and by Aktenzeichen — the name never in the address.
        await search.GotoAsync();
        await search.SearchAsync(name: "Jelena Kowalenko");
        await Expect(search.Row("Kovalenko, Olena")).ToContainTextAsync(fileNumber);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Personen$"));
        await Axe.AssertNoSeriousViolationsAsync(Page, "Personen mit Ergebnis", Output);
        await search.SearchAsync(name: "Olena", birthDate: "1988");
        await Expect(search.Row("Kovalenko, Olena")).ToHaveCountAsync(1);
        await search.SearchAsync(fileNumber: fileNumber.ToLowerInvariant());
        await Expect(search.Row("Kovalenko, Olena")).ToHaveCountAsync(1);
        await search.SearchAsync(name: "Olena", birthDate: "1990");
        await Expect(search.NoResult).ToBeVisibleAsync();

        Diagnostics.AssertClean("register and find a person");
    }

    [Fact]
    public async Task Registering_Muhammad_Alhasan_warns_about_Mohammed_Al_Hassan_and_creates_nothing_until_confirmed()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var existing = await Steps.RegisterPersonAsync(Page, "Mohammed", "Al-Hassan", "14.02.1991", "SYR");
        var existingId = existing.Id;

        var form = await new ClientFormPage(Page).GotoNewAsync();
        await form.FillPersonAsync("Muhammad", "Alhasan", "14.02.1991");
        await form.CreateButton.ClickAsync();

        await Expect(form.DuplicateWarning).ToBeVisibleAsync();
        var candidate = form.DuplicateRow("Al-Hassan, Mohammed");
        await Expect(candidate).ToContainTextAsync("sehr wahrscheinlich");
        await Expect(candidate).ToContainTextAsync("Vorname phonetisch gleich (Muhammad ~ Mohammed)");
        await Expect(candidate).ToContainTextAsync("Geburtsdatum identisch (14.02.1991)");
        await Expect(candidate.GetByRole(AriaRole.Link, new() { Name = "Al-Hassan, Mohammed" }))
            .ToHaveAttributeAsync("href", $"/Personen/{existingId}");
        // Nothing typed is lost, and Enter would only check again.
        await Expect(form.FirstName).ToHaveValueAsync("Muhammad");
        await Expect(form.BirthDate).ToHaveValueAsync("14.02.1991");
        await Expect(form.CreateButton).ToHaveCountAsync(0);
        await Expect(form.CheckAgainButton).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Neue Person mit Dublettenwarnung", Output);

        // Nothing was created: a colleague's search (other tab) finds only the existing person.
        var other = await Context.NewPageAsync();
        var search = await new ClientSearchPage(other).GotoAsync();
        await search.SearchAsync(name: "Muhammad Alhasan");
        await Expect(search.Results.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Al-Hassan, Mohammed"]);

        // Checking again with the same data warns again; confirming creates the second person.
        await form.CheckAgainButton.ClickAsync();
        await Expect(form.DuplicateWarning).ToBeVisibleAsync();
        await form.CreateAnywayButton.ClickAsync();
        var created = new ClientFilePage(Page);
        await created.ExpectShownAsync();
        await Expect(created.Heading).ToContainTextAsync("Alhasan, Muhammad");
        Assert.NotEqual(existingId, created.Id);

        await search.SearchAsync(name: "Muhammad Alhasan");
        await Expect(search.Results.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Al-Hassan, Mohammed", "Alhasan, Muhammad"]);
        Diagnostics.AssertClean("duplicate warning");
    }

    [Fact]
    public async Task Register_form_shows_German_messages_next_to_the_fields_and_keeps_what_was_typed()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var form = await new ClientFormPage(Page).GotoNewAsync();
        await form.FirstName.FillAsync("Amanuel");
        await form.PostalCode.FillAsync("12");
        await form.InRow("Schreibweise 2", "Vorname").FillAsync("Emmanuel");
        await form.FillResidenceStatusAsync(1, "Duldung (§ 60a AufenthG)", issuedOn: "2026-05-01", validUntil: "2026-01-01");
        await form.CreateButton.ClickAsync();

        await Expect(form.ErrorOf(form.LastName)).ToHaveTextAsync("Bitte geben Sie den Nachnamen an.");
        await Expect(form.ErrorOf(form.BirthDate)).ToHaveTextAsync("Bitte geben Sie das Geburtsdatum an (auch nur das Jahr ist möglich).");
        await Expect(form.ErrorOf(form.PostalCode)).ToHaveTextAsync("Die Postleitzahl besteht aus fünf Ziffern.");
        await Expect(form.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Die Postleitzahl besteht aus fünf Ziffern." }))
            .ToHaveAttributeAsync("href", "#Input_PostalCode");
        await Expect(form.PostalCode).ToHaveValueAsync("12");
        await Expect(form.InRow("Schreibweise 2", "Vorname")).ToHaveValueAsync("Emmanuel");
        await Expect(form.InRow("Aufenthaltsstatus 1", "Gültig bis")).ToHaveValueAsync("2026-01-01");
        await Axe.AssertNoSeriousViolationsAsync(Page, "Neue Person mit Fehlern", Output);

        // The spelling in row 2 (row 1 empty) gets its message in row 2.
        await form.LastName.FillAsync("Tesfamariam");
        await form.BirthDate.FillAsync("1994");
        await form.PostalCode.FillAsync("59999");
        await form.CreateButton.ClickAsync();
        await Expect(form.ErrorOf(form.InRow("Schreibweise 2", "Nachname"))).ToHaveTextAsync("Bitte geben Sie den Nachnamen der Schreibweise an.");
        await Expect(form.ErrorOf(form.InRow("Schreibweise 1", "Nachname"))).ToHaveTextAsync("");

        await form.InRow("Schreibweise 2", "Nachname").FillAsync("Tesfamariam");
        await form.CreateButton.ClickAsync();
        await Expect(form.ErrorOf(form.InRow("Aufenthaltsstatus 1", "Gültig bis"))).ToHaveTextAsync("„Gültig bis“ liegt vor dem Ausstellungsdatum.");

        await form.InRow("Aufenthaltsstatus 1", "Gültig bis").FillAsync("2027-05-01");
        var file = await form.CreateAsync();
        await Expect(file.Fact("Weitere Schreibweisen")).ToHaveTextAsync("Tesfamariam, Emmanuel");
        Diagnostics.AssertClean("register with errors");
    }

    [Fact]
    public async Task Editing_a_person_saves_and_an_edit_from_an_outdated_page_overwrites_nothing()
    {
        await SignInAsync(DemoUser.CaseManager1);
        var file = await Steps.RegisterPersonAsync(Page, "Dilan", "Yıldız", "1999", "TUR");
        var editPath = $"/Personen/{file.Id}/Bearbeiten";

        // Two tabs start editing the same version.
        var first = new ClientFormPage(Page);
        await Page.GotoAsync(editPath);
        await first.ExpectShownAsync();
        await Axe.AssertNoSeriousViolationsAsync(Page, "Personendaten bearbeiten", Output);
        var otherTab = await Context.NewPageAsync();
        var second = new ClientFormPage(otherTab);
        await otherTab.GotoAsync(editPath);
        await second.ExpectShownAsync();

        await first.Languages.FillAsync("Kurdisch (Kurmandschi), Türkisch");
        await first.SaveButton.ClickAsync();
        await file.ExpectShownAsync();
        await Expect(file.StatusMessage).ToHaveTextAsync("Die Personendaten wurden gespeichert.");
        await Expect(file.Fact("Sprachen")).ToHaveTextAsync("Kurdisch (Kurmandschi), Türkisch");

        await second.Languages.FillAsync("Deutsch");
        await second.SaveButton.ClickAsync();
        await Expect(second.ErrorSummary).ToContainTextAsync("Der Datensatz der Person wurde inzwischen von jemand anderem geändert.");
        await Expect(second.Languages).ToHaveValueAsync("Deutsch");

        await Page.ReloadAsync();
        await Expect(file.Fact("Sprachen")).ToHaveTextAsync("Kurdisch (Kurmandschi), Türkisch");
        Diagnostics.AssertClean("edit person");
    }
}
