using System.ComponentModel.DataAnnotations;

namespace Lotse.Web.Infrastructure.Http;

/// <summary>DataAnnotations validation shared by pages and API, so both refuse the same input with the same words.</summary>
public static class Validation
{
    public static Error? Validate(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
            return null;
        var fields = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => JsonName(x.Member))
            .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Ungültiger Wert.").ToArray());
        return Error.Invalid(fields);
    }

    private static string JsonName(string member) =>
        string.IsNullOrEmpty(member) ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
