using Lotse.Web.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class ImportSessionConfiguration : IEntityTypeConfiguration<ImportSession>
{
    public void Configure(EntityTypeBuilder<ImportSession> b)
    {
        b.ToTable("ImportSessions");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.SourceDescription).HasMaxLength(300);
        b.Property(x => x.Mapping).HasMaxLength(4000);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.ProgressPhase).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.OwnerUserId);
        b.HasIndex(x => x.ExpiresAt);
        b.HasMany<ImportRow>().WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRowConfiguration : IEntityTypeConfiguration<ImportRow>
{
    public void Configure(EntityTypeBuilder<ImportRow> b)
    {
        b.ToTable("ImportRows");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.DuplicateOf).HasMaxLength(500);
        b.HasIndex(x => new { x.SessionId, x.RowNumber }).IsUnique();
    }
}
