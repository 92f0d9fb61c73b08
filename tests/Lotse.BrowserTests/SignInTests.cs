using Lotse.BrowserTests.Infrastructure;
using Lotse.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests;

public sealed class SignInTests(LotseFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Theory]
    [InlineData("cm1")]
    [InlineData("admin")]
    [InlineData("datenschutz")]
    [InlineData("jobcenter")]
    [InlineData("lenkung")]
    public async Task Demo_user_signs_in_sees_name_and_role_then_signs_out(string userName)
    {
        var user = DemoUser.ByName[userName];

        var start = await SignInAsync(user);

        await Expect(start.Greeting).ToHaveTextAsync($"Guten Tag, {user.DisplayName}");
        await Expect(start.SignedInAs).ToHaveTextAsync($"Sie sind angemeldet als {user.GermanRole} bei {user.Organisation}.");
        await Expect(Page).ToHaveTitleAsync("Startseite – Lotse");

        var signedOut = await start.Header.SignOutAsync();
        await Expect(signedOut.SignInAgainLink).ToBeVisibleAsync();
        await Expect(start.Header.SignOutButton).ToHaveCountAsync(0);

        // The session is gone: the start page now sends the browser to the sign-in page.
        await Page.GotoAsync("/");
        await LoginPage.ExpectShownAsync();
        await Expect(LoginPage.UserName).ToBeVisibleAsync();

        Diagnostics.AssertClean($"sign-in and sign-out of {userName}");
    }

    [Fact]
    public async Task Wrong_password_shows_German_error_and_stays_on_sign_in_page()
    {
        var login = await LoginPage.GotoAsync();

        await login.SubmitAsync("cm2", "Falsches-Passwort-1!");

        await Expect(login.Errors).ToContainTextAsync("Benutzername oder Passwort ist falsch.");
        await login.ExpectShownAsync();
        await Expect(login.UserName).ToHaveValueAsync("cm2");
        await Expect(login.Password).ToHaveValueAsync("");

        // An unknown user name gets the same answer: the page does not tell which accounts exist.
        await login.SubmitAsync("niemand", "Falsches-Passwort-1!");
        await Expect(login.Errors).ToHaveTextAsync("Benutzername oder Passwort ist falsch.");
        await login.ExpectShownAsync();

        Diagnostics.AssertClean("wrong password");
    }

    [Fact]
    public async Task Empty_fields_show_German_required_messages()
    {
        var login = await LoginPage.GotoAsync();

        await login.SubmitButton.ClickAsync();

        await Expect(login.Errors).ToContainTextAsync("Bitte geben Sie Ihren Benutzernamen ein.");
        await Expect(login.Errors).ToContainTextAsync("Bitte geben Sie Ihr Passwort ein.");
        await login.ExpectShownAsync();

        Diagnostics.AssertClean("empty sign-in form");
    }

    [Fact]
    public async Task Signing_in_from_a_protected_page_returns_to_it()
    {
        await Page.GotoAsync(OrganisationsPage.Path);
        await LoginPage.ExpectShownAsync();

        await LoginPage.SubmitAsync(DemoUser.Coordinator.UserName, DemoUser.Password);

        await new OrganisationsPage(Page).ExpectShownAsync();
        Diagnostics.AssertClean("return after sign-in");
    }
}
