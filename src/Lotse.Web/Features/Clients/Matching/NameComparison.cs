namespace Lotse.Web.Features.Clients.Matching;

/// <summary>All tokens of one way of writing a person's name: the record's given and family name, or one
/// further spelling (passport, Arabic script, earlier registration).</summary>
internal sealed record NameForm(IReadOnlyList<NameToken> Tokens, string? VariantText)
{
    public IReadOnlyList<NameUnit> Units { get; } = NameUnit.AllOf(Tokens);
}

/// <summary>
/// Best alignment of two names: name parts are paired regardless of order (given and family name are
/// often swapped, Arabic full names carry father's and grandfather's names), compounds may pair with
/// their halves, and each part is used at most once.
/// </summary>
internal sealed record NameComparison(
    double Score, IReadOnlyList<UnitComparison> Pairs, IReadOnlyList<NameToken> Unpaired, NameForm FormA, NameForm FormB)
{
    /// <summary>An extra name part on one side (a middle name, the grandfather's name) lowers the score a little.</summary>
    public const double PenaltyPerUnpairedToken = 0.05;
    public const double MaxUnpairedPenalty = 0.15;

    /// <summary>A name of one word agrees with too many people to count as fully identical.</summary>
    public const double SingleWordCap = 0.75;

    // A clearly different part weighs more than a slightly different one: "Ahmad/Mahmoud Karimi" must not
    // average out to "similar". Maps a pair's similarity to its credit.
    private static readonly Piecewise PairCredit = new((0, 0), (0.6, 0.05), (0.75, 0.2), (0.8, 0.35), (0.85, 0.75), (0.88, 0.85), (0.95, 0.95), (1, 1));

    public static NameComparison? Best(IReadOnlyList<NameForm> formsA, IReadOnlyList<NameForm> formsB)
    {
        NameComparison? best = null;
        foreach (var a in formsA)
        {
            foreach (var b in formsB)
            {
                var comparison = Align(a, b);
                if (best is null || comparison.Score > best.Score) best = comparison;
            }
        }
        return best;
    }

    private static NameComparison Align(NameForm a, NameForm b)
    {
        var candidates = new List<UnitComparison>(a.Units.Count * b.Units.Count);
        foreach (var ua in a.Units)
            foreach (var ub in b.Units)
                candidates.Add(UnitComparison.Of(ua, ub));

        // Greedy on the best pairs first; with the handful of parts a name has this finds the optimum in practice.
        var ordered = candidates
            .OrderByDescending(c => c.Similarity)
            .ThenByDescending(c => c.A.Tokens.Count + c.B.Tokens.Count)
            .ThenBy(c => c.A.Tokens[0].Field).ThenBy(c => c.A.Tokens[0].Position)
            .ThenBy(c => c.B.Tokens[0].Field).ThenBy(c => c.B.Tokens[0].Position);
        var usedA = new HashSet<NameToken>(ReferenceEqualityComparer.Instance);
        var usedB = new HashSet<NameToken>(ReferenceEqualityComparer.Instance);
        var pairs = new List<UnitComparison>();
        foreach (var c in ordered)
        {
            if (usedA.Count == a.Tokens.Count || usedB.Count == b.Tokens.Count) break;
            if (c.A.Tokens.Any(usedA.Contains) || c.B.Tokens.Any(usedB.Contains)) continue;
            pairs.Add(c);
            usedA.UnionWith(c.A.Tokens);
            usedB.UnionWith(c.B.Tokens);
        }

        var unpaired = a.Tokens.Where(t => !usedA.Contains(t)).Concat(b.Tokens.Where(t => !usedB.Contains(t))).ToList();
        return new NameComparison(ScoreOf(pairs, unpaired.Count, a, b), pairs, unpaired, a, b);
    }

    private static double ScoreOf(IReadOnlyList<UnitComparison> pairs, int unpaired, NameForm a, NameForm b)
    {
        if (pairs.Count == 0) return 0;
        double credit = 0, weight = 0;
        foreach (var pair in pairs)
        {
            var w = Math.Max(pair.A.Tokens.Count, pair.B.Tokens.Count);
            credit += w * PairCredit.At(pair.Similarity);
            weight += w;
        }
        var score = credit / weight - Math.Min(unpaired * PenaltyPerUnpairedToken, MaxUnpairedPenalty);
        if (a.Tokens.Count == 1 || b.Tokens.Count == 1) score = Math.Min(score, SingleWordCap);
        return Math.Clamp(score, 0, 1);
    }
}
