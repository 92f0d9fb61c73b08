using System.Text.RegularExpressions;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lotse.Web.Features;

/// <summary>
/// Puts a handler's <see cref="Error"/> into the page's model state so that each message lands next to its input:
/// the handler names fields as the API does ("residenceStatuses[0].validUntil"); the form names them
/// "Input.ResidenceStatuses[2].ValidUntil" (own casing, and list rows the form left out are not counted by the handler).
/// </summary>
public static partial class FormErrors
{
    /// <param name="rowOf">Maps (list name as the handler names it, handler index) to the form's row index.</param>
    public static void AddToForm(this Error error, ModelStateDictionary modelState, string prefix, Func<string, int, int>? rowOf = null)
    {
        var mapped = error.Fields is null
            ? error
            : error with
            {
                Fields = error.Fields
                    .GroupBy(kv => FormKey(kv.Key, rowOf))
                    .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).Distinct().ToArray())
            };
        mapped.AddTo(modelState, prefix);
    }

    /// <summary>"residenceStatuses[0].validUntil" → "ResidenceStatuses[2].ValidUntil".</summary>
    public static string FormKey(string field, Func<string, int, int>? rowOf = null)
    {
        if (string.IsNullOrEmpty(field)) return field;
        var parts = field.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var m = Segment().Match(parts[i]);
            if (!m.Success) continue;
            var name = m.Groups["name"].Value;
            var index = m.Groups["index"];
            var formName = char.ToUpperInvariant(name[0]) + name[1..];
            parts[i] = index.Success
                ? $"{formName}[{(rowOf is null ? int.Parse(index.Value) : rowOf(name, int.Parse(index.Value)))}]"
                : formName;
        }
        return string.Join('.', parts);
    }

    /// <summary>
    /// MVC binds the page forms but does not validate them (<see cref="HandlerValidatedForms"/>): the handlers do, with the
    /// same German words as the API. What is left in the model state after binding are values that could not even be read
    /// (a malformed date or number); they get a German message here, and the handler is not called.
    /// </summary>
    public static bool HasUnreadableValues(this ModelStateDictionary modelState)
    {
        var unreadable = modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        foreach (var key in unreadable)
        {
            modelState[key]!.Errors.Clear();
            modelState.AddModelError(key, "Dieser Wert konnte nicht gelesen werden. Bitte prüfen Sie die Eingabe (Datum als TT.MM.JJJJ, Zahlen nur mit Ziffern).");
        }
        return unreadable.Count > 0;
    }

    /// <summary>The same message twice for one field (two handlers checked the same rule) is shown once.</summary>
    public static void RemoveDuplicateErrors(this ModelStateDictionary modelState)
    {
        foreach (var (_, entry) in modelState)
        {
            if (entry is not { Errors.Count: > 1 }) continue;
            var distinct = entry.Errors.DistinctBy(e => e.ErrorMessage).ToList();
            entry.Errors.Clear();
            foreach (var e in distinct) entry.Errors.Add(e);
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)(\[(?<index>\d+)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}
