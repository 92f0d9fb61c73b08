using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Domain.Network;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lotse.Web.Data;

/// <summary>
/// The one DbContext. Provider-specific subclasses (<see cref="SqliteLotseDbContext"/>,
/// <see cref="PostgresLotseDbContext"/>) exist only so that each provider keeps its own migrations.
/// </summary>
public abstract class LotseDbContext(DbContextOptions options)
    : IdentityDbContext<LotseUser, LotseRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<SecuritySettings> SecuritySettings => Set<SecuritySettings>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<AuditSubject> AuditSubjects => Set<AuditSubject>();
    /// <summary>Maintained by database triggers (migration CaseloadCounts); read-only for the app.</summary>
    public DbSet<CaseDueSummary> CaseDueSummaries => Set<CaseDueSummary>();
    public DbSet<Domain.Cases.CaseloadByManager> CaseloadByManager => Set<Domain.Cases.CaseloadByManager>();
    public DbSet<Domain.Cases.CaseloadByMunicipality> CaseloadByMunicipality => Set<Domain.Cases.CaseloadByMunicipality>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientSearchKey> ClientSearchKeys => Set<ClientSearchKey>();
    public DbSet<ResidenceStatus> ResidenceStatuses => Set<ResidenceStatus>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<ImportSession> ImportSessions => Set<ImportSession>();
    public DbSet<ImportRow> ImportRows => Set<ImportRow>();
    public DbSet<Domain.Rules.ClientFinding> ClientFindings => Set<Domain.Rules.ClientFinding>();
    public DbSet<Domain.Rules.FindingRefreshRequest> FindingRefreshRequests => Set<Domain.Rules.FindingRefreshRequest>();
    public DbSet<Domain.Rules.FindingRefreshRun> FindingRefreshRuns => Set<Domain.Rules.FindingRefreshRun>();
    public DbSet<Domain.Rules.ClientRuleFacts> ClientRuleFacts => Set<Domain.Rules.ClientRuleFacts>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Domain.Achievements.IntegrationAchievement> IntegrationAchievements => Set<Domain.Achievements.IntegrationAchievement>();
    // Steering (Baustein 1): obstacles, topics, working groups, Lenkungsgruppe
    public DbSet<Obstacle> Obstacles => Set<Obstacle>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<SteeringGroupMembership> SteeringGroupMembers => Set<SteeringGroupMembership>();
    public DbSet<SteeringMeeting> SteeringMeetings => Set<SteeringMeeting>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Measure> Measures => Set<Measure>();
    // Network (Angebotslandkarte, Kooperationsvereinbarungen, Dienstleistungsketten) and Stellenplanung
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementDocument> AgreementDocuments => Set<AgreementDocument>();
    public DbSet<ServiceStandard> ServiceStandards => Set<ServiceStandard>();
    public DbSet<ServiceChain> ServiceChains => Set<ServiceChain>();
    public DbSet<ServiceChainStep> ServiceChainSteps => Set<ServiceChainStep>();
    public DbSet<ServiceChainObservation> ServiceChainObservations => Set<ServiceChainObservation>();
    public DbSet<StaffPlan> StaffPlans => Set<StaffPlan>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LotseDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable text in both databases.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State == EntityState.Deleted)
                throw new InvalidOperationException("Audit entries are append-only and cannot be deleted.");
            if (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !AuditSealer.SealFields.Contains(p.Metadata.Name)))
                throw new InvalidOperationException("Audit entries are append-only; only the seal may be added.");
        }
    }
}

public sealed class SqliteLotseDbContext(DbContextOptions<SqliteLotseDbContext> options) : LotseDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or sort DateTimeOffset text; all times are UTC, so ticks sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresLotseDbContext(DbContextOptions<PostgresLotseDbContext> options) : LotseDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Name search and the duplicate check look for clients whose key lists contain a key as a whole word
        // (PhoneticKey LIKE '% key %', see ClientQueries.AnyPhoneticKey). pg_trgm's GIN operator class serves
        // such LIKE patterns from an index (the trigrams of " key " must all be present, then a recheck), so the
        // lookup no longer scans every client. NameKey gets the same index for similarity search on the
        // normalised names (pg_trgm's % and similarity()). SQLite runs the same LIKE without an index.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Client>().HasIndex(c => c.PhoneticKey, "IX_Clients_PhoneticKey_trgm")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Client>().HasIndex(c => c.NameKey, "IX_Clients_NameKey_trgm")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
