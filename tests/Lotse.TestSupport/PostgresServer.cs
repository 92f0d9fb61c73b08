using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;

namespace Lotse.TestSupport;

/// <summary>How <see cref="PostgresServer.Start(PostgresServerOptions)"/> sets a server up.</summary>
public sealed record PostgresServerOptions
{
    /// <summary>
    /// Where the cluster lives. <c>null</c>: a fresh temp folder, deleted when the server stops. A folder:
    /// kept after the stop and reused (not re-initialised) by the next start, e.g. a generated benchmark dataset.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary><c>false</c> (tests): fsync, synchronous_commit and full_page_writes off, since nothing has to survive a crash.</summary>
    public bool Durable { get; init; }

    /// <summary>Extra server settings (name → value), e.g. shared_buffers.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// A throwaway PostgreSQL server: a cluster in a temp folder (or a kept folder), listening only on
/// 127.0.0.1 at a free port. <see cref="Instance"/> is the one server of a test run (fsync off), started on
/// first use; <see cref="Start(PostgresServerOptions)"/> starts one more (the benchmark). A server is stopped
/// (and a temp folder deleted) when the process exits, or earlier by <see cref="Stop"/>; a watchdog shell
/// does the same if the process is killed. PostgreSQL refuses to run as root, so as root the server runs as
/// "postgres". Shared by tests/Lotse.IntegrationTests and bench/Lotse.Bench.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer> Shared = new(() => Start(new PostgresServerOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server of this test run (started on first access).</summary>
    public static PostgresServer Instance => Shared.Value;

    private readonly string _root;
    private readonly string _binDir;
    private readonly string? _runAs;
    private readonly bool _keep;
    private int _stopped;

    public int Port { get; }

    /// <summary>The folder with the cluster (data/), its socket folder and server.log.</summary>
    public string Folder => _root;

    private PostgresServer(string root, string binDir, string? runAs, int port, bool keep)
    {
        _root = root;
        _binDir = binDir;
        _runAs = runAs;
        _keep = keep;
        Port = port;
    }

    private string DataDir => Path.Combine(_root, "data");

    /// <summary>A connection string to <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database,
            Pooling = pooling, Timeout = 30, CommandTimeout = 60
        }.ConnectionString;

    /// <summary>Runs one statement in the maintenance database (CREATE/DROP DATABASE).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Starts a server as <paramref name="options"/> say; throws with the server log if it cannot.</summary>
    public static PostgresServer Start(PostgresServerOptions options)
    {
        var binDir = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
            "Install the Debian package 'postgresql' (apt-get install -y postgresql) or put a PostgreSQL 15+ bin folder on PATH.");
        var runAs = IsRoot() ? "postgres" : null;

        var keep = options.Folder is not null;
        var root = keep
            ? Path.GetFullPath(options.Folder!)
            : Path.Combine(Path.GetTempPath(), $"lotse-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32]);
        var dataDir = Path.Combine(root, "data");
        var fresh = !File.Exists(Path.Combine(dataDir, "PG_VERSION"));
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, "sock"));
        if (runAs is not null) Run("chown", ["-R", $"{runAs}:{runAs}", root], null);

        if (fresh)
        {
            var initdb = Run(Path.Combine(binDir, "initdb"),
                ["-D", dataDir, "-A", "trust", "-U", "postgres", "-N", "-E", "UTF8", "--locale=C"], runAs);
            if (initdb.ExitCode != 0)
                throw new InvalidOperationException($"initdb failed ({initdb.ExitCode}): {initdb.Output}");
        }

        var settings = new Dictionary<string, string>
        {
            ["listen_addresses"] = "127.0.0.1",
            ["max_connections"] = "400",
            ["unix_socket_directories"] = Path.Combine(root, "sock"),
        };
        if (!options.Durable)
        {
            settings["fsync"] = "off";
            settings["synchronous_commit"] = "off";
            settings["full_page_writes"] = "off";
        }
        foreach (var (name, value) in options.Settings) settings[name] = value;

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var server = new PostgresServer(root, binDir, runAs, port, keep);
            var serverOptions = string.Join(' ', settings.Select(kv => $"-c {kv.Key}={kv.Value}").Prepend($"-p {port}"));
            var start = Run(Path.Combine(binDir, "pg_ctl"),
                ["-D", server.DataDir, "-l", Path.Combine(root, "server.log"), "-w", "-t", "120", "-o", serverOptions, "start"], runAs);
            if (start.ExitCode == 0)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
                server.StartWatchdog();
                return server;
            }
            var log = File.Exists(Path.Combine(root, "server.log")) ? File.ReadAllText(Path.Combine(root, "server.log")) : "";
            last = new InvalidOperationException($"pg_ctl start failed ({start.ExitCode}): {start.Output}\n{log}");
        }
        if (!keep) TryDelete(root);
        throw last!;
    }

    /// <summary>
    /// The test host may be killed before ProcessExit handlers finish (or at all): a small shell loop
    /// outlives it, then stops the server and deletes the folder.
    /// </summary>
    private void StartWatchdog()
    {
        var pgCtl = Path.Combine(_binDir, "pg_ctl");
        var mode = _keep ? "fast -t 300" : "immediate";
        var stop = _runAs is null
            ? $"'{pgCtl}' -D '{DataDir}' -m {mode} -w stop"
            : $"runuser -u {_runAs} -- '{pgCtl}' -D '{DataDir}' -m {mode} -w stop";
        var cleanup = _keep ? "" : $"; rm -rf '{_root}'";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 0.5; done; {stop}{cleanup}";
        var psi = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var a in new[] { "/bin/sh", "-c", script }) psi.ArgumentList.Add(a);
        try { Process.Start(psi)?.Dispose(); }
        catch { /* without setsid the ProcessExit handler still stops the server */ }
    }

    /// <summary>
    /// Stops the server (idempotent). A kept folder is shut down cleanly ("fast": checkpoint, so the next start
    /// needs no recovery); a temp folder immediately, then deleted.
    /// </summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        try { Run(Path.Combine(_binDir, "pg_ctl"), ["-D", DataDir, "-m", _keep ? "fast" : "immediate", "-w", "-t", "300", "stop"], _runAs); }
        catch { /* best effort at process exit */ }
        if (!_keep) TryDelete(_root);
    }

    public void Dispose() => Stop();

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); } catch { /* best effort */ }
    }

    private static string? FindBinaries()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return dir;
        if (Directory.Exists("/usr/lib/postgresql"))
            return Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault();
        return null;
    }

    private static bool IsRoot() => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? geteuid() == 0 : false;

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> args, string? runAs)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath()
        };
        if (runAs is null)
        {
            psi.FileName = file;
        }
        else
        {
            psi.FileName = "runuser";
            foreach (var a in new[] { "-u", runAs, "--", file }) psi.ArgumentList.Add(a);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        // pg_ctl start leaves the server running with inherited handles; read to end only what pg_ctl itself writes.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(330)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out");
        }
        var output = (stdout.Wait(TimeSpan.FromSeconds(5)) ? stdout.Result : "") + (stderr.Wait(TimeSpan.FromSeconds(5)) ? stderr.Result : "");
        return (process.ExitCode, output);
    }
}
