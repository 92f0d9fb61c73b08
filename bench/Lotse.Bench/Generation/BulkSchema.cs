using Npgsql;

namespace Lotse.Bench.Generation;

/// <summary>
/// Bulk loading: the constraints and indexes of the loaded tables are read from the catalogue (as the
/// migrations created them), dropped before COPY and recreated afterwards from the same definitions, so the
/// schema ends exactly as migrated while the load does not maintain ~20 indexes row by row.
/// </summary>
public sealed class BulkSchema
{
    public static readonly string[] Tables =
    [
        "Clients", "ResidenceStatuses", "Cases", "CaseAssessments", "CaseGoals", "CasePlanSteps",
        "CaseEvents", "CaseNotes", "CaseAppointments"
    ];

    private readonly List<(string Table, string Name, string Definition)> _primaryKeys = [];
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];
    private readonly List<(string Name, string Definition)> _indexes = [];

    public static async Task<BulkSchema> CaptureAsync(NpgsqlConnection c)
    {
        var schema = new BulkSchema();
        var tables = string.Join(',', Tables.Select(t => $"'public.\"{t}\"'::regclass"));
        await using (var cmd = new NpgsqlCommand($"""
            SELECT conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE contype IN ('p','f') AND (conrelid IN ({tables}) OR confrelid IN ({tables}))
            ORDER BY contype DESC, conname
            """, c))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var entry = (r.GetString(0), r.GetString(1), r.GetString(3));
                if (r.GetString(2) == "p") schema._primaryKeys.Add(entry); else schema._foreignKeys.Add(entry);
            }
        }
        await using (var cmd = new NpgsqlCommand($"""
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid IN ({tables})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'p')
            ORDER BY 1
            """, c))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync()) schema._indexes.Add((r.GetString(0), r.GetString(1)));
        }
        return schema;
    }

    public int IndexCount => _indexes.Count + _primaryKeys.Count;

    public async Task DropAsync(NpgsqlConnection c)
    {
        foreach (var (table, name, _) in _foreignKeys) await Exec(c, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
        foreach (var (name, _) in _indexes) await Exec(c, $"DROP INDEX {name}");
        foreach (var (table, name, _) in _primaryKeys) await Exec(c, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
    }

    /// <summary>Primary keys and indexes (two at a time, one per core), then the foreign keys (validated).</summary>
    public async Task RecreateAsync(Func<Task<NpgsqlConnection>> open, Action<string> progress)
    {
        var work = new Queue<(string Label, string Sql)>(
            _primaryKeys.Select(p => (p.Name, $"ALTER TABLE {p.Table} ADD CONSTRAINT \"{p.Name}\" {p.Definition}"))
                .Concat(_indexes.Select(i => (i.Name, i.Definition))));
        var gate = new object();
        async Task Worker()
        {
            await using var c = await open();
            await Exec(c, "SET maintenance_work_mem = '768MB'; SET max_parallel_maintenance_workers = 0");
            while (true)
            {
                (string Label, string Sql) item;
                lock (gate)
                {
                    if (work.Count == 0) return;
                    item = work.Dequeue();
                }
                var started = System.Diagnostics.Stopwatch.StartNew();
                await Exec(c, item.Sql);
                progress($"  {item.Label}: {started.Elapsed.TotalSeconds:F1} s");
            }
        }
        await Task.WhenAll(Worker(), Worker());
        await using var fk = await open();
        await Exec(fk, "SET maintenance_work_mem = '768MB'");
        foreach (var (table, name, definition) in _foreignKeys)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await Exec(fk, $"ALTER TABLE {table} ADD CONSTRAINT \"{name}\" {definition}");
            progress($"  {name}: {started.Elapsed.TotalSeconds:F1} s");
        }
    }

    private static async Task Exec(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }
}
