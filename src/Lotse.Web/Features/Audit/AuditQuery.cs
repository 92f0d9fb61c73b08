using Lotse.Web.Data;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Audit;

/// <summary>
/// A filter ready for the database: the period in UTC (German calendar days), the user name resolved to the account
/// id. The period, user and record conditions each match one of the trail's indexes (OccurredAt; UserId;
/// EntityType+EntityId); see <see cref="AuditOrder"/> for how pages are read along them.
/// </summary>
public sealed record ResolvedAuditFilter(
    DateOnly? FromDay,
    DateOnly? ToDay,
    DateTimeOffset? FromUtc,
    DateTimeOffset? ToUtcExclusive,
    bool UserGiven,
    Guid? UserId,
    string? UserNameWithoutAccount,
    string? EntityType,
    string? EntityId,
    AuditOperation? Operation,
    AuditChannel? Channel);

/// <summary>
/// The order of the keyset: both are newest first and both page by entry number (the cursor is always an Id).
/// <see cref="ByTime"/> follows the OccurredAt index, so a period filter is read in index order without sorting the
/// whole period for every page or export batch; <see cref="ById"/> follows the primary key, or the UserId and
/// EntityType+EntityId indexes (which end in the row id), when a user or a record is given.
/// </summary>
public enum AuditOrder { ById, ByTime }

/// <summary>Where a page starts: an entry's number and, for <see cref="AuditOrder.ByTime"/>, its time.</summary>
public readonly record struct AuditPosition(long Id, DateTimeOffset OccurredAt)
{
    public static AuditPosition Of(AuditEntry e) => new(e.Id, e.OccurredAt);
}

public sealed class AuditQuery(LotseDbContext db, ILookupNormalizer normalizer)
{
    /// <summary>The entity type of the DPO's own entries: searching and exporting the trail reads staff data.</summary>
    public const string AuditTrailEntityType = "AuditTrail";

    /// <summary>
    /// Turns the filter into database conditions. A user name is looked up in the user table (unique index on the
    /// normalised name) and filtered by account id, which also finds entries written before a rename; a name without an
    /// account (e.g. a deleted one) falls back to the name recorded in the entry.
    /// </summary>
    public async Task<ResolvedAuditFilter> ResolveAsync(AuditFilter filter, CancellationToken ct)
    {
        var userName = Clean(filter.UserName);
        Guid? userId = null;
        if (userName is not null)
        {
            var normalized = normalizer.NormalizeName(userName);
            userId = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized)
                .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        }
        return new ResolvedAuditFilter(
            filter.From, filter.To,
            filter.From is { } from ? AuditDisplay.StartOfGermanDay(from) : null,
            filter.To is { } to ? AuditDisplay.StartOfGermanDay(to.AddDays(1)) : null,
            userName is not null, userId, userId is null ? userName : null,
            Clean(filter.EntityType), Clean(filter.EntityId), filter.Operation, filter.Channel);
    }

    public IQueryable<AuditEntry> Entries(ResolvedAuditFilter f)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (f.FromUtc is { } from) q = q.Where(e => e.OccurredAt >= from);
        if (f.ToUtcExclusive is { } to) q = q.Where(e => e.OccurredAt < to);
        if (f.UserId is { } userId) q = q.Where(e => e.UserId == userId);
        else if (f.UserNameWithoutAccount is { } name) q = q.Where(e => e.UserName == name);
        if (f.EntityId is { } id)
        {
            // The record's own entries, and the list reads that showed it (one entry per list, its records in
            // AuditSubjects once sealed, in SubjectIds until then; docs/adr/0003-audit-chain.md).
            var type = f.EntityType;
            var lists = db.AuditSubjects.Where(s => s.EntityId == id && (type == null || s.EntityType == type)).Select(s => s.AuditEntryId);
            var listed = type is null ? $":{id} " : $" {type}:{id} ";
            q = type is null
                ? q.Where(e => e.EntityId == id || lists.Contains(e.Id)
                    || (e.Sequence == null && e.SubjectIds != null && (" " + e.SubjectIds + " ").Contains(listed)))
                : q.Where(e => (e.EntityType == type && e.EntityId == id) || lists.Contains(e.Id)
                    || (e.Sequence == null && e.SubjectIds != null && (" " + e.SubjectIds + " ").Contains(listed)));
        }
        else if (f.EntityType is { } type) q = q.Where(e => e.EntityType == type);
        if (f.Operation is { } operation) q = q.Where(e => e.Operation == operation);
        if (f.Channel is { } channel) q = q.Where(e => e.Channel == channel);
        return q;
    }

    public static AuditOrder OrderFor(ResolvedAuditFilter f) =>
        f.UserId is null && f.EntityId is null && (f.FromUtc is not null || f.ToUtcExclusive is not null)
            ? AuditOrder.ByTime
            : AuditOrder.ById;

    /// <summary>The position of a cursor entry; <c>null</c> if there is no such entry.</summary>
    public async Task<AuditPosition?> PositionAsync(long id, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.Id == id)
            .Select(e => (AuditPosition?)new AuditPosition(e.Id, e.OccurredAt)).FirstOrDefaultAsync(ct);

    /// <summary>The matching entries that come after <paramref name="position"/> in the list (older ones), newest first.</summary>
    public IQueryable<AuditEntry> OlderThan(ResolvedAuditFilter f, AuditOrder order, AuditPosition? position)
    {
        if (order == AuditOrder.ById)
        {
            var q = Entries(f);
            if (position is { Id: var id }) q = q.Where(e => e.Id < id);
            return q.OrderByDescending(e => e.Id);
        }
        IQueryable<AuditEntry> byTime;
        if (position is { } p && (f.ToUtcExclusive is not { } to || p.OccurredAt < to))
        {
            var (id, t) = (p.Id, p.OccurredAt);
            // The cursor's time replaces the end of the period as the index range's upper bound (a database uses one
            // bound per side: with both, SQLite would scan from the end of the period on every page). The second
            // term only breaks ties at the same instant.
            byTime = Entries(f with { ToUtcExclusive = null }).Where(e => e.OccurredAt <= t && (e.OccurredAt < t || e.Id < id));
        }
        else byTime = Entries(f); // no cursor, or one after the period: everything in the period is older
        return byTime.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
    }

    /// <summary>The matching entries that come before <paramref name="position"/> in the list (newer ones), oldest first.</summary>
    public IQueryable<AuditEntry> NewerThan(ResolvedAuditFilter f, AuditOrder order, AuditPosition position)
    {
        var (id, t) = (position.Id, position.OccurredAt);
        if (order == AuditOrder.ById)
            return Entries(f).Where(e => e.Id > id).OrderBy(e => e.Id);
        var byTime = f.FromUtc is { } from && t < from
            ? Entries(f) // a cursor before the period: everything in the period is newer
            : Entries(f with { FromUtc = null }).Where(e => e.OccurredAt >= t && (e.OccurredAt > t || e.Id > id));
        return byTime.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id);
    }

    public async Task<Dictionary<Guid, string>> OrganisationNamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0) return [];
        return await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    public async Task<Dictionary<Guid, string>> AllOrganisationNamesAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    /// <summary>
    /// The filter in words for the purpose of the DPO's own audit entry. It never contains a person's name: a user
    /// filter is recorded as the account id (or only as "given" when there is no account).
    /// </summary>
    public static string Describe(ResolvedAuditFilter f)
    {
        var parts = new List<string>();
        var period = (f.FromDay, f.ToDay) switch
        {
            ({ } a, { } b) => $"Zeitraum {AuditDisplay.Date(a)} bis {AuditDisplay.Date(b)}",
            ({ } a, null) => $"Zeitraum ab {AuditDisplay.Date(a)}",
            (null, { } b) => $"Zeitraum bis {AuditDisplay.Date(b)}",
            _ => null
        };
        if (period is not null) parts.Add(period);
        if (f.UserId is { } userId) parts.Add($"Benutzerkonto {userId}");
        else if (f.UserGiven) parts.Add("Benutzername ohne vorhandenes Konto");
        if (f.EntityType is { } type) parts.Add($"Datensatzart {type}");
        if (f.EntityId is { } id) parts.Add($"Datensatzkennung {id}");
        if (f.Operation is { } operation) parts.Add($"Vorgang {AuditDisplay.Of(operation)}");
        if (f.Channel is { } channel) parts.Add($"Zugriffsweg {AuditDisplay.Of(channel)}");
        return parts.Count == 0 ? "ohne Filter" : string.Join("; ", parts);
    }

    /// <summary>Audit purposes hold at most 500 characters.</summary>
    public static string Purpose(string prefix, ResolvedAuditFilter f)
    {
        var text = $"{prefix} – Filter: {Describe(f)}";
        return text.Length <= 500 ? text : text[..499] + "…";
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
