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
            case "Abgemeldet":
                var start = await SignInAsync(DemoUser.Steering);
                await start.Header.SignOutAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "unknown page");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_axe_violations(string name)
    {
        await OpenAsync(name);

        await Axe.AssertNoSeriousViolationsAsync(Page, name, Output);
        Diagnostics.AssertClean(name);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Skip_link_is_the_first_focusable_element(string name)
    {
        await OpenAsync(name);

        var first = await Page.EvaluateAsync<string?>(FirstInTabOrder);
        Assert.Equal("Zum Inhalt springen -> #inhalt", first);
        await Expect(Page.Locator("#inhalt")).ToHaveCountAsync(1);
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
