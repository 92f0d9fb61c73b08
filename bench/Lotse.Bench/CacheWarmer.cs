using Npgsql;

namespace Lotse.Bench;

/// <summary>Reads a database's files once (sequentially) so they sit in the OS page cache.</summary>
public static class CacheWarmer
{
    public static async Task<long> ReadDatabaseFilesAsync(string clusterFolder, string connectionString)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        var oid = Convert.ToUInt32(await new NpgsqlCommand("SELECT oid FROM pg_database WHERE datname = current_database()", c).ExecuteScalarAsync());
        var folder = Path.Combine(clusterFolder, "data", "base", oid.ToString());
        var buffer = new byte[1 << 20];
        long total = 0;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            try
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
                int read;
                while ((read = await stream.ReadAsync(buffer)) > 0) total += read;
            }
            catch (IOException) { /* a file dropped meanwhile */ }
        }
        return total;
    }
}
