using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.OfficialKey).HasMaxLength(12);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Region).WithMany(r => r.Municipalities).HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.MainSite).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
        b.HasIndex(x => x.Type);
        b.Property(x => x.Street).HasMaxLength(200);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.ContactEmail).HasMaxLength(200);
        b.Property(x => x.ContactPhone).HasMaxLength(50);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<LotseUser>
{
    public void Configure(EntityTypeBuilder<LotseUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrganisationId);
        b.Ignore(x => x.AuditId);
    }
}

internal sealed class SecuritySettingsConfiguration : IEntityTypeConfiguration<SecuritySettings>
{
    public void Configure(EntityTypeBuilder<SecuritySettings> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.Property(x => x.Fields).HasMaxLength(2000);
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.SubjectIds);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.Sequence).IsUnique();
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => x.UserId);
        // The sealer's queue: "WHERE Sequence IS NULL ORDER BY Id LIMIT n". Without it every batch sorts the whole
        // unsealed backlog (the Sequence index finds the NULLs, not their order), so sealing slows down exactly when
        // list reads write thousands of entries per second. Partial: only unsealed entries, so it stays tiny.
        b.HasIndex(x => x.Id, "IX_AuditEntries_Unsealed").HasFilter("\"Sequence\" IS NULL");
    }
}

internal sealed class AuditSubjectConfiguration : IEntityTypeConfiguration<AuditSubject>
{
    public void Configure(EntityTypeBuilder<AuditSubject> b)
    {
        // The key is the DPO's search path (type, id) → entries; no foreign key: the entry is written in the same
        // statement, and a per-row key check would cost more than the row itself.
        b.HasKey(x => new { x.EntityType, x.EntityId, x.AuditEntryId });
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.LastHash).HasMaxLength(64);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.Property(x => x.Id).HasMaxLength(100);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.ExpiresAt);
    }
}
