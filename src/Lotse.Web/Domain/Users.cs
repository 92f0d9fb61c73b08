using Microsoft.AspNetCore.Identity;

namespace Lotse.Web.Domain;

/// <summary>A staff member. Belongs to exactly one organisation. User accounts are personal data.</summary>
public class LotseUser : IdentityUser<Guid>, IPersonalData
{
    public LotseUser() => Id = Guid.NewGuid();

    public required string DisplayName { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public bool IsActive { get; set; } = true;
    public string AuditId => Id.ToString();
}

public class LotseRole : IdentityRole<Guid>
{
    public LotseRole() => Id = Guid.NewGuid();
    /// <summary>Members of this role must have TOTP two-factor authentication enabled.</summary>
    public bool RequiresTwoFactor { get; set; }
}

/// <summary>Installation-wide security switches, one row.</summary>
public class SecuritySettings : IVersioned
{
    public int Id { get; set; } = 1;
    public bool RequireTwoFactorForAll { get; set; }
    public int Version { get; set; }
}
