using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Purpose).HasMaxLength(2000);
        b.Property(x => x.GuardianName).HasMaxLength(200);
        b.Property(x => x.RevocationNote).HasMaxLength(2000);
        // Primitive collections: JSON on SQLite, arrays on PostgreSQL; both translate Contains() in queries.
        b.PrimitiveCollection(x => x.RecipientOrganisationIds);
        b.PrimitiveCollection(x => x.TransmittedReferralIds);
        b.PrimitiveCollection(x => x.Categories).ElementType(e => e.HasConversion<string>());
        b.HasIndex(x => x.ClientId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.AuditId);
        b.Ignore(x => x.IsRevoked);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Service).HasMaxLength(300);
        b.Property(x => x.Message).HasMaxLength(4000);
        b.Property(x => x.PartnerCaseReference).HasMaxLength(100);
        b.Property(x => x.RejectionReason).HasMaxLength(2000);
        b.Property(x => x.Result).HasMaxLength(4000);
        b.Property(x => x.CancellationReason).HasMaxLength(2000);
        b.PrimitiveCollection(x => x.SharedCategories).ElementType(e => e.HasConversion<string>());
        // The receiver's inbox and the access rule "receiving organisation of an active referral".
        b.HasIndex(x => new { x.ToOrganisationId, x.Status });
        b.HasIndex(x => new { x.ClientId, x.Status });
        b.HasIndex(x => x.CaseId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Feedback).WithOne().HasForeignKey("ReferralId").OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.AuditId);
        b.Ignore(x => x.IsActive);
    }
}

internal sealed class ReferralFeedbackConfiguration : IEntityTypeConfiguration<ReferralFeedback>
{
    public void Configure(EntityTypeBuilder<ReferralFeedback> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.ToTable("ReferralFeedback");
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Ignore(x => x.AuditId);
    }
}
