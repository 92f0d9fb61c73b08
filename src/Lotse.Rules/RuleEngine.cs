using System.Globalization;
using System.Runtime.CompilerServices;

namespace Lotse.Rules;

/// <summary>
/// Evaluates the rule sets for a situation on a reference day (asOf). Deterministic: the same situation and day
/// give the same findings; only the rule versions effective on asOf are used (the law that applied then).
/// Thread-safe: the engine holds no per-call state.
/// </summary>
public sealed class RuleEngine
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private readonly IReadOnlyList<(RuleSetDefinition Set, RuleDefinition Rule)> _rules;

    public RuleEngine(IReadOnlyList<RuleSetDefinition> sets, RuleEngineOptions? options = null)
    {
        Sets = sets;
        Options = options ?? new RuleEngineOptions();
        _rules = sets.SelectMany(s => s.Rules.Select(r => (s, r))).ToList();
    }

    public IReadOnlyList<RuleSetDefinition> Sets { get; }
    public RuleEngineOptions Options { get; }

    public IEnumerable<(RuleSetDefinition Set, RuleDefinition Rule)> RulesEffectiveOn(DateOnly day) =>
        _rules.Where(x => x.Rule.IsEffectiveOn(day));

    /// <summary>All findings of the rules effective on <paramref name="asOf"/>, in rule-set order.</summary>
    public IReadOnlyList<Finding> Evaluate(Situation situation, DateOnly asOf) => Evaluate(situation, asOf, explain: true);

    /// <summary>
    /// With <paramref name="explain"/> false only status and dates are computed (no texts, no condition notes):
    /// what the bulk refresh of the start page's findings needs, several times faster.
    /// </summary>
    public IReadOnlyList<Finding> Evaluate(Situation situation, DateOnly asOf, bool explain)
    {
        var findings = new List<Finding>();
        foreach (var (set, rule) in _rules)
        {
            if (!rule.IsEffectiveOn(asOf)) continue;
            findings.Add(Evaluate(set, rule, situation, asOf, explain));
        }
        return findings;
    }

    public Finding Evaluate(RuleSetDefinition set, RuleDefinition rule, Situation situation, DateOnly asOf, bool explain = true)
    {
        var ctx = new EvalContext(situation, asOf, Options, explain);
        var outcome = Eval(rule.Condition!, ctx, ctx.Notes);
        var reachable = outcome.Status != FindingStatus.Fulfilled ? outcome.ReachableOn : null;
        if (reachable is { } r && rule.EffectiveUntil is { } end && r > end) reachable = null;
        var until = outcome.Status == FindingStatus.Fulfilled ? outcome.Until : null;
        if (rule.EffectiveUntil is { } ruleEnd && (until is null || ruleEnd < until)) until = outcome.Status == FindingStatus.Fulfilled ? ruleEnd : null;
        IReadOnlyList<string> missing = explain ? ctx.Notes.Where(n => n.Missing is not null).Select(n => n.Missing!).Distinct().ToList() : [];
        var explanation = explain ? Explain(rule, outcome.Status, ctx.Notes, missing, reachable, until) : "";
        return new Finding(rule.Id, set.Id, rule.Title, rule.Kind, rule.Severity, outcome.Status, explanation, ctx.Notes, missing,
            reachable, until, rule.Responsible, rule.Source!, rule.EffectiveFrom, rule.EffectiveUntil, set.IsLocal);
    }

    public static string Date(DateOnly d) => d.ToString("dd.MM.yyyy", German);

    private static string Explain(RuleDefinition rule, FindingStatus status, IReadOnlyList<ConditionNote> notes, IReadOnlyList<string> missing,
        DateOnly? reachable, DateOnly? until)
    {
        var e = rule.Explanation!;
        switch (status)
        {
            case FindingStatus.Fulfilled:
                return until is { } u ? $"{e.Fulfilled} Gilt nach heutigem Stand bis {Date(u)}." : e.Fulfilled;
            case FindingStatus.NotFulfilled:
            {
                var why = notes.Where(n => n.Status == FindingStatus.NotFulfilled).Select(n => n.Text).ToList();
                var text = why.Count > 0 ? $"{e.NotFulfilled} Nicht erfüllt, weil: {string.Join("; ", why)}." : e.NotFulfilled;
                if (reachable is { } r) text += missing.Count > 0
                    ? $" Zeitliche Voraussetzung erreicht am {Date(r)}; außerdem prüfen: fehlt {string.Join(", ", missing)}."
                    : $" Voraussichtlich erfüllt ab {Date(r)}, wenn sich sonst nichts ändert.";
                return text;
            }
            default:
            {
                var text = missing.Count > 0 ? $"{e.Unknown} Prüfen: fehlt {string.Join(", ", missing)}." : e.Unknown;
                return reachable is { } r ? $"{text} Zeitliche Voraussetzung spätestens erreicht am {Date(r)}." : text;
            }
        }
    }

    private readonly record struct Outcome(FindingStatus Status, DateOnly? ReachableOn = null, DateOnly? Until = null)
    {
        public static Outcome True(DateOnly? until = null) => new(FindingStatus.Fulfilled, null, until);
        public static Outcome False(DateOnly? reachable = null) => new(FindingStatus.NotFulfilled, reachable);
        public static Outcome Unknown(DateOnly? reachable = null) => new(FindingStatus.Unknown, reachable);
    }

    private sealed class EvalContext(Situation s, DateOnly asOf, RuleEngineOptions options, bool explain)
    {
        public bool Explain { get; } = explain;
        public Situation S { get; } = s;
        public DateOnly AsOf { get; } = asOf;
        public RuleEngineOptions Options { get; } = options;
        public List<ConditionNote> Notes { get; } = [];
    }

    private static Outcome Eval(ConditionSpec c, EvalContext ctx, List<ConditionNote> notes)
    {
        switch (c.Op)
        {
            case "all":
            {
                var results = new List<Outcome>();
                foreach (var child in c.Of!) results.Add(Eval(child, ctx, notes));
                if (results.All(r => r.Status == FindingStatus.Fulfilled))
                    return Outcome.True(results.Where(r => r.Until is not null).Select(r => r.Until).Min());
                var open = results.Where(r => r.Status != FindingStatus.Fulfilled).ToList();
                // A date is named when every unmet condition will be met by a known date; conditions that are
                // only unknown (missing data) do not prevent it, the explanation lists them as "prüfen".
                var reachable = open.Where(r => r.Status == FindingStatus.NotFulfilled).All(r => r.ReachableOn is not null)
                    ? open.Max(r => r.ReachableOn) : null;
                return open.Any(r => r.Status == FindingStatus.NotFulfilled) ? Outcome.False(reachable) : Outcome.Unknown(reachable);
            }
            case "any":
            {
                var results = new List<(Outcome Outcome, List<ConditionNote> Notes)>();
                foreach (var child in c.Of!)
                {
                    var childNotes = new List<ConditionNote>();
                    results.Add((Eval(child, ctx, childNotes), childNotes));
                }
                var fulfilled = results.Where(r => r.Outcome.Status == FindingStatus.Fulfilled).ToList();
                if (fulfilled.Count > 0)
                {
                    // Only the branches that hold explain the result; the others would read like reasons against it.
                    foreach (var f in fulfilled) notes.AddRange(f.Notes);
                    var until = fulfilled.Any(f => f.Outcome.Until is null) ? null : fulfilled.Max(f => f.Outcome.Until);
                    return Outcome.True(until);
                }
                foreach (var r in results) notes.AddRange(r.Notes);
                var reachable = results.Where(r => r.Outcome.ReachableOn is not null).Select(r => r.Outcome.ReachableOn).Min();
                return results.Any(r => r.Outcome.Status == FindingStatus.Unknown) ? Outcome.Unknown(reachable) : Outcome.False(reachable);
            }
            case "not":
            {
                var childNotes = new List<ConditionNote>();
                var inner = Eval(c.Of![0], ctx, childNotes);
                foreach (var n in childNotes)
                    notes.Add(n with { Status = Flip(n.Status), Text = "Ausschluss: " + n.Text, ReachableOn = null });
                return inner.Status switch
                {
                    FindingStatus.Fulfilled => Outcome.False(inner.Until?.AddDays(1)),
                    FindingStatus.NotFulfilled => Outcome.True(inner.ReachableOn?.AddDays(-1)),
                    _ => Outcome.Unknown()
                };
            }
            default:
            {
                var (outcome, note) = Leaf(c, ctx);
                if (note is not null) notes.Add(note);
                return outcome;
            }
        }
    }

    private static FindingStatus Flip(FindingStatus s) => s switch
    {
        FindingStatus.Fulfilled => FindingStatus.NotFulfilled,
        FindingStatus.NotFulfilled => FindingStatus.Fulfilled,
        _ => FindingStatus.Unknown
    };

    private static (Outcome, ConditionNote?) Missing(EvalContext ctx, string requirement, string missing) =>
        (Outcome.Unknown(), ctx.Explain ? new ConditionNote(FindingStatus.Unknown, $"{requirement}: fehlt {missing}", null, missing) : null);

    private static (Outcome, ConditionNote?) Result(EvalContext ctx, Outcome o, [InterpolatedStringHandlerArgument("ctx")] NoteText text) =>
        (o, ctx.Explain ? new ConditionNote(o.Status, text.ToStringAndClear(), o.ReachableOn) : null);

    private static (Outcome, ConditionNote?) Note(EvalContext ctx, Outcome o, [InterpolatedStringHandlerArgument("ctx")] NoteText text, string? missing) =>
        (o, ctx.Explain ? new ConditionNote(o.Status, text.ToStringAndClear(), o.ReachableOn, missing) : null);

    /// <summary>Formats a condition's text only when explanations are wanted (the bulk refresh needs none).</summary>
    [InterpolatedStringHandler]
    private ref struct NoteText
    {
        private DefaultInterpolatedStringHandler _inner;
        private readonly bool _enabled;

        public NoteText(int literalLength, int formattedCount, EvalContext ctx, out bool isEnabled)
        {
            _enabled = isEnabled = ctx.Explain;
            _inner = isEnabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        }

        public void AppendLiteral(string s) { if (_enabled) _inner.AppendLiteral(s); }
        public void AppendFormatted<T>(T value) { if (_enabled) _inner.AppendFormatted(value); }
        public void AppendFormatted<T>(T value, string? format) { if (_enabled) _inner.AppendFormatted(value, format); }
        public string ToStringAndClear() => _enabled ? _inner.ToStringAndClear() : "";
    }

    private static (Outcome, ConditionNote?) Leaf(ConditionSpec c, EvalContext ctx)
    {
        var s = ctx.S;
        var asOf = ctx.AsOf;
        switch (c.Op)
        {
            case "ageAtLeast":
            {
                var req = $"Alter mindestens {c.Years} Jahre";
                if (s.BirthDate is not { } b) return Missing(ctx, req, "Geburtsdatum");
                var earliest = b.Earliest.AddYears(c.Years!.Value);
                var latest = b.Latest.AddYears(c.Years!.Value);
                if (latest <= asOf) return Result(ctx, Outcome.True(), $"{req} (Geburtsdatum {b})");
                if (earliest > asOf) return Result(ctx, Outcome.False(latest), $"{req} ({c.Years}. Geburtstag {(b.IsComplete ? "am" : "spätestens am")} {Date(latest)})");
                return Note(ctx, Outcome.Unknown(latest), $"{req}: Geburtsdatum nur als {b} bekannt, {c.Years}. Geburtstag zwischen {Date(earliest)} und {Date(latest)}", "vollständiges Geburtsdatum");
            }
            case "ageBelow":
            {
                var req = $"Alter unter {c.Years} Jahren (vor dem {c.Years}. Geburtstag)";
                if (s.BirthDate is not { } b) return Missing(ctx, req, "Geburtsdatum");
                var earliest = b.Earliest.AddYears(c.Years!.Value);
                var latest = b.Latest.AddYears(c.Years!.Value);
                if (earliest > asOf) return Result(ctx, Outcome.True(earliest.AddDays(-1)), $"{req} ({c.Years}. Geburtstag am {Date(earliest)}{(b.IsComplete ? "" : " oder später")})");
                if (latest <= asOf) return Result(ctx, Outcome.False(), $"{req} ({c.Years}. Geburtstag war am {Date(latest)}{(b.IsComplete ? "" : " oder früher")})");
                return Note(ctx, Outcome.Unknown(), $"{req}: Geburtsdatum nur als {b} bekannt, {c.Years}. Geburtstag zwischen {Date(earliest)} und {Date(latest)}", "vollständiges Geburtsdatum");
            }
            case "residenceIs":
            {
                var req = "Aufenthaltsstatus " + string.Join(" oder ", c.Types!.Select(Names.Of));
                if (s.Residence is not { } r) return Missing(ctx, req, "Aufenthaltsstatus");
                return Result(ctx, c.Types!.Contains(r.Type) ? Outcome.True() : Outcome.False(), $"{req} (vorhanden: {Names.Of(r.Type)})");
            }
            case "toleratedFor":
            case "residenceHeldFor":
            {
                var tolerated = c.Op == "toleratedFor";
                var req = tolerated ? $"seit mindestens {Months(c.Months!.Value)} geduldet" : $"aktueller Aufenthaltsstatus seit mindestens {Months(c.Months!.Value)}";
                var since = tolerated
                    ? s.ToleratedSince ?? (s.Residence is { Type: ResidenceType.Toleration or ResidenceType.TrainingToleration or ResidenceType.EmploymentToleration } r ? r.Since : null)
                    : s.Residence?.Since;
                if (since is not { } from) return Missing(ctx, req, tolerated ? "Beginn der Duldung" : "Beginn des Aufenthaltsstatus");
                var target = from.AddMonths(c.Months!.Value);
                return target <= asOf
                    ? Result(ctx, Outcome.True(), $"{req} (seit {Date(from)})")
                    : Result(ctx, Outcome.False(target), $"{req} (seit {Date(from)}; erreicht am {Date(target)})");
            }
            case "stayFor":
            {
                var entry = c.Field == "entry";
                var y = c.Years ?? 0; var m = c.Months ?? 0;
                var req = $"{(entry ? "Aufenthalt seit Einreise" : "ununterbrochener erlaubter, geduldeter oder gestatteter Voraufenthalt")} mindestens {Duration(y, m)}";
                var since = entry ? s.EntryDate : s.LawfulStaySince ?? s.EntryDate;
                if (since is not { } from) return Missing(ctx, req, entry ? "Einreisedatum" : "Beginn des Voraufenthalts (oder Einreisedatum)");
                var target = from.AddYears(y).AddMonths(m);
                return target <= asOf
                    ? Result(ctx, Outcome.True(), $"{req} (seit {Date(from)})")
                    : Result(ctx, Outcome.False(target), $"{req} (seit {Date(from)}; Aufenthaltsdauer erreicht am {Date(target)})");
            }
            case "enteredOnOrBefore":
            {
                var req = $"Einreise bis zum {Date(c.Date!.Value)}";
                if (s.EntryDate is not { } d) return Missing(ctx, req, "Einreisedatum");
                return Result(ctx, d <= c.Date ? Outcome.True() : Outcome.False(), $"{req} (eingereist am {Date(d)})");
            }
            case "benefit":
            {
                var req = "Leistungsbezug nach " + string.Join(" oder ", c.Kinds!.Select(Names.Of));
                if (s.Benefits is not { } list) return Missing(ctx, req, "Angaben zum Leistungsbezug");
                var now = list.Count == 0 ? "kein Leistungsbezug" : string.Join(", ", list.Select(Names.Of));
                return Result(ctx, list.Any(c.Kinds!.Contains) ? Outcome.True() : Outcome.False(), $"{req} (aktuell: {now})");
            }
            case "languageAtLeast":
            {
                var req = $"Deutschkenntnisse mindestens {c.Level}";
                if (s.LanguageLevel is not { } l) return Missing(ctx, req, "Sprachniveau Deutsch");
                return Result(ctx, l >= c.Level ? Outcome.True() : Outcome.False(), $"{req} (nachgewiesen: {l}{(s.LanguageLevelOn is { } on ? $" am {Date(on)}" : "")})");
            }
            case "schoolYearsAtLeast":
            {
                var req = $"mindestens {c.Years} Jahre erfolgreicher Schulbesuch in Deutschland";
                if (s.SchoolYearsInGermany is not { } y) return Missing(ctx, req, "Jahre des Schulbesuchs in Deutschland");
                return Result(ctx, y >= c.Years ? Outcome.True() : Outcome.False(), $"{req} (bisher {y})");
            }
            case "fact":
            {
                var (label, value) = Fact(c.Field!, s);
                var expected = c.Value ?? true;
                var req = expected ? label : "nicht: " + label;
                if (value is not { } v) return Missing(ctx, req, label);
                return Result(ctx, v == expected ? Outcome.True() : Outcome.False(), $"{req} ({(v ? "ja" : "nein")})");
            }
            case "employedFor":
            {
                var req = $"sozialversicherungspflichtige Beschäftigung mit mindestens {c.Hours:0.#} Wochenstunden seit mindestens {Months(c.Months!.Value)}";
                if (s.EmploymentHoursPerWeek is not { } hours) return Missing(ctx, req, "Wochenarbeitszeit");
                if (hours < c.Hours) return Result(ctx, Outcome.False(), $"{req} (Wochenarbeitszeit {hours:0.#} Stunden)");
                if (s.EmployedSince is not { } since) return Missing(ctx, req, "Beginn der Beschäftigung");
                var target = since.AddMonths(c.Months!.Value);
                return target <= asOf
                    ? Result(ctx, Outcome.True(), $"{req} (seit {Date(since)}, {hours:0.#} Stunden)")
                    : Result(ctx, Outcome.False(target), $"{req} (seit {Date(since)}; erreicht am {Date(target)})");
            }
            case "inProgramme":
            {
                var req = "im Case Management von " + string.Join(" oder ", c.Programmes!);
                if (s.Programmes is not { } list) return Missing(ctx, req, "Angaben zu laufenden Programmen");
                var hit = list.Where(p => c.Programmes!.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
                return Result(ctx, hit.Count > 0 ? Outcome.True() : Outcome.False(), $"{req} (aktuell: {(list.Count == 0 ? "keines" : string.Join(", ", list))})");
            }
            case "programmesAtLeast":
            {
                var req = $"in mindestens {c.Count} Case-Management-Programmen gleichen Zwecks ({string.Join(", ", c.Programmes!)})";
                if (s.Programmes is not { } list) return Missing(ctx, req, "Angaben zu laufenden Programmen");
                var hit = list.Where(p => c.Programmes!.Contains(p, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return Result(ctx, hit.Count >= c.Count ? Outcome.True() : Outcome.False(), $"{req} (aktuell: {(hit.Count == 0 ? "keines" : string.Join(", ", hit))})");
            }
            case "documentExpiresWithin":
            {
                var weeks = c.Weeks ?? ctx.Options.ResidenceExpiryWeeks;
                var req = $"Aufenthaltsdokument läuft innerhalb von {weeks} Wochen ab";
                if (s.Residence is not { } r) return Missing(ctx, req, "Aufenthaltsstatus");
                if (r.Type == ResidenceType.Naturalised) return Result(ctx, Outcome.False(), $"{req} (eingebürgert)");
                if (r.ValidUntil is not { } until) return Missing(ctx, req, "Gültigkeitsdatum des Aufenthaltsdokuments");
                var from = until.AddDays(-7 * weeks);
                if (from <= asOf && until < asOf) return Result(ctx, Outcome.True(), $"{req} (abgelaufen am {Date(until)})");
                return from <= asOf
                    ? Result(ctx, Outcome.True(), $"{req} (gültig bis {Date(until)})")
                    : Result(ctx, Outcome.False(from), $"{req} (gültig bis {Date(until)}; Erinnerung ab {Date(from)})");
            }
            case "assessmentOlderThan":
            {
                var req = $"letztes Assessment älter als {Months(c.Months!.Value)}";
                if (s.LastAssessmentOn is not { } last) return Missing(ctx, req, "Datum des letzten Assessments");
                var due = last.AddMonths(c.Months!.Value);
                return due <= asOf
                    ? Result(ctx, Outcome.True(), $"{req} (zuletzt am {Date(last)}, fällig seit {Date(due)})")
                    : Result(ctx, Outcome.False(due), $"{req} (zuletzt am {Date(last)}, fällig am {Date(due)})");
            }
            default:
                throw new InvalidOperationException($"Unbekannte Bedingung „{c.Op}“.");
        }
    }

    private static (string Label, bool? Value) Fact(string field, Situation s) => field switch
    {
        "livelihoodSecured" => ("Lebensunterhalt gesichert", s.LivelihoodSecured),
        "identityClarified" => ("Identität geklärt", s.IdentityClarified),
        "minorChildrenInHousehold" => ("minderjährige Kinder im Haushalt", s.MinorChildrenInHousehold),
        "germanQualification" => ("anerkannter Schul- oder Berufsabschluss in Deutschland", s.GermanQualification),
        "inVocationalTraining" => ("in qualifizierter Berufsausbildung", s.InVocationalTraining),
        "hasActiveCase" => ("aktiver Fall im Case Management", s.HasActiveCase),
        _ => throw new InvalidOperationException($"Unbekanntes Merkmal „{field}“.")
    };

    public static readonly IReadOnlySet<string> Facts = new HashSet<string>
        { "livelihoodSecured", "identityClarified", "minorChildrenInHousehold", "germanQualification", "inVocationalTraining", "hasActiveCase" };

    private static string Months(int months) => months % 12 == 0 ? Duration(months / 12, 0) : $"{months} Monaten".Replace("1 Monaten", "1 Monat");

    private static string Duration(int years, int months)
    {
        var parts = new List<string>();
        if (years > 0) parts.Add(years == 1 ? "1 Jahr" : $"{years} Jahre");
        if (months > 0) parts.Add(months == 1 ? "1 Monat" : $"{months} Monate");
        return parts.Count == 0 ? "0 Tage" : string.Join(" und ", parts);
    }
}

public static class Names
{
    public static string Of(ResidenceType t) => t switch
    {
        ResidenceType.PermissionToRemain => "Aufenthaltsgestattung",
        ResidenceType.Toleration => "Duldung",
        ResidenceType.TrainingToleration => "Ausbildungsduldung",
        ResidenceType.EmploymentToleration => "Beschäftigungsduldung",
        ResidenceType.ResidencePermit => "Aufenthaltserlaubnis",
        ResidenceType.WellIntegratedYouth => "Aufenthaltserlaubnis § 25a",
        ResidenceType.SustainableIntegration => "Aufenthaltserlaubnis § 25b",
        ResidenceType.SettlementPermit => "Niederlassungserlaubnis",
        ResidenceType.EuFreeMovement => "Freizügigkeit (EU)",
        ResidenceType.Naturalised => "eingebürgert",
        _ => "sonstiger Status"
    };

    public static string Of(BenefitType b) => b switch
    {
        BenefitType.SgbII => "SGB II",
        BenefitType.SgbIII => "SGB III",
        BenefitType.SgbXII => "SGB XII",
        _ => "AsylbLG"
    };

    public static string Of(RuleKind k) => k switch
    {
        RuleKind.Responsibility => "Zuständigkeit",
        RuleKind.Programme => "Programm",
        RuleKind.IntegrationCourse => "Integrationskurs",
        RuleKind.StatusPerspective => "Aufenthaltsperspektive",
        _ => "Frist"
    };

    public static string Of(FindingStatus s) => s switch
    {
        FindingStatus.Fulfilled => "erfüllt",
        FindingStatus.NotFulfilled => "nicht erfüllt",
        _ => "prüfen"
    };
}
