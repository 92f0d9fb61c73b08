using Lotse.Web.Data;
using Lotse.Web.Domain.Achievements;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Achievements;

/// <summary>
/// The case management records a client's Integrationsleistungen (Baustein 3); the case team reads them.
/// Used by the client page's section, the record page and the API.
/// </summary>
public sealed class AchievementRecords(LotseDbContext db, ClientAccess access, AchievementAccess achievementAccess,
    CurrentUser user, AuditLog audit, TimeProvider clock)
{
    public const string AuditType = "IntegrationAchievements";

    private DateOnly Today => Domain.LocalCalendar.Today(clock);

    /// <summary>The client's achievements, newest first; null when the user may not see them (404).</summary>
    public async Task<ClientAchievements?> ForClientAsync(Guid clientId, CancellationToken ct, string? purpose = null)
    {
        if (achievementAccess.IsImmigrationCaseworker) return null; // the authority reads through ImmigrationView
        if (!(await achievementAccess.VisibleCategoriesAsync(clientId, ct)).Contains(DataCategory.IntegrationAchievements)) return null;
        return await audit.ReadAsync(AuditType, async token =>
            {
                var items = await db.IntegrationAchievements.AsNoTracking().Where(a => a.ClientId == clientId).ToListAsync(token);
                var household = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.Household).FirstAsync(token);
                var mayRecord = await access.EditableClients().AnyAsync(c => c.Id == clientId, token);
                return new ClientAchievements(clientId, mayRecord, Order(items).Select(AchievementDto.Of).ToList(), Children(household));
            },
            _ => [clientId.ToString()], ct, purpose);
    }

    public async Task<Result<IntegrationAchievement>> AddAsync(Guid clientId, AchievementInput input, CancellationToken ct)
    {
        if (Refused() is { } refused) return refused;
        var household = await access.EditableClients().AsNoTracking().Where(c => c.Id == clientId).Select(c => c.Household).FirstOrDefaultAsync(ct);
        if (household is null) return Error.NotFound("Die Person");
        var achievement = new IntegrationAchievement { ClientId = clientId, RecordedByUserId = user.Id, RecordedAt = clock.GetUtcNow() };
        if (Apply(achievement, input, Children(household)) is { } invalid) return invalid;
        db.IntegrationAchievements.Add(achievement);
        await db.SaveChangesAsync(ct);
        return achievement;
    }

    public async Task<Result<IntegrationAchievement>> UpdateAsync(Guid clientId, Guid achievementId, AchievementInput input, CancellationToken ct)
    {
        if (Refused() is { } refused) return refused;
        var household = await access.EditableClients().AsNoTracking().Where(c => c.Id == clientId).Select(c => c.Household).FirstOrDefaultAsync(ct);
        if (household is null) return Error.NotFound("Die Person");
        var achievement = await db.IntegrationAchievements.FirstOrDefaultAsync(a => a.Id == achievementId && a.ClientId == clientId, ct);
        if (achievement is null) return Error.NotFound("Die Integrationsleistung");
        if (input.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != achievement.Version) return Error.Stale("Die Integrationsleistung");
        db.Entry(achievement).Property(a => a.Version).OriginalValue = input.Version.Value;
        if (Apply(achievement, input, Children(household)) is { } invalid)
        {
            db.Entry(achievement).State = EntityState.Detached; // a later save in this scope (audit) must not store it
            return invalid;
        }
        return await SaveAsync(achievement, ct);
    }

    public async Task<Result<IntegrationAchievement>> RemoveAsync(Guid clientId, Guid achievementId, int? version, CancellationToken ct)
    {
        if (Refused() is { } refused) return refused;
        if (!await access.EditableClients().AnyAsync(c => c.Id == clientId, ct)) return Error.NotFound("Die Person");
        var achievement = await db.IntegrationAchievements.FirstOrDefaultAsync(a => a.Id == achievementId && a.ClientId == clientId, ct);
        if (achievement is null) return Error.NotFound("Die Integrationsleistung");
        if (version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie gesehen haben.");
        if (version != achievement.Version) return Error.Stale("Die Integrationsleistung");
        db.Entry(achievement).Property(a => a.Version).OriginalValue = version.Value;
        db.IntegrationAchievements.Remove(achievement);
        return await SaveAsync(achievement, ct);
    }

    /// <summary>Only case managers record achievements (the others get 403 whatever the client); other organisations get 404.</summary>
    private Error? Refused() => access.IsCaseManager
        ? null
        : new Error(ErrorKind.Forbidden, "Integrationsleistungen erfasst das Case Management der Organisation, die die Person betreut.");

    private Error? Apply(IntegrationAchievement a, AchievementInput input, IReadOnlyCollection<string> children)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        a.Kind = input.Kind!.Value;
        a.Language = input.Language;
        a.Level = input.Level;
        a.CertificateName = input.CertificateName;
        a.AchievedOn = input.AchievedOn;
        a.OrientationCourseCompleted = input.OrientationCourseCompleted;
        a.Since = input.Since;
        a.Until = input.Until;
        a.HoursPerWeek = input.HoursPerWeek;
        a.EmploymentKind = input.EmploymentKind;
        a.ChildName = input.ChildName;
        a.SchoolYear = input.SchoolYear;
        a.Description = input.Description;
        a.EvidencePresent = input.EvidencePresent;
        a.EvidenceNote = input.EvidenceNote;
        return a.Validate(Today, children);
    }

    private async Task<Result<IntegrationAchievement>> SaveAsync(IntegrationAchievement a, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return a;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Integrationsleistung");
        }
    }

    public static IReadOnlyList<string> Children(IEnumerable<Domain.Clients.HouseholdMember> household) =>
        household.Where(h => h.IsMinorChild && !string.IsNullOrWhiteSpace(h.Name)).Select(h => h.Name!.Trim()).Distinct().ToList();

    public static IEnumerable<IntegrationAchievement> Order(IEnumerable<IntegrationAchievement> items) =>
        items.OrderByDescending(a => a.SortDate ?? DateOnly.MinValue).ThenByDescending(a => a.RecordedAt);
}
