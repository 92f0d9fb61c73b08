using Lotse.Rules;
using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Rules;

public sealed record EvaluateRequest
{
    /// <summary>The situation to check; every field may be left out (then the rules answer "prüfen").</summary>
    public Situation? Situation { get; init; }
    /// <summary>Reference day (the law that applied then); default today.</summary>
    public DateOnly? AsOf { get; init; }
}

public sealed record FindingsResponse(DateOnly AsOf, string Disclaimer, Situation Situation, IReadOnlyList<Finding> Findings)
{
    public Guid? ClientId { get; init; }
}

/// <summary>Evaluating the rule sets: for a given situation (no stored client) or for a stored client (authorised, audited).</summary>
public sealed class RuleFindings(LotseDbContext db, ClientAccess access, AuditLog audit, RuleCatalog catalog, TimeProvider clock)
{
    public const string Disclaimer =
        "Hinweise für Fachkräfte, keine rechtliche Entscheidung: Die Regeln prüfen nur die erfassten Eckdaten. " +
        "Entscheidungen treffen die zuständigen Behörden; jeder Hinweis nennt seine Rechtsquelle.";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Result<FindingsResponse> Evaluate(EvaluateRequest? request)
    {
        if (request?.Situation is not { } situation)
            return Error.Invalid("situation", "Bitte geben Sie eine Situation an (Felder dürfen fehlen, das Objekt nicht).");
        var asOf = request.AsOf ?? Today;
        if (asOf.Year is < 1990 or > 2100) return Error.Invalid("asOf", "Das Stichtagsdatum muss zwischen 1990 und 2100 liegen.");
        return new FindingsResponse(asOf, Disclaimer, situation, catalog.Engine.Evaluate(situation, asOf));
    }

    /// <summary>A stored client's findings; null when the caller may not read the client (→ 404). The read is audited.</summary>
    public async Task<FindingsResponse?> ForClientAsync(Guid clientId, DateOnly? asOf, CancellationToken ct, string purpose = "Zuständigkeiten & Perspektiven")
    {
        var day = asOf ?? Today;
        return await audit.ReadAsync("Client", async token =>
            {
                var client = await access.ReadableClients().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clientId, token);
                if (client is null) return null;
                var situation = await SituationAsync(db, client, day, token);
                return new FindingsResponse(day, Disclaimer, situation, catalog.Engine.Evaluate(situation, day)) { ClientId = clientId };
            },
            r => r is null ? [] : [clientId.ToString()], ct, purpose);
    }

    /// <summary>The findings for the client of a case the caller may read (the case page's panel).</summary>
    public async Task<FindingsResponse?> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var clientId = await access.ReadableCases().Where(c => c.Id == caseId).Select(c => (Guid?)c.ClientId).FirstOrDefaultAsync(ct);
        return clientId is { } id ? await ForClientAsync(id, null, ct, "Fallakte (Zuständigkeiten & Perspektiven)") : null;
    }

    public static async Task<Situation> SituationAsync(LotseDbContext db, Client client, DateOnly asOf, CancellationToken ct)
    {
        var statuses = await db.ResidenceStatuses.AsNoTracking().Where(s => s.ClientId == client.Id).ToListAsync(ct);
        var facts = await CaseFactsAsync(db, [client.Id], ct);
        var ruleFacts = await db.ClientRuleFacts.AsNoTracking().FirstOrDefaultAsync(f => f.ClientId == client.Id, ct);
        return SituationMapper.From(client, statuses, facts.GetValueOrDefault(client.Id, NoCase), asOf, ruleFacts);
    }

    public static readonly CaseFacts NoCase = new(false, null);

    /// <summary>Per client: is there an active case, and when was its latest assessment.</summary>
    public static async Task<Dictionary<Guid, CaseFacts>> CaseFactsAsync(LotseDbContext db, IReadOnlyCollection<Guid> clientIds, CancellationToken ct)
    {
        var rows = await db.Cases.AsNoTracking()
            .Where(c => clientIds.Contains(c.ClientId) && c.Phase != CasePhase.Closed)
            .Select(c => new { c.ClientId, Last = c.Assessments.Max(a => (DateOnly?)a.AssessedOn) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ClientId).ToDictionary(g => g.Key, g => new CaseFacts(true, g.Max(r => r.Last)));
    }
}
