using Lotse.Web.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Web.Data;

internal sealed class ClientFindingConfiguration : IEntityTypeConfiguration<ClientFinding>
{
    public void Configure(EntityTypeBuilder<ClientFinding> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.RuleId).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(300);
        // One row per client and rule; the start page looks findings up by client.
        b.HasIndex(x => new { x.ClientId, x.RuleId }).IsUnique();
        b.HasOne<Domain.Clients.Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingRefreshRequestConfiguration : IEntityTypeConfiguration<FindingRefreshRequest>
{
    public void Configure(EntityTypeBuilder<FindingRefreshRequest> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
    }
}

internal sealed class FindingRefreshRunConfiguration : IEntityTypeConfiguration<FindingRefreshRun>
{
    public void Configure(EntityTypeBuilder<FindingRefreshRun> b) => b.HasKey(x => x.Day);
}

internal sealed class ClientRuleFactsConfiguration : IEntityTypeConfiguration<ClientRuleFacts>
{
    public void Configure(EntityTypeBuilder<ClientRuleFacts> b)
    {
        b.HasKey(x => x.ClientId);
        b.Property(x => x.ClientId).ValueGeneratedNever();
        b.Property(x => x.EmploymentHoursPerWeek).HasPrecision(5, 1);
        b.PrimitiveCollection(x => x.OtherProgrammes);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Domain.Clients.Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.AuditId);
    }
}
