using Lotse.Web.Domain.Achievements;
using Lotse.Web.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class IntegrationAchievementConfiguration : IEntityTypeConfiguration<IntegrationAchievement>
{
    public void Configure(EntityTypeBuilder<IntegrationAchievement> b)
    {
        b.ToTable("IntegrationAchievements");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Language).HasMaxLength(IntegrationAchievement.MaxText);
        b.Property(x => x.CertificateName).HasMaxLength(IntegrationAchievement.MaxText);
        b.Property(x => x.ChildName).HasMaxLength(IntegrationAchievement.MaxText);
        b.Property(x => x.SchoolYear).HasMaxLength(7);
        b.Property(x => x.Description).HasMaxLength(IntegrationAchievement.MaxText);
        b.Property(x => x.EvidenceNote).HasMaxLength(IntegrationAchievement.MaxText);
        b.Property(x => x.HoursPerWeek).HasPrecision(4, 1);
        b.HasIndex(x => x.ClientId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.AuditId);
        b.Ignore(x => x.SortDate);
    }
}
