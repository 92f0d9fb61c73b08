using Lotse.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Lotse.BrowserTests.Infrastructure;

/// <summary>Base of every browser test: a fresh BrowserContext (no cookies, no storage) and one page per test.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(LotseFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    protected LotseFixture Fixture { get; } = fixture;
    protected ITestOutputHelper Output { get; } = output;
    protected IBrowserContext Context { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;
    protected PageDiagnostics Diagnostics { get; private set; } = null!;

    static BrowserTest() => Assertions.SetDefaultExpectTimeout(10_000);

    public async Task InitializeAsync()
    {
        Context = await Fixture.Browser.NewContextAsync(new()
        {
            BaseURL = Fixture.App.BaseUrl.ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        Context.SetDefaultTimeout(15_000);
        Diagnostics = await PageDiagnostics.AttachAsync(Context);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync() => await Context.CloseAsync();

    protected LoginPage LoginPage => new(Page);

    /// <summary>Signs in through the form and returns the start page it lands on.</summary>
    protected async Task<StartPage> SignInAsync(DemoUser user)
    {
        var login = await LoginPage.GotoAsync();
        return await login.SignInAsync(user.UserName, DemoUser.Password);
    }
}
