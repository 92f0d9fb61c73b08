using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Lotse.Web.Domain;

namespace Lotse.Web.Features.Users;

/// <summary>A user account as the administration sees it. <see cref="Version"/> is the account's concurrency stamp.</summary>
public record UserDto(
    Guid Id, string UserName, string DisplayName, string? Email, Guid OrganisationId, string? OrganisationName,
    IReadOnlyList<string> Roles, bool IsActive, bool TwoFactorEnabled, bool LockedOut, DateTimeOffset? LockedOutUntil,
    string Version)
{
    public static UserDto From(LotseUser u, string? organisationName, IEnumerable<string> roles, DateTimeOffset now) => new(
        u.Id, u.UserName ?? "", u.DisplayName, u.Email, u.OrganisationId, organisationName,
        UserRoles.Ordered(roles), u.IsActive, u.TwoFactorEnabled,
        u.LockoutEnd > now, u.LockoutEnd > now ? u.LockoutEnd : null, u.ConcurrencyStamp ?? "");
}

/// <summary>One account with what only the detail view shows: how many sessions and API tokens are active.</summary>
public sealed record UserDetailDto(
    Guid Id, string UserName, string DisplayName, string? Email, Guid OrganisationId, string? OrganisationName,
    IReadOnlyList<string> Roles, bool IsActive, bool TwoFactorEnabled, bool LockedOut, DateTimeOffset? LockedOutUntil,
    string Version, [property: JsonPropertyOrder(1)] int ActiveSessions)
    : UserDto(Id, UserName, DisplayName, Email, OrganisationId, OrganisationName, Roles, IsActive, TwoFactorEnabled, LockedOut, LockedOutUntil, Version)
{
    public static UserDetailDto From(UserDto u, int activeSessions) => new(
        u.Id, u.UserName, u.DisplayName, u.Email, u.OrganisationId, u.OrganisationName, u.Roles, u.IsActive,
        u.TwoFactorEnabled, u.LockedOut, u.LockedOutUntil, u.Version, activeSessions);
}

public sealed record UserPage(IReadOnlyList<UserDto> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    /// <summary>Send as <c>after</c> for the next page; <c>null</c> on the last.</summary>
    public Guid? NextCursor { get; init; }
    /// <summary>Send as <c>before</c> for the previous page; <c>null</c> on the first.</summary>
    public Guid? PreviousCursor { get; init; }
}

/// <summary>Search and filter for the account list. Sent in a POST body, so names never appear in a URL.</summary>
public sealed class UserQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    [StringLength(100, ErrorMessage = "Der Suchbegriff darf höchstens 100 Zeichen lang sein.")]
    [Display(Name = "Benutzername oder Name enthält")]
    public string? Text { get; set; }

    [Display(Name = "Organisation")]
    public Guid? OrganisationId { get; set; }

    /// <summary>
    /// The number of the page the cursor comes from (only for "Seite n von m"; the rows come from the cursor). Without a
    /// cursor the first page.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "Die Seite muss 1 oder größer sein.")]
    public int Page { get; set; } = 1;

    /// <summary>Keyset cursor: the accounts after this one (the <c>nextCursor</c> of a page).</summary>
    public Guid? After { get; set; }

    /// <summary>Keyset cursor: the accounts before this one (the <c>previousCursor</c> of a page).</summary>
    public Guid? Before { get; set; }

    [Range(1, MaxPageSize, ErrorMessage = "Die Seitengröße muss zwischen 1 und 100 liegen.")]
    public int PageSize { get; set; } = DefaultPageSize;
}

/// <summary>What an administrator enters for a user account (form and API body).</summary>
public sealed class UserInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Benutzernamen an.")]
    [StringLength(100, ErrorMessage = "Der Benutzername darf höchstens 100 Zeichen lang sein.")]
    [RegularExpression(@"^[A-Za-z0-9._@+\-]+$", ErrorMessage = "Der Benutzername darf nur Buchstaben ohne Umlaute, Ziffern und die Zeichen . - _ @ + enthalten.")]
    [Display(Name = "Benutzername")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie den angezeigten Namen an.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Angezeigter Name")]
    public string DisplayName { get; set; } = "";

    [EmailAddress(ErrorMessage = "Die E-Mail-Adresse ist ungültig.")]
    [StringLength(256, ErrorMessage = "Die E-Mail-Adresse darf höchstens 256 Zeichen lang sein.")]
    [Display(Name = "E-Mail (optional)")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Organisation, zu der das Konto gehört.")]
    [Display(Name = "Organisation")]
    public Guid? OrganisationId { get; set; }

    /// <summary>Role names from <see cref="Domain.Roles.All"/>, at least one.</summary>
    [Display(Name = "Rollen")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Konto aktiv")]
    public bool IsActive { get; set; } = true;

    /// <summary>Only when creating: the initial password. Later changes go through the password reset.</summary>
    [Display(Name = "Anfangspasswort")]
    public string? Password { get; set; }

    /// <summary>The version (concurrency stamp) the editor started from; a stale version is refused with 409.</summary>
    public string? Version { get; set; }

    public static UserInput From(UserDto u) => new()
    {
        UserName = u.UserName, DisplayName = u.DisplayName, Email = u.Email, OrganisationId = u.OrganisationId,
        Roles = u.Roles.ToList(), IsActive = u.IsActive, Version = u.Version
    };
}

/// <summary>A new password set by an administrator.</summary>
public sealed class PasswordInput
{
    [Required(ErrorMessage = "Bitte geben Sie das neue Passwort ein.")]
    [Display(Name = "Neues Passwort")]
    public string Password { get; set; } = "";
}

internal static class UserRoles
{
    /// <summary>Known role names in the order of <see cref="Roles.All"/>.</summary>
    public static IReadOnlyList<string> Ordered(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Roles.All.Where(set.Contains).ToList();
    }

    /// <summary>The canonical role names for the given ones, and the ones that do not exist.</summary>
    public static (List<string> Known, List<string> Unknown) Resolve(IEnumerable<string?>? names)
    {
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var name in (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var role = Roles.All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
            if (role is null) unknown.Add(name); else known.Add(role);
        }
        return (Ordered(known).ToList(), unknown);
    }
}
