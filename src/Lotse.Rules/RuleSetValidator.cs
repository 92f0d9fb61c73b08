using System.Text.RegularExpressions;

namespace Lotse.Rules;

/// <summary>Checks a rule set before it is used: ids, sources, conditions, explanations, periods, test cases.</summary>
public static partial class RuleSetValidator
{
    private static readonly HashSet<string> Ops =
    [
        "all", "any", "not", "ageAtLeast", "ageBelow", "residenceIs", "toleratedFor", "residenceHeldFor", "stayFor", "enteredOnOrBefore",
        "benefit", "languageAtLeast", "schoolYearsAtLeast", "fact", "employedFor", "inProgramme", "programmesAtLeast",
        "documentExpiresWithin", "assessmentOlderThan"
    ];

    public static List<string> Validate(RuleSetDefinition set)
    {
        var errors = new List<string>();
        var where = $"Regelwerk „{set.Origin}“";
        if (string.IsNullOrWhiteSpace(set.Id)) errors.Add($"{where}: „id“ fehlt.");
        if (string.IsNullOrWhiteSpace(set.Title)) errors.Add($"{where}: „title“ fehlt.");
        if (string.IsNullOrWhiteSpace(set.Version)) errors.Add($"{where}: „version“ fehlt.");
        if (set.Rules.Count == 0) errors.Add($"{where}: enthält keine Regeln.");
        foreach (var rule in set.Rules)
        {
            var at = $"{where}, Regel „{(string.IsNullOrWhiteSpace(rule.Id) ? "(ohne id)" : rule.Id)}“";
            if (!IdFormat().IsMatch(rule.Id ?? "")) errors.Add($"{at}: „id“ muss aus Kleinbuchstaben, Ziffern, Punkt und Bindestrich bestehen (z. B. „perspective.aufenthg-25b“).");
            if (string.IsNullOrWhiteSpace(rule.Title)) errors.Add($"{at}: „title“ fehlt.");
            if (rule.Source is null || string.IsNullOrWhiteSpace(rule.Source.Norm)) errors.Add($"{at}: Rechtsquelle („source.norm“) fehlt.");
            else if (string.IsNullOrWhiteSpace(rule.Source.Url) || !Uri.TryCreate(rule.Source.Url, UriKind.Absolute, out var u) || u.Scheme != "https")
                errors.Add($"{at}: „source.url“ muss ein öffentlicher https-Link auf den Normtext sein.");
            if (rule.Explanation is null || string.IsNullOrWhiteSpace(rule.Explanation.Fulfilled) || string.IsNullOrWhiteSpace(rule.Explanation.NotFulfilled) || string.IsNullOrWhiteSpace(rule.Explanation.Unknown))
                errors.Add($"{at}: „explanation“ braucht Texte für „fulfilled“, „notFulfilled“ und „unknown“.");
            if (rule.EffectiveFrom is { } from && rule.EffectiveUntil is { } until && until < from)
                errors.Add($"{at}: „effectiveUntil“ liegt vor „effectiveFrom“.");
            if (rule.Condition is null) errors.Add($"{at}: „condition“ fehlt.");
            else CheckCondition(rule.Condition, at, errors);
            if (!rule.Tests.Any(t => t.Expect == FindingStatus.Fulfilled) || !rule.Tests.Any(t => t.Expect == FindingStatus.NotFulfilled))
                errors.Add($"{at}: braucht mindestens einen Testfall mit „expect“: „fulfilled“ und einen mit „notFulfilled“.");
            foreach (var t in rule.Tests.Where(t => !rule.IsEffectiveOn(t.AsOf)))
                errors.Add($"{at}: Testfall „{t.Name}“ liegt mit asOf {t.AsOf:yyyy-MM-dd} außerhalb der Geltungsdauer der Regel.");
        }
        if (errors.Count > 0) return errors;

        // Test cases run only on structurally valid rules.
        var engine = new RuleEngine([set]);
        foreach (var rule in set.Rules)
        foreach (var t in rule.Tests)
        {
            var f = engine.Evaluate(set, rule, t.Situation, t.AsOf);
            if (f.Status != t.Expect)
                errors.Add($"{where}, Regel „{rule.Id}“: Testfall „{t.Name}“ ergibt „{f.Status}“ statt „{t.Expect}“ ({f.Explanation}).");
            else if (t.ReachableOn is not null && f.ReachableOn != t.ReachableOn)
                errors.Add($"{where}, Regel „{rule.Id}“: Testfall „{t.Name}“ ergibt erreichbar am {f.ReachableOn:yyyy-MM-dd} statt {t.ReachableOn:yyyy-MM-dd}.");
        }
        return errors;
    }

    /// <summary>Across sets: versions of one id must not overlap in time (and local rules must not reuse built-in ids).</summary>
    public static List<string> ValidateAll(IReadOnlyList<RuleSetDefinition> sets)
    {
        var errors = new List<string>();
        foreach (var group in sets.SelectMany(s => s.Rules.Select(r => (Set: s, Rule: r))).GroupBy(x => x.Rule.Id))
        {
            var versions = group.OrderBy(x => x.Rule.EffectiveFrom ?? DateOnly.MinValue).ToList();
            if (versions.Select(v => v.Set.Id).Distinct().Count() > 1)
                errors.Add($"Regel „{group.Key}“ ist in mehreren Regelwerken definiert ({string.Join(", ", versions.Select(v => v.Set.Origin).Distinct())}).");
            for (var i = 1; i < versions.Count; i++)
            {
                var previousEnd = versions[i - 1].Rule.EffectiveUntil ?? DateOnly.MaxValue;
                var start = versions[i].Rule.EffectiveFrom ?? DateOnly.MinValue;
                if (start <= previousEnd)
                    errors.Add($"Regelwerk „{versions[i].Set.Origin}“, Regel „{group.Key}“: Geltungszeiträume der Fassungen überschneiden sich.");
            }
        }
        foreach (var dup in sets.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            errors.Add($"Regelwerk-id „{dup.Key}“ kommt mehrfach vor ({string.Join(", ", dup.Select(s => s.Origin))}).");
        return errors;
    }

    private static void CheckCondition(ConditionSpec c, string at, List<string> errors)
    {
        if (!Ops.Contains(c.Op)) { errors.Add($"{at}: unbekannte Bedingung „{c.Op}“ (erlaubt: {string.Join(", ", Ops)})."); return; }
        void Need(bool ok, string what) { if (!ok) errors.Add($"{at}: Bedingung „{c.Op}“ braucht {what}."); }
        switch (c.Op)
        {
            case "all" or "any":
                Need(c.Of is { Count: > 0 }, "„of“ mit mindestens einer Bedingung");
                break;
            case "not":
                Need(c.Of is { Count: 1 }, "„of“ mit genau einer Bedingung");
                break;
            case "ageAtLeast" or "ageBelow" or "schoolYearsAtLeast":
                Need(c.Years is > 0 and < 150, "„years“");
                break;
            case "residenceIs":
                Need(c.Types is { Count: > 0 }, "„types“");
                break;
            case "toleratedFor" or "residenceHeldFor" or "assessmentOlderThan":
                Need(c.Months is > 0, "„months“");
                break;
            case "stayFor":
                Need((c.Years ?? 0) + (c.Months ?? 0) > 0, "„years“ und/oder „months“");
                Need(c.Field is null or "lawfulStay" or "entry", "„field“ = „lawfulStay“ oder „entry“");
                break;
            case "enteredOnOrBefore":
                Need(c.Date is not null, "„date“");
                break;
            case "benefit":
                Need(c.Kinds is { Count: > 0 }, "„kinds“");
                break;
            case "languageAtLeast":
                Need(c.Level is not null, "„level“");
                break;
            case "fact":
                Need(c.Field is not null && RuleEngine.Facts.Contains(c.Field), $"„field“ aus: {string.Join(", ", RuleEngine.Facts)}");
                break;
            case "employedFor":
                Need(c.Months is > 0 && c.Hours is > 0, "„months“ und „hours“");
                break;
            case "inProgramme":
                Need(c.Programmes is { Count: > 0 }, "„programmes“");
                break;
            case "programmesAtLeast":
                Need(c.Programmes is { Count: > 0 } && c.Count is > 0, "„programmes“ und „count“");
                break;
            case "documentExpiresWithin":
                Need(c.Weeks is null or > 0, "„weeks“ > 0 (oder keine Angabe für den konfigurierten Wert)");
                break;
        }
        foreach (var child in c.Of ?? []) CheckCondition(child, at, errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdFormat();
}
