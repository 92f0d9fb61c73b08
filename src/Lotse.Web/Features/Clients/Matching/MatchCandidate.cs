namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// What duplicate detection knows about a person: the new intake or a stored client.
/// </summary>
/// <param name="Names">Names[0] = given name(s), Names[1] = family name, Names[2..] = further complete
/// spellings of the whole name (passport, Arabic/Cyrillic/Ethiopic script, earlier registration). A list with
/// a single entry is read as the complete name without a given/family split.</param>
/// <param name="BirthDate">Birth date, possibly partial; null if unknown.</param>
/// <param name="Nationalities">ISO 3166-1 alpha-3 codes (case-insensitive). The ICAO codes XXA (stateless),
/// XXB/XXC (refugee) and XXX (unspecified) count as unknown, because "ungeklärt" and stateless entries
/// routinely stand for a nationality that another office recorded.</param>
public sealed record MatchCandidate(IReadOnlyList<string> Names, PartialDate? BirthDate, IReadOnlyList<string> Nationalities)
{
    public static MatchCandidate Of(string? givenNames, string? familyName, PartialDate? birthDate = null,
        IReadOnlyList<string>? nationalities = null, params string[] variants) =>
        new([givenNames ?? "", familyName ?? "", .. variants], birthDate, nationalities ?? []);
}

/// <summary>A candidate with its names tokenised and encoded once, for scoring one intake against many
/// stored clients (see <see cref="DuplicateMatcher.Prepare"/>).</summary>
public sealed class PreparedCandidate
{
    private static readonly HashSet<string> UnknownNationalities = new(StringComparer.Ordinal) { "XXA", "XXB", "XXC", "XXX" };

    public MatchCandidate Candidate { get; }

    internal IReadOnlyList<NameForm> Forms { get; }

    internal IReadOnlySet<string> Nationalities { get; }

    internal PreparedCandidate(MatchCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        Candidate = candidate;
        Forms = BuildForms(candidate.Names ?? []);
        Nationalities = (candidate.Nationalities ?? [])
            .Select(n => n.Trim().ToUpperInvariant())
            .Where(n => n.Length > 0 && !UnknownNationalities.Contains(n))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static List<NameForm> BuildForms(IReadOnlyList<string> names)
    {
        var forms = new List<NameForm>();
        if (names.Count == 1)
        {
            AddIfNotEmpty(NameTokenizer.Tokenize(names[0], NameRole.Other), null);
            return forms;
        }
        if (names.Count >= 2)
        {
            var primary = NameTokenizer.Tokenize(names[0], NameRole.Given, field: 0)
                .Concat(NameTokenizer.Tokenize(names[1], NameRole.Family, field: 1)).ToList();
            AddIfNotEmpty(primary, null);
        }
        for (var i = 2; i < names.Count; i++)
            AddIfNotEmpty(NameTokenizer.Tokenize(names[i], NameRole.Other, field: i), names[i]);
        return forms;

        void AddIfNotEmpty(IReadOnlyList<NameToken> tokens, string? variant)
        {
            if (tokens.Count > 0) forms.Add(new NameForm(tokens, variant));
        }
    }
}

/// <summary>Likelihood that two candidates are the same person, with the German reasons to show the case manager.</summary>
/// <param name="Score">0 (certainly different) to 1 (certainly the same); see <see cref="DuplicateMatcher.LikelyDuplicate"/>.</param>
/// <param name="Reasons">What raised or lowered the score, most important first.</param>
public sealed record MatchResult(double Score, IReadOnlyList<string> Reasons)
{
    public bool IsLikelyDuplicate => Score >= DuplicateMatcher.LikelyDuplicate;
}
