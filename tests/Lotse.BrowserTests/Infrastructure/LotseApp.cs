using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Lotse.BrowserTests.Infrastructure;

/// <summary>
/// The real Lotse app, started once as its own process: <c>dotnet Lotse.Web.dll</c> from the app's own build
/// output (built before the tests through the ProjectReference), in the Development environment, with the
/// content root src/Lotse.Web and a fresh temporary data folder, so every run starts from clean demo data.
/// </summary>
public sealed class LotseApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private const int MaxOutputLines = 400;

    private readonly Process _process;
    private readonly Queue<string> _output;
    private readonly string _dataFolder;

    private LotseApp(Process process, Queue<string> output, string dataFolder, Uri baseUrl)
    {
        _process = process;
        _output = output;
        _dataFolder = dataFolder;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>The last lines the app wrote to stdout and stderr.</summary>
    public string Output
    {
        get { lock (_output) return string.Join(Environment.NewLine, _output); }
    }

    public static async Task<LotseApp> StartAsync()
    {
        var repoRoot = RepoPaths.Root;
        var contentRoot = Path.Combine(repoRoot, "src", "Lotse.Web");
        var dll = FindAppDll(repoRoot);

        // A free port can be taken by someone else between asking and binding: try again with another.
        Exception? last = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var dataFolder = Directory.CreateTempSubdirectory("lotse-browsertests-").FullName;
            var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
            var output = new Queue<string>();
            var process = Start(dll, contentRoot, dataFolder, baseUrl, output);
            var app = new LotseApp(process, output, dataFolder, baseUrl);
            try
            {
                await app.WaitUntilHealthyAsync();
                return app;
            }
            catch (Exception e)
            {
                last = e;
                await app.DisposeAsync();
                if (!e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)) throw;
            }
        }
        throw last!;
    }

    private static Process Start(string dll, string contentRoot, string dataFolder, Uri baseUrl, Queue<string> output)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(baseUrl.ToString().TrimEnd('/'));
        psi.ArgumentList.Add("--contentRoot");
        psi.ArgumentList.Add(contentRoot);

        // Nothing from the caller's environment may point the app elsewhere (other URLs, database, environment).
        foreach (var key in psi.Environment.Keys.ToList())
            if (key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)
                || key.Equals("DataFolder", StringComparison.OrdinalIgnoreCase))
                psi.Environment.Remove(key);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["DataFolder"] = dataFolder;

        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        void Keep(string? line)
        {
            if (line is null) return;
            lock (output)
            {
                output.Enqueue(line);
                while (output.Count > MaxOutputLines) output.Dequeue();
            }
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        if (!process.Start()) throw new InvalidOperationException($"Could not start dotnet {dll}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        string? lastProblem = null;
        while (watch.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // lets the output readers reach the end of both streams
                throw new InvalidOperationException(
                    $"Lotse.Web exited with code {_process.ExitCode} before /health answered.{Environment.NewLine}--- app output ---{Environment.NewLine}{Output}");
            }
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
                lastProblem = $"/health answered {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastProblem = e.Message;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException(
            $"Lotse.Web did not answer 200 on {BaseUrl}health within {StartTimeout.TotalSeconds:0} s (last: {lastProblem}).{Environment.NewLine}--- app output ---{Environment.NewLine}{Output}");
    }

    /// <summary>The app's entry assembly: where the build recorded it, else the usual bin folder.</summary>
    private static string FindAppDll(string repoRoot)
    {
        var metadata = typeof(LotseApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToList();
        var recorded = metadata.FirstOrDefault(a => a.Key == "LotseWebDll")?.Value;
        if (!string.IsNullOrEmpty(recorded) && File.Exists(recorded)) return recorded;

        var configuration = metadata.FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Debug";
        var conventional = Path.Combine(repoRoot, "src", "Lotse.Web", "bin", configuration, "net10.0", "Lotse.Web.dll");
        if (File.Exists(conventional)) return conventional;

        throw new FileNotFoundException(
            $"Lotse.Web.dll not found (recorded: '{recorded}', looked at '{conventional}'). Build the solution first (dotnet build Lotse.slnx).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try { await _process.WaitForExitAsync(cts.Token); } catch (OperationCanceledException) { }
            }
        }
        catch (InvalidOperationException) { /* never started or already gone */ }
        _process.Dispose();

        // SQLite may hold the files a moment longer on some systems.
        for (var i = 0; i < 5 && Directory.Exists(_dataFolder); i++)
        {
            try { Directory.Delete(_dataFolder, recursive: true); }
            catch (IOException) { await Task.Delay(200); }
            catch (UnauthorizedAccessException) { await Task.Delay(200); }
        }
    }
}
