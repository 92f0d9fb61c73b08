using Lotse.Web.Domain.TypicalCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class TypicalCaseConfiguration : IEntityTypeConfiguration<TypicalCase>
{
    public void Configure(EntityTypeBuilder<TypicalCase> b)
    {
        b.ToTable("TypicalCases");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.AgeRange).HasMaxLength(50);
        b.Property(x => x.CreatedByName).HasMaxLength(256);
        b.HasIndex(x => x.CreatedAt);
        b.OwnsMany(x => x.Entries, o => o.ToJson());
        b.OwnsMany(x => x.OptimalPath, o => o.ToJson());
        b.HasMany(x => x.Annotations).WithOne().HasForeignKey(a => a.TypicalCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TypicalCaseAnnotationConfiguration : IEntityTypeConfiguration<TypicalCaseAnnotation>
{
    public void Configure(EntityTypeBuilder<TypicalCaseAnnotation> b)
    {
        b.ToTable("TypicalCaseAnnotations");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.AuthorName).HasMaxLength(256);
        b.HasIndex(x => x.TypicalCaseId);
    }
}
