using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Infrastructure.Auditing;

/// <summary>
/// Tampering with the stored trail behind the application's back (raw SQL, as a database administrator
/// could) is found by the verifier, which names the entry. Each test damages the chain, so each gets
/// a database of its own.
/// </summary>
public abstract class AuditChainTests(LotseAppFactory fixture)
{
    private async Task<LotseAppFactory> SealedAppAsync()
    {
        var app = await LotseAppFactory.StartAsync(fixture.Provider);
        // Some sign-ins on top of the seeding's entries, then seal everything.
        foreach (var user in new[] { "admin", "cm1", "abh" })
            (await app.ApiClientAsync(user)).Dispose();
        Assert.True(await Audit.SealAsync(app) >= 12);
        var verification = await Audit.VerifyAsync(app);
        Assert.True(verification.IsIntact, verification.Message);
        return app;
    }

    private static Task<List<AuditEntry>> SealedEntriesAsync(LotseAppFactory app) =>
        app.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task An_entry_altered_in_the_database_is_named_by_the_verifier()
    {
        await using var app = await SealedAppAsync();
        var entries = await SealedEntriesAsync(app);
        var victim = entries[entries.Count / 2];

        await app.WithDb(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditEntries\" SET \"UserName\" = {0} WHERE \"Id\" = {1}", "mallory", victim.Id));

        var verification = await Audit.VerifyAsync(app);
        Assert.False(verification.IsIntact);
        Assert.Equal(victim.Id, verification.FirstBrokenEntryId);
        Assert.Equal(victim.Sequence, verification.FirstBrokenSequence);
        Assert.Contains($"Nr. {victim.Id}", verification.Message);
        Assert.Contains("verändert", verification.Message);
    }

    [Fact]
    public async Task An_entry_deleted_from_the_middle_is_reported_as_a_gap()
    {
        await using var app = await SealedAppAsync();
        var entries = await SealedEntriesAsync(app);
        var victim = entries[entries.Count / 2];

        await app.WithDb(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", victim.Id));

        var verification = await Audit.VerifyAsync(app);
        Assert.False(verification.IsIntact);
        Assert.Equal(victim.Sequence, verification.FirstBrokenSequence);
        Assert.Contains($"Sequenznummer {victim.Sequence} fehlt", verification.Message);
    }

    [Fact]
    public async Task Removing_the_last_entry_is_detected_through_the_chain_head()
    {
        await using var app = await SealedAppAsync();
        var last = (await SealedEntriesAsync(app))[^1];

        await app.WithDb(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", last.Id));

        var verification = await Audit.VerifyAsync(app);
        Assert.False(verification.IsIntact);
        Assert.Equal(last.Sequence, verification.FirstBrokenSequence);
        Assert.Contains("Ende der Kette entfernt", verification.Message);
    }

    [Fact]
    public async Task The_background_sealer_seals_new_entries_on_its_own()
    {
        await using var app = await LotseAppFactory.StartAsync(fixture.Provider, new LotseAppOptions
        {
            Settings = new Dictionary<string, string?> { ["Audit:SealIntervalSeconds"] = "0.2" }
        });
        (await app.ApiClientAsync("koordination")).Dispose();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Sequence == null)) && DateTime.UtcNow < deadline)
            await Task.Delay(100);

        var verification = await Audit.VerifyAsync(app);
        Assert.Equal(0, verification.PendingEntries);
        Assert.True(verification.IsIntact, verification.Message);
        Assert.True(verification.EntriesChecked >= 10);
    }
}

public sealed class AuditChainTests_Sqlite(SqliteApp app) : AuditChainTests(app), IClassFixture<SqliteApp>;
public sealed class AuditChainTests_Postgres(PostgresApp app) : AuditChainTests(app), IClassFixture<PostgresApp>;
