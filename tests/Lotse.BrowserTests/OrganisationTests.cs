using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

public sealed class OrganisationTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task Admin_creates_an_organisation_through_the_form()
    {
        var name = UniqueName("Sprachcafé Testhausen");
        await SignInAsync(DemoUser.Admin);
        var organisations = await new OrganisationsPage(Page).GotoAsync();
        var form = await organisations.StartNewAsync();

        await form.FillAsync(name, "Sprachkursträger (z. B. VHS)", "SGB III (Arbeitsförderung)", postalCode: "59999", city: "Musterstadt");
        await form.SaveAsync();

        var list = new OrganisationsPage(Page);
        await list.ExpectShownAsync();
        await Expect(list.StatusMessage).ToHaveTextAsync($"Die Organisation „{name}“ wurde gespeichert.");
        var row = list.Row(name);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Sprachkursträger (z. B. VHS)");
        await Expect(row).ToContainTextAsync("SGB III (Arbeitsförderung)");
        await Expect(row).ToContainTextAsync("aktiv");

        // The message was for that one redirect only.
        await list.GotoAsync();
        await Expect(list.StatusMessage).ToHaveCountAsync(0);
        await Expect(list.Row(name)).ToHaveCountAsync(1);

        Diagnostics.AssertClean("create organisation");
    }

    [Fact]
    public async Task Bad_postcode_shows_the_German_field_error_and_creates_nothing()
    {
        var name = UniqueName("Beratungsstelle Fehlerfeld");
        await SignInAsync(DemoUser.Admin);
        var form = await new OrganisationFormPage(Page).GotoNewAsync();

        await form.FillAsync(name, "Ehrenamtsinitiative", "keiner", postalCode: "1234");
        await form.SaveAsync();

        await form.ExpectShownAsync();
        await Expect(form.ErrorOf(form.PostalCode)).ToHaveTextAsync("Die Postleitzahl besteht aus fünf Ziffern.");
        await Expect(form.ErrorSummary).ToContainTextAsync("Die Postleitzahl besteht aus fünf Ziffern.");
        // What was entered is still there to correct.
        await Expect(form.Name).ToHaveValueAsync(name);
        await Expect(form.PostalCode).ToHaveValueAsync("1234");
        await Expect(form.Type.Locator("option:checked")).ToHaveTextAsync("Ehrenamtsinitiative");

        var list = await new OrganisationsPage(Page).GotoAsync();
        await Expect(list.Row(name)).ToHaveCountAsync(0);

        Diagnostics.AssertClean("bad postcode");
    }

    [Fact]
    public async Task Missing_required_fields_show_German_messages()
    {
        await SignInAsync(DemoUser.Admin);
        var form = await new OrganisationFormPage(Page).GotoNewAsync();

        await form.SaveAsync();

        await form.ExpectShownAsync();
        await Expect(form.ErrorOf(form.Name)).ToHaveTextAsync("Bitte geben Sie den Namen der Organisation an.");
        await Expect(form.ErrorOf(form.Type)).ToHaveTextAsync("Bitte wählen Sie die Art der Organisation.");
        await Expect(form.ErrorOf(form.LegalDomain)).ToHaveTextAsync("Bitte wählen Sie den Rechtskreis (oder „keiner“).");
        Diagnostics.AssertClean("empty organisation form");
    }
}
