using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

/// <summary>
/// Reads user accounts for the administration. Accounts are personal data: every read goes through
/// <see cref="AuditLog.ReadAsync"/>, one Read entry per account shown.
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
            var page = users.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).ThenBy(u => u.Id)
                .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
            return new UserPage(await ProjectAsync(page, c), total, query.Page, query.PageSize);
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
