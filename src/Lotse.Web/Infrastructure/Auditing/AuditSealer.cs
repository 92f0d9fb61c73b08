using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Infrastructure.Auditing;

/// <summary>
/// Links committed, unsealed audit entries into the hash chain, in batches and in order.
/// Only the sealer takes the chain lock, so writers of audit entries never wait for each other
/// (docs/adr/0003-audit-chain.md).
/// </summary>
public sealed class AuditSealer(LotseDbContext db, TimeProvider clock)
{
    public static readonly HashSet<string> SealFields =
        [nameof(AuditEntry.Sequence), nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash), nameof(AuditEntry.SealedAt)];

    private const int BatchSize = 1000;
    private const long ChainLockKey = 5_737_300_001;

    /// <summary>Seals everything pending; returns the number of entries sealed.</summary>
    public async Task<int> SealPendingAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var sealedNow = await SealBatchAsync(ct);
            total += sealedNow;
            if (sealedNow < BatchSize) return total;
        }
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        // SQLite: BEGIN IMMEDIATE takes the single writer lock. PostgreSQL: an advisory lock held to commit.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);

        var head = await db.AuditChainHeads.SingleOrDefaultAsync(h => h.Id == 1, ct);
        if (head is null)
        {
            head = new AuditChainHead();
            db.AuditChainHeads.Add(head);
        }

        var npgsql = db.Database.IsNpgsql();
        var pending = db.AuditEntries.Where(e => e.Sequence == null).OrderBy(e => e.Id).Take(BatchSize);
        var batch = await (npgsql ? pending.AsNoTracking() : pending).ToListAsync(ct);
        var sealedAt = AuditHash.Now(clock);
        foreach (var entry in batch)
        {
            var sequence = head.LastSequence + 1;
            entry.Sequence = sequence;
            entry.PreviousHash = head.LastHash;
            entry.Hash = AuditHash.Compute(entry, sequence, head.LastHash);
            entry.SealedAt = sealedAt;
            head.LastSequence = sequence;
            head.LastHash = entry.Hash;
        }
        // PostgreSQL: the seal fields of the whole batch in one UPDATE … FROM unnest(…) instead of one UPDATE
        // per entry (the sealer keeps up with list reads that audit a hundred entries per request).
        if (npgsql && batch.Count > 0)
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE "AuditEntries" AS e SET "Sequence" = u.seq, "PreviousHash" = u.prev, "Hash" = u.hash, "SealedAt" = @sealedAt
                FROM unnest(@ids, @seqs, @prevs, @hashes) AS u(id, seq, prev, hash)
                WHERE e."Id" = u.id AND e."Sequence" IS NULL
                """,
                [
                    new Npgsql.NpgsqlParameter("sealedAt", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = sealedAt },
                    new Npgsql.NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint) { Value = batch.Select(e => e.Id).ToArray() },
                    new Npgsql.NpgsqlParameter("seqs", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint) { Value = batch.Select(e => e.Sequence!.Value).ToArray() },
                    new Npgsql.NpgsqlParameter("prevs", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Varchar) { Value = batch.Select(e => e.PreviousHash!).ToArray() },
                    new Npgsql.NpgsqlParameter("hashes", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Varchar) { Value = batch.Select(e => e.Hash!).ToArray() },
                ], ct);
        await db.SaveChangesAsync(ct);
        await IndexSubjectsAsync(batch, npgsql, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return batch.Count;
    }

    /// <summary>
    /// The DPO's search index of list reads (one <see cref="AuditSubject"/> per record shown), written here in bulk
    /// rather than by each request: a start page names about 200 records, and inserting 200 index rows inside every
    /// request cost more than the request's own query. Same transaction as the seal, so an entry is sealed exactly when
    /// its subjects are indexed.
    /// </summary>
    private async Task IndexSubjectsAsync(IReadOnlyList<AuditEntry> batch, bool npgsql, CancellationToken ct)
    {
        var lists = batch.Where(e => e.SubjectIds is not null).ToList();
        if (lists.Count == 0) return;
        if (npgsql)
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "AuditSubjects" ("EntityType", "EntityId", "AuditEntryId")
                SELECT DISTINCT split_part(s, ':', 1), substr(s, strpos(s, ':') + 1), e."Id"
                FROM "AuditEntries" e CROSS JOIN LATERAL unnest(string_to_array(e."SubjectIds", ' ')) AS s
                WHERE e."Id" = ANY (@ids) AND s <> ''
                ON CONFLICT DO NOTHING
                """,
                [new Npgsql.NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint) { Value = lists.Select(e => e.Id).ToArray() }], ct);
            return;
        }
        // Multi-row INSERTs (SQLite allows 32,766 parameters; 300 rows × 3 per statement), not one command per row.
        foreach (var chunk in lists.SelectMany(e => e.Subjects().Distinct().Select(x => (x.EntityType, x.EntityId, e.Id))).Chunk(300))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{3 * i}}}, {{{3 * i + 1}}}, {{{3 * i + 2}}})"));
            var args = chunk.SelectMany(x => new object[] { x.EntityType, x.EntityId, x.Id }).ToArray();
            // Only placeholders ({0}, {1}, ...) are put into the text; every value is a parameter.
            var sql = "INSERT OR IGNORE INTO \"AuditSubjects\" (\"EntityType\", \"EntityId\", \"AuditEntryId\") VALUES " + values;
            await db.Database.ExecuteSqlRawAsync(sql, args, ct);
        }
    }
}

/// <summary>Seals the audit chain shortly after entries are committed.</summary>
public sealed class AuditSealingService(IServiceScopeFactory scopes, IConfiguration config, ILogger<AuditSealingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(config.GetValue("Audit:SealIntervalSeconds", 2.0));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception ex)
            {
                // Entries stay unsealed and are picked up next time; nothing is lost.
                log.LogWarning(ex, "Sealing the audit chain failed; will retry");
            }
        }
    }
}
