using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

/// <summary>
/// The pages run under a strict Content-Security-Policy (no inline script or style). A page that breaks it,
/// or throws a script error, shows up here even when it looks fine.
/// </summary>
public sealed class ConsoleAndCspTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Main_pages_log_no_console_errors_and_no_CSP_violations()
    {
        var login = await LoginPage.GotoAsync();
        Diagnostics.AssertClean("Anmelden");

        await login.SubmitAsync("admin", "");
        await Expect(login.Errors).ToBeVisibleAsync();
        Diagnostics.AssertClean("Anmelden mit Fehler");

        var start = await login.SignInAsync(DemoUser.Admin.UserName, DemoUser.Password);
        Diagnostics.AssertClean("Startseite");

        var organisations = await new OrganisationsPage(Page).GotoAsync();
        Diagnostics.AssertClean("Organisationen");

        var form = await organisations.StartNewAsync();
        Diagnostics.AssertClean("Organisation anlegen");

        await form.PostalCode.FillAsync("abc");
        await form.SaveAsync();
        await Expect(form.ErrorSummary).ToBeVisibleAsync();
        Diagnostics.AssertClean("Organisation anlegen mit Fehlern");

        await start.Header.SignOutAsync();
        Diagnostics.AssertClean("Abgemeldet");
    }

    [Fact]
    public async Task The_CSP_listener_reports_a_violation()
    {
        // Guards the guard: an inline script injected into a page must be reported as a CSP violation.
        await LoginPage.GotoAsync();
        await Page.EvaluateAsync("""
            () => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.appendChild(s); }
            """);
        for (var i = 0; i < 50 && Diagnostics.Problems.Count == 0; i++) await Task.Delay(100);

        Assert.Contains(Diagnostics.Problems, p => p.Contains("script-src", StringComparison.Ordinal));
        Assert.False(await Page.EvaluateAsync<bool>("() => window.__ran === true"), "The inline script must not have run.");
    }
}
