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
        var order = AuditQuery.OrderFor(resolved);

        AuditPosition? cursor = null;
        if ((request.AfterId ?? request.BeforeId) is { } cursorId)
        {
            cursor = order == AuditOrder.ById ? new AuditPosition(cursorId, default) : await query.PositionAsync(cursorId, ct);
            if (cursor is null)
                return Error.Invalid(request.AfterId is not null ? "afterId" : "beforeId", "Einen Protokolleintrag mit dieser Nummer gibt es nicht.");
        }

        return await audit.ReadAsync(AuditQuery.AuditTrailEntityType,
            c => PageAsync(resolved, order, cursor, request.BeforeId is not null, pageSize, c),
            _ => [SearchEntityId], ct, purpose);
    }

    private async Task<AuditSearchResult> PageAsync(ResolvedAuditFilter filter, AuditOrder order, AuditPosition? cursor,
        bool newer, int pageSize, CancellationToken ct)
    {
        List<AuditEntry> rows;
        bool hasOlder, hasNewer;
        if (newer)
        {
            rows = await query.NewerThan(filter, order, cursor!.Value).Take(pageSize + 1).ToListAsync(ct);
            hasNewer = rows.Count > pageSize;
            rows = rows.Take(pageSize).Reverse().ToList();
            hasOlder = rows.Count > 0 && await query.OlderThan(filter, order, AuditPosition.Of(rows[^1])).AnyAsync(ct);
        }
        else
        {
            rows = await query.OlderThan(filter, order, cursor).Take(pageSize + 1).ToListAsync(ct);
            hasOlder = rows.Count > pageSize;
            rows = rows.Take(pageSize).ToList();
            hasNewer = cursor is not null && rows.Count > 0 && await query.NewerThan(filter, order, AuditPosition.Of(rows[0])).AnyAsync(ct);
        }

        var organisations = await query.OrganisationNamesAsync(rows.Select(r => r.OrganisationId), ct);
        return new AuditSearchResult(
            rows.Select(r => AuditEntryDto.From(r, organisations)).ToList(),
            hasOlder ? rows[^1].Id : null,
            hasNewer ? rows[0].Id : null);
    }
}
