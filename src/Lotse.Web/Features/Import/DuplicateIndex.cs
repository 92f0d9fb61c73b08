using Lotse.Web.Features.Clients.Matching;

namespace Lotse.Web.Features.Import;

/// <summary>
/// Finds likely duplicates among many candidates in memory, as the client form's duplicate check does in the
/// database: candidates share a phonetic name key or the full birth date, and <see cref="DuplicateMatcher"/> scores them.
/// </summary>
public sealed class DuplicateIndex<TKey>
{
    private readonly List<(TKey Key, PreparedCandidate Candidate)> _items = [];
    private readonly Dictionary<string, List<int>> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int, int), List<int>> _byBirthDay = [];

    public int Count => _items.Count;

    public void Add(TKey key, MatchCandidate candidate, string? phoneticKey = null)
    {
        var index = _items.Count;
        _items.Add((key, DuplicateMatcher.Prepare(candidate)));
        foreach (var token in Tokens(candidate, phoneticKey))
        {
            if (!_byToken.TryGetValue(token, out var list)) _byToken[token] = list = [];
            list.Add(index);
        }
        if (DayOf(candidate) is { } day)
        {
            if (!_byBirthDay.TryGetValue(day, out var list)) _byBirthDay[day] = list = [];
            list.Add(index);
        }
    }

    /// <summary>The best candidate from <paramref name="threshold"/> on, or null.</summary>
    public (TKey Key, MatchResult Result)? Best(MatchCandidate candidate, double threshold = DuplicateMatcher.LikelyDuplicate)
    {
        var indexes = new HashSet<int>();
        foreach (var token in Tokens(candidate, null))
            if (_byToken.TryGetValue(token, out var list)) indexes.UnionWith(list);
        if (DayOf(candidate) is { } day && _byBirthDay.TryGetValue(day, out var sameDay)) indexes.UnionWith(sameDay);
        if (indexes.Count == 0) return null;

        var prepared = DuplicateMatcher.Prepare(candidate);
        (TKey Key, MatchResult Result)? best = null;
        foreach (var i in indexes.Order())
        {
            var result = DuplicateMatcher.Score(prepared, _items[i].Candidate);
            if (result.Score >= threshold && (best is null || result.Score > best.Value.Result.Score))
                best = (_items[i].Key, result);
        }
        return best;
    }

    private static IEnumerable<string> Tokens(MatchCandidate candidate, string? phoneticKey) =>
        (phoneticKey ?? string.Join(' ', candidate.Names.Select(NameKey.Phonetic)))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);

    private static (int, int, int)? DayOf(MatchCandidate candidate) =>
        candidate.BirthDate is { KnownDay: { } d, KnownMonth: { } m } b ? (b.Year, m, d) : null;
}
