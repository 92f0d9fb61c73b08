using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Anmelden (Features/Account/Login.cshtml).</summary>
public sealed class LoginPage(IPage page)
{
    public const string Path = "/Anmelden";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Anmelden", Level = 1 });
    public ILocator UserName => page.GetByLabel("Benutzername", new() { Exact = true });
    public ILocator Password => page.GetByLabel("Passwort", new() { Exact = true });
    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true });
    /// <summary>The error summary above the form (role="alert").</summary>
    public ILocator Errors => page.GetByRole(AriaRole.Alert);

    public async Task<LoginPage> GotoAsync()
    {
        await page.GotoAsync(Path);
        await ExpectShownAsync();
        return this;
    }

    public async Task ExpectShownAsync()
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Anmelden(\\?|$)"));
        await Expect(Heading).ToBeVisibleAsync();
    }

    public async Task SubmitAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }

    public async Task<StartPage> SignInAsync(string userName, string password)
    {
        await SubmitAsync(userName, password);
        var start = new StartPage(page);
        await start.ExpectShownAsync();
        return start;
    }
}
