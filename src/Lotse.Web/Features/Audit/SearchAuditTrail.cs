using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Audit;

/// <summary>
/// Searches the audit trail, newest first, a page at a time (keyset pagination on the entry number).
/// The trail names staff, so the search is itself a read of personal data: it is recorded through
/// <see cref="AuditLog"/> as one Read entry ("AuditTrail"/"search") in the same transaction. Shared by page and API.
/// </summary>
public sealed class SearchAuditTrail(AuditQuery query, AuditLog audit)
{
    public const string SearchEntityId = "search";

    public async Task<Result<AuditSearchResult>> SearchAsync(AuditSearchRequest request, CancellationToken ct)
    {
        if (Validation.Validate(request) is { } invalid) return invalid;
        var pageSize = request.PageSize ?? AuditSearchRequest.DefaultPageSize;
        // The purpose of the Read entry is the filter in words, which needs the resolved account id; ReadAsync takes
        // the purpose up front, so the lookup (name -> id, nothing is shown) runs first.
        var resolved = await query.ResolveAsync(request, ct);
        var purpose = AuditQuery.Purpose("Suche im Zugriffsprotokoll", resolved);

        return await audit.ReadAsync(AuditQuery.AuditTrailEntityType,
            c => PageAsync(resolved, request.AfterId, request.BeforeId, pageSize, c),
            _ => [SearchEntityId], ct, purpose);
    }

    private async Task<AuditSearchResult> PageAsync(ResolvedAuditFilter filter, long? afterId, long? beforeId, int pageSize, CancellationToken ct)
    {
        var entries = query.Entries(filter);
        List<AuditEntry> rows;
        bool hasOlder, hasNewer;
        if (beforeId is { } before)
        {
            rows = await entries.Where(e => e.Id > before).OrderBy(e => e.Id).Take(pageSize + 1).ToListAsync(ct);
            hasNewer = rows.Count > pageSize;
            rows = rows.Take(pageSize).Reverse().ToList();
            var oldestShown = rows.Count > 0 ? rows[^1].Id : (long?)null;
            hasOlder = oldestShown is not null && await entries.AnyAsync(e => e.Id < oldestShown, ct);
        }
        else
        {
            var page = afterId is { } after ? entries.Where(e => e.Id < after) : entries;
            rows = await page.OrderByDescending(e => e.Id).Take(pageSize + 1).ToListAsync(ct);
            hasOlder = rows.Count > pageSize;
            rows = rows.Take(pageSize).ToList();
            var newestShown = rows.Count > 0 ? rows[0].Id : (long?)null;
            hasNewer = afterId is not null && newestShown is not null && await entries.AnyAsync(e => e.Id > newestShown, ct);
        }

        var organisations = await query.OrganisationNamesAsync(rows.Select(r => r.OrganisationId), ct);
        return new AuditSearchResult(
            rows.Select(r => AuditEntryDto.From(r, organisations)).ToList(),
            hasOlder ? rows[^1].Id : null,
            hasNewer ? rows[0].Id : null);
    }
}
