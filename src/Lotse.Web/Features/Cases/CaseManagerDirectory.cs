using Lotse.Web.Data;
using Lotse.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases;

public sealed record CaseManagerEntry(Guid Id, string DisplayName, string OrganisationName);

/// <summary>The active case managers of the installation, e.g. to choose whom a case is handed over to.</summary>
public sealed class CaseManagerDirectory(LotseDbContext db)
{
    public async Task<IReadOnlyList<CaseManagerEntry>> ActiveAsync(CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == Roles.CaseManager).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (role is null) return [];
        var managers = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .Select(u => new CaseManagerEntry(u.Id, u.DisplayName, u.Organisation!.Name))
            .ToListAsync(ct);
        var order = StringComparer.Create(German.Culture, false);
        return managers.OrderBy(m => m.OrganisationName, order).ThenBy(m => m.DisplayName, order).ToList();
    }
}
