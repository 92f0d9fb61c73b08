using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

/// <summary>
/// Reads user accounts for the administration. Accounts are personal data: every read goes through
/// <see cref="AuditLog.ReadAsync"/> (a page of accounts is one list entry naming each account shown).
/// </summary>
public sealed class ReadUsers(LotseDbContext db, AuditLog audit, SessionService sessions, TimeProvider clock)
{
    public async Task<Result<UserPage>> ListAsync(UserQuery query, CancellationToken ct)
    {
        if (Validation.Validate(query) is { } invalid) return invalid;
        return await audit.ReadAsync(nameof(LotseUser), async c =>
        {
            var users = Filter(query);
            var total = await users.CountAsync(c);
            // Keyset paging along (DisplayName, UserName) — the user name is unique, so the order is total. The cursor
            // is an account id (no name in a URL); its position is looked up by primary key.
            var anchorId = query.After ?? query.Before;
            var anchor = anchorId is { } id
                ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayName, u.UserName }).FirstOrDefaultAsync(c)
                : null;
            var backwards = anchor is not null && query.Before is not null;
            if (anchor is not null)
            {
                var (name, user) = (anchor.DisplayName, anchor.UserName);
                users = backwards
                    ? users.Where(u => string.Compare(u.DisplayName, name) < 0 || (u.DisplayName == name && string.Compare(u.UserName, user) < 0))
                    : users.Where(u => string.Compare(u.DisplayName, name) > 0 || (u.DisplayName == name && string.Compare(u.UserName, user) > 0));
            }
            var ordered = backwards
                ? users.OrderByDescending(u => u.DisplayName).ThenByDescending(u => u.UserName)
                : users.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName);
            var rows = await ProjectAsync(ordered.Take(query.PageSize + 1), c);
            var more = rows.Count > query.PageSize;
            rows = rows.Take(query.PageSize).ToList();
            if (backwards) rows.Reverse();
            var pageNo = anchor is null ? 1 : backwards ? (more ? Math.Max(1, query.Page - 1) : 1) : query.Page + 1;
            var next = rows.Count > 0 && (backwards || more) ? rows[^1].Id : (Guid?)null;
            var previous = rows.Count > 0 && anchor is not null && (!backwards || more) ? rows[0].Id : (Guid?)null;
            return new UserPage(rows, total, pageNo, query.PageSize) { NextCursor = next, PreviousCursor = previous };
        }, page => page.Items.Select(u => u.Id.ToString()), ct);
    }

    public async Task<Result<UserDetailDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var detail = await audit.ReadAsync(nameof(LotseUser), async c =>
        {
            var user = (await ProjectAsync(db.Users.AsNoTracking().Where(u => u.Id == id), c)).SingleOrDefault();
            return user is null ? null : UserDetailDto.From(user, await sessions.CountActiveAsync(id, c));
        }, d => d is null ? [] : [d.Id.ToString()], ct);
        return detail is null ? Error.NotFound("Das Benutzerkonto") : detail;
    }

    private IQueryable<LotseUser> Filter(UserQuery query)
    {
        var users = db.Users.AsNoTracking();
        if (query.OrganisationId is { } organisationId)
            users = users.Where(u => u.OrganisationId == organisationId);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var upper = text.ToUpperInvariant(); // user names are compared in their normalised (upper-case) form
            var lower = text.ToLowerInvariant();
            // SQLite's lower() only folds ASCII; the capitalised form still finds "Özdemir" for "özdem" or "ÖZDEM".
            var capitalised = char.ToUpperInvariant(lower[0]) + lower[1..];
            users = users.Where(u => u.NormalizedUserName!.Contains(upper)
                                     || u.DisplayName.ToLower().Contains(lower)
                                     || u.DisplayName.Contains(text)
                                     || u.DisplayName.Contains(capitalised));
        }
        return users;
    }

    private async Task<List<UserDto>> ProjectAsync(IQueryable<LotseUser> users, CancellationToken ct)
    {
        var rows = await users.Select(u => new { User = u, OrganisationName = u.Organisation!.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.User.Id).ToList();
        var roles = (await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = clock.GetUtcNow();
        return rows.Select(r => UserDto.From(r.User, r.OrganisationName, roles[r.User.Id], now)).ToList();
    }
}
