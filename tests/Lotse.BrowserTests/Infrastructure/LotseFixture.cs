using Microsoft.Playwright;
using Xunit;

namespace Lotse.BrowserTests.Infrastructure;

/// <summary>
/// One started app and one Chromium for the whole run. Every test class is in <see cref="BrowserCollection"/>,
/// so xunit creates this once, before the first test, and disposes it after the last one.
/// </summary>
public sealed class LotseFixture : IAsyncLifetime
{
    /// <summary>The Debian package's Chromium; LOTSE_CHROMIUM overrides it (no browser is ever downloaded).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("LOTSE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private LotseApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LotseApp App => _app ?? throw new InvalidOperationException("The app is not started.");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new FileNotFoundException(
                $"Chromium not found at {ChromiumPath}. Install Debian's package (apt-get install -y chromium) or set LOTSE_CHROMIUM.");

        // Start the app and the browser side by side: both take a few seconds.
        var appTask = LotseApp.StartAsync();
        var browserTask = LaunchBrowserAsync();
        try
        {
            await Task.WhenAll(appTask, browserTask);
        }
        catch
        {
            // Leave nothing running when the start failed half-way.
            if (appTask.IsCompletedSuccessfully) await appTask.Result.DisposeAsync();
            if (_browser is not null) await _browser.CloseAsync();
            _playwright?.Dispose();
            var failures = new[] { appTask.Exception, browserTask.Exception }.OfType<AggregateException>()
                .SelectMany(e => e.InnerExceptions).ToList();
            if (failures.Count == 1) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures[0]);
            throw new AggregateException("The app and the browser both failed to start.", failures);
        }
        _app = appTask.Result;
        // If the test host dies without disposing fixtures, do not leave the app running.
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    private async Task LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    private void KillOnExit(object? sender, EventArgs e) => _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _app = null;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LotseFixture>
{
    public const string Name = "Lotse im Browser";
}
