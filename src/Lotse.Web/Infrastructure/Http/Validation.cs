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

    /// <summary>Validates each item of a nested list; field names come out as "ratings[2].rating".</summary>
    public static Error? ValidateItems<T>(IReadOnlyList<T>? items, string listName) where T : notnull
    {
        if (items is null) return null;
        var fields = new Dictionary<string, string[]>();
        for (var i = 0; i < items.Count; i++)
            if (items[i] is null) // JSON [null]: the annotations say notnull, the wire does not
                fields[$"{listName}[{i}]"] = ["Dieser Eintrag ist leer."];
            else if (Validate(items[i]) is { Fields: { } itemFields })
                foreach (var (field, messages) in itemFields)
                    fields[$"{listName}[{i}].{field}"] = messages;
        return fields.Count == 0 ? null : Error.Invalid(fields);
    }

    private static string JsonName(string member) =>
        string.IsNullOrEmpty(member) ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
