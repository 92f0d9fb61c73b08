using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;

namespace Lotse.IntegrationTests.Fixtures;

/// <summary>
/// One throwaway PostgreSQL server for the whole test run: a fresh cluster in a temp folder, listening
/// only on 127.0.0.1 at a free port, fsync off. Started on first use, stopped and deleted when the
/// test process exits. PostgreSQL refuses to run as root, so as root the server runs as "postgres".
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server of this test run (started on first access).</summary>
    public static PostgresServer Instance => Shared.Value;

    private readonly string _root;
    private readonly string _binDir;
    private readonly string? _runAs;

    public int Port { get; }

    private PostgresServer(string root, string binDir, string? runAs, int port)
    {
        _root = root;
        _binDir = binDir;
        _runAs = runAs;
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

    private static PostgresServer Start()
    {
        var binDir = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
            "The PostgreSQL half of the integration tests needs them: install the Debian package 'postgresql' " +
            "(apt-get install -y postgresql) or put a PostgreSQL 15+ bin folder on PATH.");
        var runAs = IsRoot() ? "postgres" : null;

        var root = Path.Combine(Path.GetTempPath(), $"lotse-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32]);
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, "sock"));
        if (runAs is not null) Run("chown", ["-R", $"{runAs}:{runAs}", root], null);

        var initdb = Run(Path.Combine(binDir, "initdb"),
            ["-D", Path.Combine(root, "data"), "-A", "trust", "-U", "postgres", "-N", "-E", "UTF8", "--locale=C"], runAs);
        if (initdb.ExitCode != 0)
            throw new InvalidOperationException($"initdb failed ({initdb.ExitCode}): {initdb.Output}");

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var server = new PostgresServer(root, binDir, runAs, port);
            var options = string.Join(' ',
                $"-p {port}", "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off",
                "-c full_page_writes=off", "-c max_connections=400", $"-c unix_socket_directories={Path.Combine(root, "sock")}");
            var start = Run(Path.Combine(binDir, "pg_ctl"),
                ["-D", server.DataDir, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o", options, "start"], runAs);
            if (start.ExitCode == 0)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
                server.StartWatchdog();
                return server;
            }
            var log = File.Exists(Path.Combine(root, "server.log")) ? File.ReadAllText(Path.Combine(root, "server.log")) : "";
            last = new InvalidOperationException($"pg_ctl start failed ({start.ExitCode}): {start.Output}\n{log}");
        }
        TryDelete(root);
        throw last!;
    }

    /// <summary>
    /// The test host may be killed before ProcessExit handlers finish (or at all): a small shell loop
    /// outlives it, then stops the server and deletes the folder.
    /// </summary>
    private void StartWatchdog()
    {
        var pgCtl = Path.Combine(_binDir, "pg_ctl");
        var stop = _runAs is null
            ? $"'{pgCtl}' -D '{DataDir}' -m immediate -w stop"
            : $"runuser -u {_runAs} -- '{pgCtl}' -D '{DataDir}' -m immediate -w stop";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 0.5; done; {stop}; rm -rf '{_root}'";
        var psi = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var a in new[] { "/bin/sh", "-c", script }) psi.ArgumentList.Add(a);
        try { Process.Start(psi)?.Dispose(); }
        catch { /* without setsid the ProcessExit handler still stops the server */ }
    }

    private void Stop()
    {
        try { Run(Path.Combine(_binDir, "pg_ctl"), ["-D", DataDir, "-m", "immediate", "-w", "stop"], _runAs); }
        catch { /* best effort at process exit */ }
        TryDelete(_root);
    }

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
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out");
        }
        var output = (stdout.Wait(TimeSpan.FromSeconds(5)) ? stdout.Result : "") + (stderr.Wait(TimeSpan.FromSeconds(5)) ? stderr.Result : "");
        return (process.ExitCode, output);
    }
}
