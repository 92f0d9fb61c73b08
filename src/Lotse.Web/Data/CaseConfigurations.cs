using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.Property(x => x.FileNumber).HasMaxLength(20);
        b.HasIndex(x => x.FileNumber).IsUnique();
        b.Property(x => x.GivenName).HasMaxLength(200);
        b.Property(x => x.FamilyName).HasMaxLength(200);
        b.Property(x => x.InterpreterLanguage).HasMaxLength(100);
        b.Property(x => x.Street).HasMaxLength(200);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.NameKey).HasMaxLength(2000);
        b.Property(x => x.PhoneticKey).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.OwnerOrganisationId);
        b.HasIndex(x => new { x.BirthYear, x.BirthMonth, x.BirthDay });
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
        b.OwnsMany(x => x.NameVariants, o => o.ToJson());
        b.OwnsMany(x => x.Household, o => o.ToJson());
        b.OwnsMany(x => x.Benefits, o => o.ToJson());
        b.OwnsMany(x => x.Contacts, o => o.ToJson());
        b.HasMany(x => x.ResidenceStatuses).WithOne().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.AuditId);
        b.Ignore(x => x.DisplayName);
    }
}

internal sealed class ResidenceStatusConfiguration : IEntityTypeConfiguration<ResidenceStatus>
{
    public void Configure(EntityTypeBuilder<ResidenceStatus> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.Property(x => x.LegalBasis).HasMaxLength(100);
        b.Property(x => x.Source).HasMaxLength(100);
        b.HasIndex(x => x.ValidUntil);
        b.Ignore(x => x.AuditId);
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("Cases");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.SystemRemark).HasMaxLength(4000);
        b.HasIndex(x => x.ClientId);
        b.HasIndex(x => new { x.CaseManagerId, x.Phase });
        b.HasIndex(x => new { x.OrganisationId, x.Phase });
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Intake, o =>
        {
            o.Property(i => i.FirstConcerns).HasMaxLength(4000);
            o.Property(i => i.DecisionReason).HasMaxLength(2000);
        });
        b.HasMany(x => x.Assessments).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Notes).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Appointments).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsActive);
        b.Ignore(x => x.AuditId);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.ToTable("CaseAssessments");
        b.OwnsMany(x => x.Ratings, o => o.ToJson());
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.ToTable("CaseGoals");
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.EvaluationNote).HasMaxLength(2000);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey("GoalId").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanStepConfiguration : IEntityTypeConfiguration<PlanStep>
{
    public void Configure(EntityTypeBuilder<PlanStep> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.ToTable("CasePlanSteps");
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => new { x.Status, x.DueOn });
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.ToTable("CaseEvents");
        b.Property(x => x.Description).HasMaxLength(1000);
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.ToTable("CaseNotes");
        b.Property(x => x.Text).HasMaxLength(8000);
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever(); // set by the domain: a new child found through a navigation is an insert
        b.ToTable("CaseAppointments");
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Location).HasMaxLength(300);
        b.HasIndex(x => x.At);
    }
}

internal sealed class ClientSearchKeyConfiguration : IEntityTypeConfiguration<ClientSearchKey>
{
    public void Configure(EntityTypeBuilder<ClientSearchKey> b)
    {
        // The primary key serves a case manager's lookup (organisation, key); the second index the Koordinierende Stelle's (key only).
        b.HasKey(x => new { x.OrganisationId, x.Key, x.ClientId });
        b.Property(x => x.Key).HasMaxLength(2000);
        b.HasIndex(x => new { x.Key, x.ClientId });
        b.HasIndex(x => x.ClientId);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseDueSummaryConfiguration : IEntityTypeConfiguration<CaseDueSummary>
{
    public void Configure(EntityTypeBuilder<CaseDueSummary> b)
    {
        b.HasKey(x => x.CaseId);
        b.Property(x => x.CaseId).ValueGeneratedNever();
        b.Property(x => x.NextDueItem).HasMaxLength(2000);
        b.HasOne<Case>().WithOne().HasForeignKey<CaseDueSummary>(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseloadByManagerConfiguration : IEntityTypeConfiguration<CaseloadByManager>
{
    public void Configure(EntityTypeBuilder<CaseloadByManager> b)
    {
        b.HasKey(x => x.CaseManagerId);
        b.Property(x => x.CaseManagerId).ValueGeneratedNever();
    }
}

internal sealed class CaseloadByMunicipalityConfiguration : IEntityTypeConfiguration<CaseloadByMunicipality>
{
    public void Configure(EntityTypeBuilder<CaseloadByMunicipality> b)
    {
        b.HasKey(x => x.MunicipalityKey);
        b.Property(x => x.MunicipalityKey).ValueGeneratedNever();
    }
}
