using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Steering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class ObstacleConfiguration : IEntityTypeConfiguration<Obstacle>
{
    public void Configure(EntityTypeBuilder<Obstacle> b)
    {
        b.ToTable("Obstacles");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Description).HasMaxLength(Obstacle.DescriptionMaxLength);
        b.HasIndex(x => x.CaseId);
        b.HasIndex(x => x.RecordedOn);
        b.HasIndex(x => x.TopicId);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Topic>().WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.SetNull);
        b.Ignore(x => x.AuditId);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> b)
    {
        b.ToTable("Topics");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne<WorkingGroup>().WithMany().HasForeignKey(x => x.WorkingGroupId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> b)
    {
        b.ToTable("WorkingGroups");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Purpose).HasMaxLength(4000);
        b.HasMany(x => x.Members).WithOne().HasForeignKey("WorkingGroupId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Meetings).WithOne().HasForeignKey("WorkingGroupId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Proposals).WithOne().HasForeignKey(p => p.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> b)
    {
        b.ToTable("WorkingGroupMembers");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex("WorkingGroupId", nameof(WorkingGroupMember.UserId)).IsUnique();
        b.HasIndex(x => x.UserId);
        b.HasOne<LotseUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkingGroupMeetingConfiguration : IEntityTypeConfiguration<WorkingGroupMeeting>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMeeting> b)
    {
        b.ToTable("WorkingGroupMeetings");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Participants).HasMaxLength(2000);
        b.Property(x => x.Notes).HasMaxLength(8000);
        b.Property(x => x.Results).HasMaxLength(8000);
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("Proposals");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.HasOne<Topic>().WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SteeringGroupMembershipConfiguration : IEntityTypeConfiguration<SteeringGroupMembership>
{
    public void Configure(EntityTypeBuilder<SteeringGroupMembership> b)
    {
        b.ToTable("SteeringGroupMembers");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<LotseUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SteeringMeetingConfiguration : IEntityTypeConfiguration<SteeringMeeting>
{
    public void Configure(EntityTypeBuilder<SteeringMeeting> b)
    {
        b.ToTable("SteeringMeetings");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.Minutes).HasMaxLength(20000);
        b.HasIndex(x => x.On);
        b.HasMany(x => x.AgendaItems).WithOne().HasForeignKey("MeetingId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("AgendaItems");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(300);
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("Decisions");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Wording).HasMaxLength(8000);
        b.HasMany(x => x.Measures).WithOne().HasForeignKey(m => m.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> b)
    {
        b.ToTable("Measures");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(300);
        b.HasIndex(x => new { x.Status, x.DueOn });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.History).WithOne().HasForeignKey("MeasureId").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureStatusChangeConfiguration : IEntityTypeConfiguration<MeasureStatusChange>
{
    public void Configure(EntityTypeBuilder<MeasureStatusChange> b)
    {
        b.ToTable("MeasureStatusChanges");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}
