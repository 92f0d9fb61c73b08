using Lotse.Web.Domain;
using Lotse.Web.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.PrimitiveCollection(x => x.ResidenceStatusTypes).ElementType(e => e.HasConversion<string>());
        b.Property(x => x.ContactName).HasMaxLength(200);
        b.Property(x => x.ContactEmail).HasMaxLength(200);
        b.Property(x => x.ContactPhone).HasMaxLength(50);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Title, x.Id });
        b.HasIndex(x => x.LifeDomain);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.Property(x => x.Subject).HasMaxLength(500);
        b.Property(x => x.DocumentName).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Standards).WithOne().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceStandardConfiguration : IEntityTypeConfiguration<ServiceStandard>
{
    public void Configure(EntityTypeBuilder<ServiceStandard> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.FromEvent).HasMaxLength(200);
        b.Property(x => x.ToEvent).HasMaxLength(200);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> b)
    {
        b.HasKey(x => x.AgreementId);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.HasOne<Agreement>().WithOne().HasForeignKey<AgreementDocument>(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceChainConfiguration : IEntityTypeConfiguration<ServiceChain>
{
    public void Configure(EntityTypeBuilder<ServiceChain> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Need).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.ChainId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceChainStepConfiguration : IEntityTypeConfiguration<ServiceChainStep>
{
    public void Configure(EntityTypeBuilder<ServiceChainStep> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(200);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ServiceStandard>().WithMany().HasForeignKey(x => x.StandardId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ServiceChainObservationConfiguration : IEntityTypeConfiguration<ServiceChainObservation>
{
    public void Configure(EntityTypeBuilder<ServiceChainObservation> b)
    {
        b.HasIndex(x => x.StepId);
        b.HasIndex(x => x.StandardId);
        b.HasOne<ServiceChainStep>().WithMany().HasForeignKey(x => x.StepId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ServiceStandard>().WithMany().HasForeignKey(x => x.StandardId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffPlanConfiguration : IEntityTypeConfiguration<StaffPlan>
{
    public void Configure(EntityTypeBuilder<StaffPlan> b)
    {
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ImportedAt);
        b.HasMany(x => x.Counts).WithOne().HasForeignKey(c => c.StaffPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffPlanCountConfiguration : IEntityTypeConfiguration<StaffPlanCount>
{
    public void Configure(EntityTypeBuilder<StaffPlanCount> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Category).HasMaxLength(100);
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
