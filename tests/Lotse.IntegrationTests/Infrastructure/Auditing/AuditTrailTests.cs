using System.Net;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.IntegrationTests.Infrastructure.Auditing;

/// <summary>What the audit trail records, and that it only ever grows.</summary>
public abstract class AuditTrailTests(LotseAppFactory app)
{
    [Fact]
    public async Task Changing_a_user_records_which_fields_changed_but_never_the_values()
    {
        var userName = await app.CreateUserAsync();
        const string secretName = "Geheimer-Anzeigename-4711";
        const string secretPhone = "0151 98765432";
        await app.WithScope(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<LotseUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.DisplayName = secretName;
            user.PhoneNumber = secretPhone;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });

        var user = await app.FindUserAsync(userName);
        var entries = await app.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(LotseUser) && e.EntityId == user.Id.ToString() && e.Operation == AuditOperation.Update)
            .ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal(["DisplayName", "PhoneNumber"], entry.Fields!.Split(',').Order());
        Assert.Equal(AuditChannel.Job, entry.Channel);
        Assert.Equal("Integrationstest", entry.Purpose);

        // The values appear nowhere in the trail.
        var all = await app.WithDb(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(all, e => new[] { e.UserName, e.EntityId, e.Fields, e.Purpose }
            .Any(v => v is not null && (v.Contains(secretName) || v.Contains(secretPhone))));
    }

    [Fact]
    public async Task A_failed_sign_in_is_recorded_with_the_changed_failure_counter()
    {
        var userName = await app.CreateUserAsync();
        var user = await app.FindUserAsync(userName);
        using var failed = await app.RequestTokenAsync(userName, "Falsches-Passwort-1!");
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);

        var entries = await app.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == user.Id.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Contains(entries, e => e.Operation == AuditOperation.SignInFailed && e.UserId == user.Id
                                      && e.UserName == userName && e.Channel == AuditChannel.Api);
        Assert.Contains(entries, e => e.Operation == AuditOperation.Update && e.Fields == "AccessFailedCount" && e.Channel == AuditChannel.Api);
    }

    [Fact]
    public async Task Signing_in_through_the_api_and_the_page_writes_SignIn_entries()
    {
        var userName = await app.CreateUserAsync();
        var user = await app.FindUserAsync(userName);
        (await app.ApiClientAsync(userName, LotseAppFactory.TestPassword)).Dispose();
        (await app.BrowserClientAsync(userName, LotseAppFactory.TestPassword)).Dispose();

        var signIns = await app.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Operation == AuditOperation.SignIn && e.EntityId == user.Id.ToString()).ToListAsync());
        Assert.Equal([AuditChannel.Api, AuditChannel.Ui], signIns.Select(e => e.Channel).OrderBy(c => c.ToString()));
        Assert.All(signIns, e =>
        {
            Assert.Equal(user.Id, e.UserId);
            Assert.Equal(userName, e.UserName);
            Assert.True(e.OccurredAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        });
    }

    [Fact]
    public async Task Audit_entries_cannot_be_deleted_or_changed_through_the_DbContext()
    {
        (await app.ApiClientAsync("datenschutz")).Dispose();
        await Audit.SealAsync(app);
        var id = await app.WithDb(db => db.AuditEntries.Where(e => e.Sequence != null).OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());

        var deletion = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDb(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
            await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", deletion.Message);

        var change = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDb(async db =>
        {
            (await db.AuditEntries.SingleAsync(e => e.Id == id)).UserName = "jemand-anderes";
            await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", change.Message);

        var stored = await app.WithDb(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal("datenschutz", stored.UserName);
        Assert.True((await Audit.VerifyAsync(app)).IsIntact);
    }

    [Fact]
    public async Task Entries_sealed_by_the_unit_of_work_that_wrote_them_still_verify()
    {
        // E.g. a job that writes Export entries and seals right away: the hash is computed from the
        // in-memory timestamp, the verifier reads the stored one; both must agree.
        await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<LotseDbContext>();
            var log = sp.GetRequiredService<AuditLog>();
            for (var i = 0; i < 10; i++)
            {
                log.Add(AuditOperation.Export, "Bericht", $"bericht-{i}");
                await db.SaveChangesAsync();
            }
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync();
        });

        var verification = await Audit.VerifyAsync(app);
        Assert.True(verification.IsIntact, verification.Message);
    }

    [Fact]
    public async Task Twenty_simultaneous_sign_ins_are_all_recorded_and_sealed_into_one_unbroken_chain()
    {
        var before = await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Operation == AuditOperation.SignIn));
        var users = Enumerable.Range(0, 20).Select(i => DemoData.Users[i % DemoData.Users.Length].UserName).ToArray();

        var responses = await Task.WhenAll(users.Select(u => app.RequestTokenAsync(u)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 20, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Operation == AuditOperation.SignIn)));

        await Audit.SealAsync(app);
        var verification = await Audit.VerifyAsync(app);
        Assert.True(verification.IsIntact, verification.Message);
        Assert.Equal(0, verification.PendingEntries);
        var sequences = await app.WithDb(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long?)i), sequences);
        Assert.Equal(sequences.Count, verification.EntriesChecked);
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;
public sealed class AuditTrailTests_Postgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;
