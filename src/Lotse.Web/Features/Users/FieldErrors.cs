using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Identity;

namespace Lotse.Web.Features.Users;

/// <summary>Collects field errors of the user handlers and turns Identity's refusals into typed errors.</summary>
internal static class FieldErrors
{
    public static void Add(Dictionary<string, List<string>> fields, string field, IEnumerable<string> messages)
    {
        var added = messages.ToList();
        if (added.Count == 0) return;
        if (!fields.TryGetValue(field, out var list)) fields[field] = list = [];
        list.AddRange(added.Where(m => !list.Contains(m)).Distinct());
    }

    public static Error ToError(this Dictionary<string, List<string>> fields) =>
        Error.Invalid(fields.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));

    /// <summary>Identity's (German) errors as a typed error naming the API fields they concern.</summary>
    public static Error ToError(this IdentityResult result, string what)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            return Error.Stale(what);
        var fields = new Dictionary<string, List<string>>();
        foreach (var error in result.Errors) Add(fields, FieldOf(error.Code), [error.Description]);
        return fields.ToError();
    }

    private static string FieldOf(string code) => code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => "userName",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => "email",
        nameof(IdentityErrorDescriber.InvalidRoleName) or nameof(IdentityErrorDescriber.UserAlreadyInRole) or nameof(IdentityErrorDescriber.UserNotInRole) => "roles",
        _ when code.StartsWith("Password", StringComparison.Ordinal) || code == "DemoPassword" => "password",
        _ => ""
    };
}
