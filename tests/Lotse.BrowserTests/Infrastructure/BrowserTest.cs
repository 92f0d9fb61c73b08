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

    private readonly List<IBrowserContext> _otherContexts = [];

    public async Task InitializeAsync()
    {
        Context = await NewContextAsync();
        Diagnostics = await PageDiagnostics.AttachAsync(Context);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var other in _otherContexts) await other.CloseAsync();
        await Context.CloseAsync();
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Fixture.Browser.NewContextAsync(new()
        {
            BaseURL = Fixture.App.BaseUrl.ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>
    /// A second, separate browser (own cookies) signed in as <paramref name="user"/>, e.g. a colleague of another
    /// organisation; closed with the test. Its console and CSP problems go to the returned diagnostics.
    /// </summary>
    protected async Task<(IPage Page, PageDiagnostics Diagnostics)> SignInElsewhereAsync(DemoUser user)
    {
        var context = await NewContextAsync();
        _otherContexts.Add(context);
        var diagnostics = await PageDiagnostics.AttachAsync(context);
        var page = await context.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        await login.SignInAsync(user.UserName, DemoUser.Password);
        return (page, diagnostics);
    }

    protected LoginPage LoginPage => new(Page);

    /// <summary>Signs in through the form and returns the start page it lands on.</summary>
    protected async Task<StartPage> SignInAsync(DemoUser user)
    {
        var login = await LoginPage.GotoAsync();
        return await login.SignInAsync(user.UserName, DemoUser.Password);
    }
}
