using Microsoft.AspNetCore.Identity;

namespace Lotse.Web.Infrastructure.Identity;

/// <summary>Identity's messages in German (formal address).</summary>
public sealed class GermanIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Ein unbekannter Fehler ist aufgetreten.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte laden Sie ihn neu.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Das Passwort ist falsch.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Der Code ist ungültig.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "Diese externe Anmeldung ist bereits einem Konto zugeordnet.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "Der Benutzername darf nur Buchstaben, Ziffern und . - _ @ enthalten.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "Die E-Mail-Adresse ist ungültig.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "Dieser Benutzername ist bereits vergeben.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "Diese E-Mail-Adresse wird bereits verwendet.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "Die Rolle ist ungültig.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), "Die Rolle existiert bereits.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "Für dieses Konto ist bereits ein Passwort gesetzt.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Die Sperre ist für dieses Konto nicht aktiviert.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "Das Konto hat diese Rolle bereits.");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "Das Konto hat diese Rolle nicht.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Das Passwort muss mindestens {length} Zeichen lang sein.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Das Passwort muss mindestens ein Sonderzeichen enthalten.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Das Passwort muss mindestens eine Ziffer enthalten.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Das Passwort muss mindestens einen Kleinbuchstaben enthalten.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Das Passwort muss mindestens einen Großbuchstaben enthalten.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Der Wiederherstellungscode ist ungültig.");
}
