using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Data;

/// <summary>Migrations, reference data every installation needs, demo data where allowed, and the demo-password guard.</summary>
public sealed class DatabaseInitializer(
    LotseDbContext db, RoleManager<LotseRole> roles, UserManager<LotseUser> users,
    IPasswordHasher<LotseUser> hasher, IHostEnvironment env, ILogger<DatabaseInitializer> log)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        // Some migrations fill derived tables from the existing data (e.g. ClientSearchKeys: a few million rows in a
        // large installation); the request timeout of the connection string would abort them halfway.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        try { await db.Database.MigrateAsync(ct); }
        finally { db.Database.SetCommandTimeout(timeout); }
        await EnsureReferenceDataAsync(ct);
    }

    /// <summary>Without automatic migration, refuse to serve an outdated schema with a clear instruction.</summary>
    public async Task EnsureMigratedAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            throw new InvalidOperationException(
                $"Die Datenbank ist nicht auf dem neuesten Stand ({pending.Count} ausstehende Migration(en)). " +
                "Bitte zuerst „dotnet Lotse.Web.dll migrate“ (bzw. „dotnet run --project src/Lotse.Web -- migrate“) ausführen " +
                "oder Database:MigrateOnStartup=true setzen.");
    }

    public async Task EnsureReferenceDataAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new LotseRole { Name = role });
        if (!await db.SecuritySettings.AnyAsync(ct))
            db.SecuritySettings.Add(new SecuritySettings());
        if (!await db.AuditChainHeads.AnyAsync(ct))
            db.AuditChainHeads.Add(new AuditChainHead());
        await db.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct = default)
    {
        if (!env.IsDemo() && !env.IsEnvironment(LotseEnvironments.Testing))
            throw new InvalidOperationException("Demo data may only be created in the Development or Demo environment.");
        if (await db.Organisations.AnyAsync(ct)) return;
        await DemoData.SeedAsync(db, users, ct);
        log.LogInformation("Demo data created");
    }

    /// <summary>
    /// Outside the demo environment Lotse refuses to start while any account still has the published
    /// demo password (e.g. a demo database copied to production).
    /// </summary>
    public async Task EnsureNoDemoPasswordsAsync(CancellationToken ct = default)
    {
        var accounts = await db.Users.AsNoTracking().Where(u => u.PasswordHash != null).ToListAsync(ct);
        var offenders = accounts
            .AsParallel()
            .Where(u => hasher.VerifyHashedPassword(u, u.PasswordHash!, NoDemoPasswordValidator.DemoPassword) != PasswordVerificationResult.Failed)
            .Select(u => u.Id)
            .ToList();
        if (offenders.Count > 0)
            throw new DemoPasswordInUseException(offenders.Count);
    }
}

public sealed class DemoPasswordInUseException(int count) : Exception(
    $"Lotse startet nicht: {count} Konto/Konten verwenden noch das öffentlich bekannte Demo-Passwort. " +
    "Setzen Sie neue Passwörter oder verwenden Sie eine Datenbank ohne Demodaten.");
