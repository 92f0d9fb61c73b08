using Lotse.Rules;
using Lotse.Web.Data;
using Lotse.Web.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Rules;

/// <summary>
/// Rebuilds the materialised findings (<see cref="ClientFinding"/>) of a batch of clients. Idempotent: the rows of
/// a client are replaced as a whole, so running it twice (or on two instances) gives the same rows.
/// </summary>
public sealed class ClientFindingsStore(LotseDbContext db, RuleCatalog catalog)
{
    /// <summary>How far ahead a perspective that will become reachable is shown on the start page.</summary>
    public const int ReachableHorizonDays = 90;

    /// <summary>Only what a case manager should notice: reachable (or possibly reachable) perspectives, due deadlines, warnings.</summary>
    public static bool IsNotable(Finding f, DateOnly asOf) => f.Status switch
    {
        FindingStatus.Fulfilled => f.Kind is RuleKind.StatusPerspective or RuleKind.Deadline
                                   || (f.Kind == RuleKind.Programme && f.Severity == RuleSeverity.Warning),
        FindingStatus.NotFulfilled => f.Kind == RuleKind.StatusPerspective && f.ReachableOn is { } r && r <= asOf.AddDays(ReachableHorizonDays),
        // Nothing known speaks against the perspective, only data is missing: worth a check.
        _ => f.Kind == RuleKind.StatusPerspective
    };

    public async Task<int> RefreshAsync(IReadOnlyCollection<Guid> clientIds, DateOnly asOf, CancellationToken ct)
    {
        if (clientIds.Count == 0) return 0;
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToListAsync(ct);
        var statuses = (await db.ResidenceStatuses.AsNoTracking().Where(s => clientIds.Contains(s.ClientId)).ToListAsync(ct))
            .ToLookup(s => s.ClientId);
        var facts = await RuleFindings.CaseFactsAsync(db, clientIds, ct);
        var ruleFacts = await db.ClientRuleFacts.AsNoTracking().Where(f => clientIds.Contains(f.ClientId)).ToDictionaryAsync(f => f.ClientId, ct);

        var rows = new List<ClientFinding>();
        foreach (var client in clients)
        {
            var situation = SituationMapper.From(client, statuses[client.Id].ToList(), facts.GetValueOrDefault(client.Id, RuleFindings.NoCase), asOf, ruleFacts.GetValueOrDefault(client.Id));
            foreach (var f in catalog.Engine.Evaluate(situation, asOf, explain: false))
            {
                if (!IsNotable(f, asOf)) continue;
                rows.Add(new ClientFinding
                {
                    ClientId = client.Id, RuleId = f.RuleId, Title = f.Title.Length > 300 ? f.Title[..300] : f.Title,
                    Kind = f.Kind, Severity = f.Severity, Status = f.Status,
                    On = f.Status == FindingStatus.Fulfilled ? ExpiryOf(f, situation) : f.ReachableOn,
                    EvaluatedOn = asOf
                });
            }
        }

        // Another instance may replace the same clients' rows at the same moment; the unique index (client, rule)
        // then refuses one of the two inserts, and that one simply tries again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ReplaceAsync(clientIds.ToList(), rows, ct);
                return rows.Count;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                foreach (var r in rows) r.Id = Guid.NewGuid();
            }
        }
    }

    private async Task ReplaceAsync(List<Guid> ids, List<ClientFinding> rows, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.ClientFindings.Where(f => ids.Contains(f.ClientId)).ExecuteDeleteAsync(ct);
        db.ClientFindings.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>For the document reminder the day the document expires; otherwise the end of validity, if any.</summary>
    private static DateOnly? ExpiryOf(Finding f, Situation s) =>
        f.RuleId == "deadline.residence-document" ? s.Residence?.ValidUntil : f.ValidUntil;
}
