using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering;

/// <summary>
/// Who sees and manages the steering material (Baustein 1). The Koordinierende Stelle manages everything;
/// Lenkungsgruppe members read the Lenkungsgruppe's material and aggregates; working-group members read and
/// work on their own groups' material and see aggregates. Aggregates for anybody but the Koordinierende Stelle
/// suppress small cells. Nobody gets a client or case id from here.
/// </summary>
public sealed class SteeringAccess(LotseDbContext db, CurrentUser user)
{
    public bool IsCoordinator => user.IsInRole(Roles.Coordinator);
    public bool IsSteeringGroupMember => user.IsInRole(Roles.SteeringGroupMember);
    public Guid UserId => user.Id;

    public Task<bool> IsWorkingGroupMemberAsync(CancellationToken ct) =>
        db.WorkingGroups.AnyAsync(g => g.Members.Any(m => m.UserId == user.Id), ct);

    public Task<bool> IsMemberOfAsync(Guid groupId, CancellationToken ct) =>
        db.WorkingGroups.AnyAsync(g => g.Id == groupId && g.Members.Any(m => m.UserId == user.Id), ct);

    /// <summary>Working groups the caller may read: all for the Koordinierende Stelle, else their own.</summary>
    public IQueryable<WorkingGroup> ReadableGroups() => IsCoordinator
        ? db.WorkingGroups
        : db.WorkingGroups.Where(g => g.Members.Any(m => m.UserId == user.Id));

    /// <summary>The board: exact for the Koordinierende Stelle, small cells suppressed for Lenkungsgruppe and working groups; null = forbidden.</summary>
    public async Task<AggregateAudience?> BoardAudienceAsync(CancellationToken ct)
    {
        if (IsCoordinator) return AggregateAudience.Coordinator;
        if (IsSteeringGroupMember || await IsWorkingGroupMemberAsync(ct)) return AggregateAudience.Suppressed;
        return null;
    }

    public bool MayReadSteeringGroup => IsCoordinator || IsSteeringGroupMember;

    public static Error CoordinatorOnly(string what) => new(ErrorKind.Forbidden, $"{what} verwaltet nur die Koordinierende Stelle.");
    public static readonly Error NoSteeringAccess = new(ErrorKind.Forbidden, "Diese Inhalte sehen nur die Koordinierende Stelle und die Mitglieder der Lenkungsgruppe.");
}

public enum AggregateAudience { Coordinator, Suppressed }
