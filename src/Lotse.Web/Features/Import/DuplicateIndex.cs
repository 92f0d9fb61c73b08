using Lotse.Web.Features.Clients.Matching;

namespace Lotse.Web.Features.Import;

/// <summary>
/// Finds likely duplicates among many candidates in memory, as the client form's duplicate check does in the
/// database: candidates share a phonetic name key or the full birth date, and <see cref="DuplicateMatcher"/> scores them.
/// Candidates born two or more years apart are not scored: with the matcher's weights even identical names and a shared
/// nationality stay below <see cref="DuplicateMatcher.LikelyDuplicate"/> then (−2 + 4.5 − 2.5 + 0.5 → 0.62; a unit test
/// guards this), and skipping them keeps the dry run of large files with common names fast.
/// </summary>
public sealed class DuplicateIndex<TKey>
{
    public const int MaxYearsApart = 1;

    private readonly List<(TKey Key, DuplicateProbe Probe)> _items = [];
    private readonly Dictionary<string, List<int>> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int, int), List<int>> _byBirthDay = [];

    public int Count => _items.Count;

    public void Add(TKey key, MatchCandidate candidate, string? phoneticKey = null) => Add(key, new DuplicateProbe(candidate, phoneticKey));

    public void Add(TKey key, DuplicateProbe probe)
    {
        var index = _items.Count;
        _items.Add((key, probe));
        foreach (var token in probe.Tokens)
        {
            if (!_byToken.TryGetValue(token, out var list)) _byToken[token] = list = [];
            list.Add(index);
        }
        if (probe.BirthDay is { } day)
        {
            if (!_byBirthDay.TryGetValue(day, out var list)) _byBirthDay[day] = list = [];
            list.Add(index);
        }
    }

    /// <summary>The best candidate from <paramref name="threshold"/> on, or null.</summary>
    public (TKey Key, MatchResult Result)? Best(MatchCandidate candidate, double threshold = DuplicateMatcher.LikelyDuplicate) =>
        Best(new DuplicateProbe(candidate), threshold);

    public (TKey Key, MatchResult Result)? Best(DuplicateProbe probe, double threshold = DuplicateMatcher.LikelyDuplicate)
    {
        var indexes = new HashSet<int>();
        foreach (var token in probe.Tokens)
            if (_byToken.TryGetValue(token, out var list)) indexes.UnionWith(list);
        if (probe.BirthDay is { } day && _byBirthDay.TryGetValue(day, out var sameDay)) indexes.UnionWith(sameDay);

        (TKey Key, MatchResult Result)? best = null;
        foreach (var i in indexes.Order())
        {
            var other = _items[i].Probe;
            if (probe.BirthYear is { } y && other.BirthYear is { } o && Math.Abs(y - o) > MaxYearsApart) continue;
            var result = DuplicateMatcher.Score(probe.Prepared, other.Prepared);
            if (result.Score >= threshold && (best is null || result.Score > best.Value.Result.Score))
                best = (_items[i].Key, result);
        }
        return best;
    }
}

/// <summary>A candidate prepared once, for looking it up and then adding it.</summary>
public sealed class DuplicateProbe
{
    /// <param name="phoneticKey">The stored phonetic key of a client (saves encoding its names again).</param>
    public DuplicateProbe(MatchCandidate candidate, string? phoneticKey = null)
    {
        Prepared = DuplicateMatcher.Prepare(candidate);
        Tokens = (phoneticKey ?? string.Join(' ', candidate.Names.Select(NameKey.Phonetic)))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        BirthYear = candidate.BirthDate?.Year;
        BirthDay = candidate.BirthDate is { KnownDay: { } d, KnownMonth: { } m } b ? (b.Year, m, d) : null;
    }

    internal PreparedCandidate Prepared { get; }
    internal string[] Tokens { get; }
    internal int? BirthYear { get; }
    internal (int, int, int)? BirthDay { get; }
}
