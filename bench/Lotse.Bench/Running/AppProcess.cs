using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Lotse.Bench.Running;

/// <summary>
/// The real app as its own process: the Release build of src/Lotse.Web under `dotnet`, Kestrel on 127.0.0.1,
/// PostgreSQL, environment "Demo" (demo passwords allowed) with start-up migration and seeding switched off
/// (the benchmark migrated already). Output goes to a log file; the process is killed when the benchmark ends.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public string LogFile { get; }
    public int Pid => _process.Id;

    private AppProcess(Process process, int port, string logFile)
    {
        _process = process;
        Port = port;
        LogFile = logFile;
    }

    public static async Task<AppProcess> StartAsync(string connectionString, int maxPoolSize, Action<string> log)
    {
        // LOTSE_BENCH_WEB: another checkout's src/Lotse.Web (e.g. the code before a change, for before/after runs).
        var web = Environment.GetEnvironmentVariable("LOTSE_BENCH_WEB") is { Length: > 0 } other ? Path.GetFullPath(other) : Path.Combine(RepoPaths.Root, "src", "Lotse.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Lotse.Web.dll");
        if (!File.Exists(dll) || File.GetLastWriteTimeUtc(dll) < NewestSource(web))
        {
            log("Building src/Lotse.Web (Release) ...");
            var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(web, "Lotse.Web.csproj")])
                { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await build.StandardOutput.ReadToEndAsync() + await build.StandardError.ReadToEndAsync();
            await build.WaitForExitAsync();
            if (build.ExitCode != 0) throw new InvalidOperationException("Building Lotse.Web failed:\n" + output);
        }

        var port = FreePort();
        var logFile = Path.Combine(Path.GetTempPath(), $"lotse-bench-app-{port}.log");
        var cs = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxPoolSize, CommandTimeout = 60 }.ConnectionString;
        var psi = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = web,
        };
        foreach (var a in new[]
                 {
                     dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", web,
                     "--Database:Provider=Postgres", $"--ConnectionStrings:Lotse={cs}",
                     "--Database:MigrateOnStartup=false", "--Demo:Seed=false",
                     "--Sessions:ApiTokenLifetime=04:00:00",
                     // The daily refresh of the rule findings re-evaluates every client (minutes at 1M, measured on its own
                     // by `bench rules`); on the first run of a day it would otherwise fall into the latency runs.
                     "--Rules:BackgroundRefresh=false",
                     "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
                 })
            psi.ArgumentList.Add(a);
        // Extra app settings for profiling, e.g. LOTSE_BENCH_APP_ARGS="--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information"
        foreach (var a in (Environment.GetEnvironmentVariable("LOTSE_BENCH_APP_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            psi.ArgumentList.Add(a);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Demo";
        psi.Environment["DOTNET_ENVIRONMENT"] = "Demo";
        var process = Process.Start(psi)!;
        var writer = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, port, logFile);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) throw new InvalidOperationException($"Lotse.Web exited ({process.ExitCode}); see {logFile}.");
            try
            {
                using var response = await http.GetAsync(new Uri(app.BaseAddress, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    log($"Lotse.Web (Release, pid {process.Id}) answers on {app.BaseAddress} after {started.Elapsed.TotalSeconds:F1} s; log {logFile}.");
                    return app;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        await app.DisposeAsync();
        throw new InvalidOperationException($"Lotse.Web did not answer /health within 120 s; see {logFile}.");
    }

    /// <summary>Resident set size (working set) and its peak, from /proc.</summary>
    public (long WorkingSet, long PeakWorkingSet) Memory()
    {
        try
        {
            long rss = 0, hwm = 0;
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:")) rss = ParseKb(line);
                else if (line.StartsWith("VmHWM:")) hwm = ParseKb(line);
            }
            return (rss, hwm);
        }
        catch (IOException)
        {
            return (0, 0);
        }
    }

    /// <summary>CPU time used by the app process so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    private static long ParseKb(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;

    private static DateTime NewestSource(string web) =>
        Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml") || f.EndsWith(".csproj") || f.EndsWith(".json"))
            .Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            }
        }
        catch (Exception) { /* already gone */ }
        _process.Dispose();
    }
}
