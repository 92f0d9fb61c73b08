using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Infrastructure;

/// <summary>
/// Operations from the command line (README "Betrieb"):
///   migrate                          apply database migrations and reference data
///   audit verify                     seal pending entries, verify the chain; exit 1 and name the first broken entry
///   bootstrap-admin NAME "ORG"       create the first administrator; password from LOTSE_ADMIN_PASSWORD
/// </summary>
public static class LotseCommands
{
    private static readonly string[] Commands = ["migrate", "audit", "bootstrap-admin"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<AuditActor>().Use(AuditChannel.Job, "Betriebskommando " + args[0]);
        switch (args[0])
        {
            case "migrate":
                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync();
                Console.WriteLine("Datenbank ist auf dem neuesten Stand.");
                return 0;
            case "audit" when args.Length > 1 && args[1] == "verify":
                await sp.GetRequiredService<AuditSealer>().SealPendingAsync();
                var result = await sp.GetRequiredService<AuditVerifier>().VerifyAsync();
                Console.WriteLine(result.Message);
                Console.WriteLine($"Kettenkopf: {result.HeadHash}");
                return result.IsIntact ? 0 : 1;
            case "bootstrap-admin" when args.Length > 2:
                return await BootstrapAdminAsync(sp, args[1], args[2]);
            default:
                Console.Error.WriteLine("Aufruf: migrate | audit verify | bootstrap-admin BENUTZERNAME \"ORGANISATION\" (Passwort in LOTSE_ADMIN_PASSWORD)");
                return 2;
        }
    }

    private static async Task<int> BootstrapAdminAsync(IServiceProvider sp, string userName, string organisationName)
    {
        var password = Environment.GetEnvironmentVariable("LOTSE_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("Bitte das Passwort in der Umgebungsvariablen LOTSE_ADMIN_PASSWORD übergeben.");
            return 2;
        }
        var db = sp.GetRequiredService<LotseDbContext>();
        await sp.GetRequiredService<DatabaseInitializer>().EnsureReferenceDataAsync();
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == organisationName);
        if (organisation is null)
        {
            organisation = new Organisation { Name = organisationName, Type = OrganisationType.CoordinationOffice };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }
        var users = sp.GetRequiredService<UserManager<LotseUser>>();
        var user = new LotseUser { UserName = userName, DisplayName = userName, OrganisationId = organisation.Id };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, Roles.Administrator);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors) Console.Error.WriteLine(e.Description);
            return 1;
        }
        Console.WriteLine($"Administrationskonto „{userName}“ angelegt.");
        return 0;
    }
}
