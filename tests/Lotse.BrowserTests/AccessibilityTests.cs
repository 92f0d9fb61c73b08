using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>axe-core on the main pages, and the skip link for keyboard users.</summary>
public sealed class AccessibilityTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    public static TheoryData<string> Pages =>
    [
        "Anmelden", "Anmelden mit Fehler", "Startseite", "Organisationen", "Organisation anlegen", "Organisation anlegen mit Fehlern", "Abgemeldet",
        "Import", "Import mit Fehler", "Import-Zuordnung", "Import-Probelauf", "Fallliste exportieren",
    ];

    /// <summary>Brings the browser to the named page in the state the test wants to look at.</summary>
    private async Task OpenAsync(string name)
    {
        switch (name)
        {
            case "Anmelden":
                await LoginPage.GotoAsync();
                break;
            case "Anmelden mit Fehler":
                await LoginPage.GotoAsync();
                await LoginPage.SubmitAsync("cm2", "");
                await Expect(LoginPage.Errors).ToBeVisibleAsync();
                break;
            case "Startseite":
                await SignInAsync(DemoUser.Admin);
                break;
            case "Organisationen":
                await SignInAsync(DemoUser.Admin);
                await new OrganisationsPage(Page).GotoAsync();
                break;
            case "Organisation anlegen":
                await SignInAsync(DemoUser.Admin);
                await new OrganisationFormPage(Page).GotoNewAsync();
                break;
            case "Organisation anlegen mit Fehlern":
                await SignInAsync(DemoUser.Admin);
                var form = await new OrganisationFormPage(Page).GotoNewAsync();
                await form.PostalCode.FillAsync("12");
                await form.SaveAsync();
                await Expect(form.ErrorSummary).ToBeVisibleAsync();
                break;
            case "Import":
                await SignInAsync(DemoUser.CaseManager2);
                await new ImportPage(Page).GotoAsync();
                break;
            case "Import mit Fehler":
                await SignInAsync(DemoUser.CaseManager2);
                var empty = await new ImportPage(Page).GotoAsync();
                await empty.UploadAsync("leer.csv", []);
                await Expect(empty.Errors).ToBeVisibleAsync();
                break;
            case "Import-Zuordnung":
                await SignInAsync(DemoUser.CaseManager2);
                await (await new ImportPage(Page).GotoAsync()).UploadAsync("liste.csv", ImportPage.SampleCsv);
                await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "1. Spalten zuordnen" })).ToBeVisibleAsync();
                break;
            case "Import-Probelauf":
                await SignInAsync(DemoUser.CaseManager2);
                var session = await (await new ImportPage(Page).GotoAsync()).UploadAsync("liste.csv", ImportPage.SampleCsv);
                await session.CheckAsync();
                break;
            case "Fallliste exportieren":
                await SignInAsync(DemoUser.CaseManager1);
                await Page.GotoAsync("/Fallliste/Export");
                await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Fallliste exportieren", Level = 1 })).ToBeVisibleAsync();
                break;
            case "Abgemeldet":
                var start = await SignInAsync(DemoUser.Steering);
                await start.Header.SignOutAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown page");
        }
    }

    /// <summary>axe-core (fails on serious and critical), the skip link first in tab order, and a clean console.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_is_accessible(string name)
    {
        await OpenAsync(name);

        await Axe.AssertNoSeriousViolationsAsync(Page, name, Output);

        var first = await Page.EvaluateAsync<string?>(FirstInTabOrder);
        Assert.True(first == "Zum Inhalt springen -> #inhalt", $"{name}: the first focusable element should be the skip link, but is '{first}'.");
        await Expect(Page.Locator("main#inhalt")).ToHaveCountAsync(1);

        Diagnostics.AssertClean(name);
    }

    [Fact]
    public async Task Axe_reports_a_serious_violation_when_there_is_one()
    {
        // Guards the guard: an image without a text alternative (axe rule image-alt, critical) must be found.
        await LoginPage.GotoAsync();
        await Page.EvaluateAsync("""
            () => { const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('main').appendChild(img); }
            """);

        var (blocking, _) = await Axe.RunAsync(Page, "Anmelden mit Bild ohne Alternativtext");

        var imageAlt = Assert.Single(blocking, v => v.Id == "image-alt");
        Assert.Equal("critical", imageAlt.Impact);
        Assert.Contains("img", Axe.Describe(blocking));
    }

    [Fact]
    public async Task Keyboard_user_reaches_the_main_content_with_the_skip_link()
    {
        var start = await SignInAsync(DemoUser.CaseManager1);

        await Page.Keyboard.PressAsync("Tab");
        await Expect(start.Header.SkipLink).ToBeFocusedAsync();
        await Expect(start.Header.SkipLink).ToBeInViewportAsync(); // shown when focused, hidden otherwise

        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();

        // The next Tab continues inside the main content, not in the header.
        await Page.Keyboard.PressAsync("Tab");
        var focusedInMain = await Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)");
        Assert.True(focusedInMain, "After the skip link, Tab should move within the main content.");
        Diagnostics.AssertClean("skip link");
    }

    [Fact]
    public async Task Sign_in_page_puts_the_cursor_into_the_user_name_field()
    {
        await LoginPage.GotoAsync();
        await Expect(LoginPage.UserName).ToBeFocusedAsync();
    }

    /// <summary>The first element in sequential focus order (tabindex > 0 first, then document order), as "text -> href".</summary>
    private const string FirstInTabOrder = """
        () => {
            const candidates = [...document.querySelectorAll(
                'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable="true"]')]
                .filter(e => e.tabIndex >= 0 && !e.disabled && !(e instanceof HTMLInputElement && e.type === 'hidden')
                    && getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0);
            const positive = candidates.filter(e => e.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
            const first = positive[0] ?? candidates[0];
            return first ? `${first.textContent.trim()} -> ${first.getAttribute('href') ?? ''}` : null;
        }
        """;
}
