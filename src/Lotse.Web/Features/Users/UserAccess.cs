using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

/// <summary>
/// An administrator's interventions in an account's access: end its sessions, set a new password, lift a
/// lockout. Called by the edit page and the API alike.
/// </summary>
public sealed class UserAccess(LotseDbContext db, UserManager<LotseUser> users, SessionService sessions, AuditLog audit)
{
    /// <summary>Ends every browser session and API token of the account at once; returns how many there were.</summary>
    public async Task<Result<int>> EndSessionsAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == id, ct)) return Error.NotFound("Das Benutzerkonto");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ended = await EndAllAsync(id, ct);
        await transaction.CommitAsync(ct);
        return ended;
    }

    /// <summary>
    /// Sets a new password (checked against the password policy). The account's security stamp changes and all
    /// its sessions and API tokens end: whoever used the old password is out.
    /// </summary>
    public async Task<Result<int>> ResetPasswordAsync(Guid id, PasswordInput input, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return Error.NotFound("Das Benutzerkonto");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, input.Password);
        if (!result.Succeeded) return Failed(result);
        var ended = await EndAllAsync(id, ct);
        await transaction.CommitAsync(ct);
        return ended;
    }

    /// <summary>Lifts a lockout after too many failed sign-ins and resets the failure count.</summary>
    public async Task<Result<bool>> UnlockAsync(Guid id, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return Error.NotFound("Das Benutzerkonto");
        if (user.LockoutEnd is null && user.AccessFailedCount == 0) return true;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(user);
        if (!result.Succeeded) return Failed(result);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<int> EndAllAsync(Guid id, CancellationToken ct)
    {
        var ended = await sessions.EndAllAsync(id, ct);
        audit.Add(AuditOperation.SessionsEnded, nameof(LotseUser), id.ToString());
        await db.SaveChangesAsync(ct);
        return ended;
    }

    private Error Failed(IdentityResult result)
    {
        db.ChangeTracker.Clear();
        return result.ToError("Das Benutzerkonto");
    }
}
