using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Users;

/// <summary>
/// Create and edit a user account through <see cref="UserManager{TUser}"/>. Called by the admin pages and the
/// API alike. Deactivating an account ends all its sessions and API tokens at once. Changes to the account are
/// audited by the interceptor; ended sessions get their own audit entry.
/// </summary>
public sealed class SaveUser(LotseDbContext db, UserManager<LotseUser> users, SessionService sessions, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<UserDto>> CreateAsync(UserInput input, CancellationToken ct)
    {
        var fields = ValidateInput(input, creating: true);
        var (roles, unknownRoles) = UserRoles.Resolve(input.Roles);
        var user = new LotseUser
        {
            UserName = input.UserName?.Trim(),
            DisplayName = input.DisplayName?.Trim() ?? "",
            Email = Clean(input.Email),
            OrganisationId = input.OrganisationId ?? Guid.Empty,
            IsActive = input.IsActive
        };
        var organisation = await CheckReferencesAsync(fields, input, roles, unknownRoles, null, ct);
        if (!string.IsNullOrEmpty(input.Password))
            foreach (var validator in users.PasswordValidators)
                Add(fields, "password", (await validator.ValidateAsync(users, user, input.Password)).Errors.Select(e => e.Description));
        if (fields.Count > 0) return fields.ToError();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, input.Password!);
        if (result.Succeeded) result = await users.AddToRolesAsync(user, roles);
        if (!result.Succeeded) return Failed(result, "Das Benutzerkonto");
        await transaction.CommitAsync(ct);
        return UserDto.From(user, organisation, roles, clock.GetUtcNow());
    }

    /// <param name="actingUserId">The administrator making the change: they may not lock themselves out.</param>
    public async Task<Result<UserDto>> UpdateAsync(Guid id, UserInput input, Guid actingUserId, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return Error.NotFound("Das Benutzerkonto");
        if (string.IsNullOrEmpty(input.Version))
            return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != user.ConcurrencyStamp) return Error.Stale("Das Benutzerkonto");

        var fields = ValidateInput(input, creating: false);
        var (roles, unknownRoles) = UserRoles.Resolve(input.Roles);
        var organisation = await CheckReferencesAsync(fields, input, roles, unknownRoles, user, ct);
        if (id == actingUserId)
        {
            if (!input.IsActive)
                Add(fields, "isActive", ["Sie können Ihr eigenes Konto nicht deaktivieren. Bitten Sie eine andere Person mit Administrationsrechten darum."]);
            if (unknownRoles.Count == 0 && roles.Count > 0 && !roles.Contains(Roles.Administrator))
                Add(fields, "roles", [$"Sie können sich die Rolle „{Roles.GermanName(Roles.Administrator)}“ nicht selbst entziehen. Bitten Sie eine andere Person mit Administrationsrechten darum."]);
        }
        if (fields.Count > 0) return fields.ToError();

        var currentRoles = await users.GetRolesAsync(user);
        var toRemove = currentRoles.Except(roles, StringComparer.OrdinalIgnoreCase).ToList();
        var toAdd = roles.Except(currentRoles, StringComparer.OrdinalIgnoreCase).ToList();
        var deactivating = user.IsActive && !input.IsActive;
        var userName = input.UserName.Trim();
        var displayName = input.DisplayName.Trim();
        var email = Clean(input.Email);
        var accountChanged = user.UserName != userName || user.DisplayName != displayName || user.Email != email
                             || user.OrganisationId != input.OrganisationId || user.IsActive != input.IsActive;

        user.UserName = userName;
        user.DisplayName = displayName;
        user.Email = email;
        user.OrganisationId = input.OrganisationId!.Value;
        user.IsActive = input.IsActive;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = IdentityResult.Success;
        // A new security stamp also invalidates anything else signed with the old one (e.g. remembered 2FA clients).
        if (deactivating) result = await users.UpdateSecurityStampAsync(user);
        else if (accountChanged) result = await users.UpdateAsync(user);
        if (result.Succeeded && toRemove.Count > 0) result = await users.RemoveFromRolesAsync(user, toRemove);
        if (result.Succeeded && toAdd.Count > 0) result = await users.AddToRolesAsync(user, toAdd);
        if (!result.Succeeded) return Failed(result, "Das Benutzerkonto");
        if (deactivating)
        {
            await sessions.EndAllAsync(user.Id, ct);
            audit.Add(AuditOperation.SessionsEnded, nameof(LotseUser), user.Id.ToString());
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return UserDto.From(user, organisation, roles, clock.GetUtcNow());
    }

    private static Dictionary<string, List<string>> ValidateInput(UserInput input, bool creating)
    {
        var fields = new Dictionary<string, List<string>>();
        if (Validation.Validate(input) is { Fields: { } invalid })
            foreach (var (field, messages) in invalid) Add(fields, field, messages);
        if (creating && string.IsNullOrEmpty(input.Password))
            Add(fields, "password", ["Bitte legen Sie ein Anfangspasswort fest."]);
        if (!creating && !string.IsNullOrEmpty(input.Password))
            Add(fields, "password", ["Das Passwort eines bestehenden Kontos ändern Sie über „Passwort zurücksetzen“ (API: POST /api/v1/users/{id}/password)."]);
        return fields;
    }

    /// <summary>Checks organisation, roles and the unique user name; returns the organisation's name.</summary>
    private async Task<string?> CheckReferencesAsync(Dictionary<string, List<string>> fields, UserInput input,
        List<string> roles, List<string> unknownRoles, LotseUser? existing, CancellationToken ct)
    {
        if (unknownRoles.Count > 0)
            Add(fields, "roles", [$"Diese Rolle gibt es nicht: {string.Join(", ", unknownRoles)}. Möglich sind: {string.Join(", ", Roles.All)}."]);
        else if (roles.Count == 0)
            Add(fields, "roles", ["Bitte wählen Sie mindestens eine Rolle."]);

        string? organisationName = null;
        if (input.OrganisationId is { } organisationId)
        {
            var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
                .Select(o => new { o.Name, o.IsActive }).FirstOrDefaultAsync(ct);
            if (organisation is null)
                Add(fields, "organisationId", ["Diese Organisation gibt es nicht."]);
            else if (!organisation.IsActive && existing?.OrganisationId != organisationId)
                Add(fields, "organisationId", ["Diese Organisation ist als inaktiv markiert; ihr können keine Konten zugeordnet werden."]);
            organisationName = organisation?.Name;
        }

        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            var normalized = users.NormalizeName(input.UserName.Trim());
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized && u.Id != (existing == null ? Guid.Empty : existing.Id), ct))
                Add(fields, "userName", ["Dieser Benutzername ist bereits vergeben."]);
        }
        return organisationName;
    }

    /// <summary>Identity refused the change: nothing is saved (the transaction rolls back), the reasons go to the fields.</summary>
    private Error Failed(IdentityResult result, string what)
    {
        db.ChangeTracker.Clear();
        return result.ToError(what);
    }

    private static void Add(Dictionary<string, List<string>> fields, string field, IEnumerable<string> messages) =>
        FieldErrors.Add(fields, field, messages);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
