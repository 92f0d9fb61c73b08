using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

public sealed record SecuritySettingsDto(bool RequireTwoFactorForAll, IReadOnlyList<string> RolesRequiringTwoFactor, int Version);

/// <summary>What an administrator sets (form and API body).</summary>
public sealed class SecuritySettingsInput
{
    /// <summary>Every account must use two-factor authentication.</summary>
    public bool RequireTwoFactorForAll { get; set; }

    /// <summary>Role names (from <see cref="Roles.All"/>) whose members must use two-factor authentication.</summary>
    public List<string> RolesRequiringTwoFactor { get; set; } = [];

    /// <summary>The version the editor started from; a stale version is refused with 409.</summary>
    public int? Version { get; set; }

    public static SecuritySettingsInput From(SecuritySettingsDto s) => new()
    {
        RequireTwoFactorForAll = s.RequireTwoFactorForAll, RolesRequiringTwoFactor = s.RolesRequiringTwoFactor.ToList(), Version = s.Version
    };
}

/// <summary>
/// Reads and changes the installation's two-factor requirements (enforced by TwoFactorPolicy): for everyone,
/// or per role. Called by the security page and the API alike.
/// </summary>
public sealed class SaveSecuritySettings(LotseDbContext db)
{
    private static readonly Error Stale = new(ErrorKind.Concurrency,
        "Die Sicherheitseinstellungen wurden inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Seite neu und prüfen Sie die aktuellen Daten.");

    public async Task<SecuritySettingsDto> GetAsync(CancellationToken ct)
    {
        var settings = await db.SecuritySettings.AsNoTracking().OrderBy(s => s.Id).FirstAsync(ct);
        var roles = await db.Roles.AsNoTracking().Where(r => r.RequiresTwoFactor).Select(r => r.Name!).ToListAsync(ct);
        return new SecuritySettingsDto(settings.RequireTwoFactorForAll, UserRoles.Ordered(roles), settings.Version);
    }

    public async Task<Result<SecuritySettingsDto>> UpdateAsync(SecuritySettingsInput input, CancellationToken ct)
    {
        var settings = await db.SecuritySettings.OrderBy(s => s.Id).FirstAsync(ct);
        if (input.Version is null)
            return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != settings.Version) return Stale;
        var (wanted, unknown) = UserRoles.Resolve(input.RolesRequiringTwoFactor);
        if (unknown.Count > 0)
            return Error.Invalid("rolesRequiringTwoFactor",
                $"Diese Rolle gibt es nicht: {string.Join(", ", unknown)}. Möglich sind: {string.Join(", ", Roles.All)}.");

        // The database re-checks the version in the UPDATE, so a race between two saves also ends in 409.
        var entry = db.Entry(settings);
        entry.Property(s => s.Version).OriginalValue = input.Version.Value;
        settings.RequireTwoFactorForAll = input.RequireTwoFactorForAll;
        var rolesChanged = false;
        foreach (var role in await db.Roles.ToListAsync(ct))
        {
            var required = wanted.Contains(role.Name!);
            if (role.RequiresTwoFactor == required) continue;
            role.RequiresTwoFactor = required;
            rolesChanged = true;
        }
        // The per-role switches belong to the settings' version, too.
        if (rolesChanged && entry.State == EntityState.Unchanged)
            entry.Property(s => s.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale;
        }
        return new SecuritySettingsDto(settings.RequireTwoFactorForAll, wanted, settings.Version);
    }
}
