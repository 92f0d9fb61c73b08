using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class ClientCorrectionConfiguration : IEntityTypeConfiguration<ClientCorrection>
{
    public void Configure(EntityTypeBuilder<ClientCorrection> b)
    {
        b.ToTable("ClientCorrections");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Field).HasMaxLength(100);
        b.Property(x => x.OldValue).HasMaxLength(4000);
        b.Property(x => x.NewValue).HasMaxLength(4000);
        b.Property(x => x.CorrectedByName).HasMaxLength(256);
        b.HasIndex(x => new { x.ClientId, x.CorrectedAt });
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.AuditId);
    }
}

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> b)
    {
        b.ToTable("ErasureRequests");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Scope).HasMaxLength(4000);
        b.Property(x => x.Assessment).HasMaxLength(8000);
        b.Property(x => x.DecidedByName).HasMaxLength(256);
        b.HasIndex(x => x.ClientId);
        b.HasIndex(x => x.Status);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.AuditId);
        b.Ignore(x => x.IsOpen);
    }
}

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> b)
    {
        b.ToTable("LegalHolds");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.SetByName).HasMaxLength(256);
        b.Property(x => x.LiftedByName).HasMaxLength(256);
        b.HasIndex(x => x.ClientId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsActive);
    }
}

internal sealed class AnonymisationRecordConfiguration : IEntityTypeConfiguration<AnonymisationRecord>
{
    public void Configure(EntityTypeBuilder<AnonymisationRecord> b)
    {
        b.ToTable("AnonymisationRecords");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(500);
        // One record per subject and type: a second run (or a second instance) cannot anonymise the same thing twice.
        b.HasIndex(x => new { x.RecordType, x.SubjectId }).IsUnique();
        b.HasIndex(x => x.ClientId);
    }
}
