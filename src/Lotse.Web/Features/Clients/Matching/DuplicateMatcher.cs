namespace Lotse.Web.Features.Clients.Matching;

/// <summary>
/// Scores how likely two client records describe the same person, for the duplicate check before a
/// client is created. Pure and thread-safe; no database.
/// </summary>
/// <remarks>
/// <para>Names: each name part is compared by normalised form, then by phonetic reading
/// (<see cref="NameKey"/>), then by a weighted edit distance of the readings; parts are aligned in any order
/// (given/family swap), compounds may match their halves, and the best of all name spellings counts.</para>
/// <para>Evidence (log-odds, see <see cref="MatchEvidence"/>): prior −2; name from −6 (different) to +4.5
/// (identical); birth date from −5 (five or more years apart) to +3 (same day); nationality +0.5 shared,
/// −1 conflicting. Score = logistic(sum). So an identical name a decade apart scores about 0.08, a phonetic
/// variant with the same birth date about 0.99, the same variant with only the birth year known about 0.95.</para>
/// </remarks>
public static class DuplicateMatcher
{
    /// <summary>
    /// From this score on, the intake form warns "wahrscheinlich bereits erfasst". It is reached by a
    /// phonetically equal name with a compatible birth date, or an identical name when a date is missing;
    /// it is not reached when the birth dates conflict (other month, two or more years apart) or a name
    /// part is clearly different. Lower scores may still be listed as possible matches, best first.
    /// </summary>
    public const double LikelyDuplicate = 0.75;

    /// <summary>Tokenises and encodes a candidate once; use for scoring one intake against many stored clients.</summary>
    public static PreparedCandidate Prepare(MatchCandidate candidate) => new(candidate);

    public static MatchResult Score(MatchCandidate a, MatchCandidate b) => Score(Prepare(a), Prepare(b));

    public static MatchResult Score(PreparedCandidate a, PreparedCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var reasons = new List<string>();

        var names = NameComparison.Best(a.Forms, b.Forms);
        var logOdds = MatchEvidence.Prior + MatchEvidence.Name.At(names?.Score ?? 0);
        reasons.AddRange(MatchReasons.ForNames(names));

        var (dateA, dateB) = (a.Candidate.BirthDate, b.Candidate.BirthDate);
        var dates = dateA is not null && dateB is not null ? BirthDateComparison.Of(dateA, dateB) : null;
        if (dates is not null) logOdds += MatchEvidence.ForBirthDate(dates);
        reasons.Add(MatchReasons.ForBirthDate(dateA, dateB, dates));

        if (a.Nationalities.Count > 0 && b.Nationalities.Count > 0)
            logOdds += a.Nationalities.Overlaps(b.Nationalities) ? MatchEvidence.NationalityShared : MatchEvidence.NationalityConflict;
        if (MatchReasons.ForNationalities(a.Nationalities, b.Nationalities) is { } nationality)
            reasons.Add(nationality);

        return new MatchResult(Math.Round(MatchEvidence.Logistic(logOdds), 3), reasons);
    }
}
