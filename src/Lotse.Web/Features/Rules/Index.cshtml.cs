using Lotse.Rules;
using Lotse.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Rules;

/// <summary>"Regelwerke": the loaded rule sets, their rules, periods and sources — for the administration and the Koordinierende Stelle.</summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.Coordinator)]
public sealed class IndexModel(RuleCatalog catalog, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RuleSetDefinition> Sets => catalog.Sets;
    public string? LocalFolder => catalog.LocalFolder;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public void OnGet() { }

    public static string Period(RuleDefinition r) => (r.EffectiveFrom, r.EffectiveUntil) switch
    {
        ({ } from, { } until) => $"{German.Date(from)} bis {German.Date(until)}",
        ({ } from, null) => $"seit {German.Date(from)}",
        (null, { } until) => $"bis {German.Date(until)}",
        _ => "unbefristet"
    };
}
