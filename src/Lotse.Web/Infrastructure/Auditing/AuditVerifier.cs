using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Infrastructure.Auditing;

public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? FirstBrokenEntryId, long? FirstBrokenSequence,
    string Message, string HeadHash, int PendingEntries);

/// <summary>Walks the chain in sequence order and names the first entry that was altered or removed.</summary>
public sealed class AuditVerifier(LotseDbContext db)
{
    private const int PageSize = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == 1, ct) ?? new AuditChainHead();
        var pending = await db.AuditEntries.CountAsync(e => e.Sequence == null, ct);
        long expected = 1;
        var previous = AuditHash.Genesis;
        long checkedCount = 0;

        while (true)
        {
            var from = expected;
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence >= from)
                .OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0) break;
            foreach (var e in page)
            {
                if (e.Sequence != expected)
                    return Broken(e.Id, expected, $"Der Protokolleintrag mit Sequenznummer {expected} fehlt (gelöscht); der nächste vorhandene Eintrag ist Nr. {e.Id} (Sequenz {e.Sequence}).");
                if (e.PreviousHash != previous || e.Hash != AuditHash.Compute(e, expected, previous))
                    return Broken(e.Id, expected, $"Der Protokolleintrag Nr. {e.Id} (Sequenz {expected}) wurde nachträglich verändert.");
                previous = e.Hash!;
                expected++;
                checkedCount++;
            }
        }

        if (head.LastSequence != expected - 1 || head.LastHash != previous)
            return Broken(null, expected, head.LastSequence > expected - 1
                ? $"Die Protokolleinträge ab Sequenznummer {expected} bis {head.LastSequence} fehlen (Ende der Kette entfernt)."
                : "Der Kettenkopf stimmt nicht mit dem letzten Eintrag überein.");

        return new AuditVerification(true, checkedCount, null, null,
            $"Die Protokollkette ist unversehrt: {checkedCount} Einträge geprüft.", head.LastHash, pending);

        AuditVerification Broken(long? id, long sequence, string message) =>
            new(false, checkedCount, id, sequence, message, head.LastHash, pending);
    }
}
