using Lotse.Web.Features.Clients.Matching;

namespace Lotse.UnitTests.Clients.Matching;

public class DuplicateMatcherTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static PartialDate D(string text) => PartialDate.Parse(text, Today);

    [Fact]
    public void Plausible_variant_with_same_birth_date_ranks_far_above_identical_name_a_decade_apart()
    {
        var intake = MatchCandidate.Of("Ahmad", "Karimi", D("14.03.1985"));
        var variantSameDay = MatchCandidate.Of("Ahmed", "Karimy", D("14.03.1985"));
        var identicalOtherDecade = MatchCandidate.Of("Ahmad", "Karimi", D("02.07.1996"));

        var variant = DuplicateMatcher.Score(intake, variantSameDay);
        var identical = DuplicateMatcher.Score(intake, identicalOtherDecade);

        Assert.True(variant.IsLikelyDuplicate, string.Join("; ", variant.Reasons));
        Assert.False(identical.IsLikelyDuplicate);
        Assert.True(identical.Score < 0.2, $"identical name, 11 years apart: {identical.Score}");
        Assert.True(variant.Score - identical.Score > 0.7);
    }

    [Fact]
    public void Reasons_explain_the_score_in_German()
    {
        var result = DuplicateMatcher.Score(
            MatchCandidate.Of("Mohammed", "Al-Hassan", D("20.05.1990"), ["SYR"]),
            MatchCandidate.Of("Muhammad", "Alhasan", D("20.05.1990"), ["syr"]));

        Assert.Equal(
        [
            "Vorname phonetisch gleich (Mohammed ~ Muhammad)",
            "Nachname phonetisch gleich (Al-Hassan ~ Alhasan)",
            "Geburtsdatum identisch (20.05.1990)",
            "Staatsangehörigkeit gleich (SYR)"
        ], result.Reasons);
    }

    [Fact]
    public void Distant_birth_year_is_named_with_the_difference()
    {
        var result = DuplicateMatcher.Score(
            MatchCandidate.Of("Ivan", "Melnyk", D("1970")),
            MatchCandidate.Of("Ivan", "Melnyk", D("12.04.1982")));

        Assert.Contains("Geburtsjahr weicht um 12 Jahre ab (1970 ~ 12.04.1982)", result.Reasons);
        Assert.False(result.IsLikelyDuplicate);
    }

    [Fact]
    public void Shared_nationality_raises_and_conflicting_nationality_lowers_only_slightly()
    {
        MatchResult Score(string[] a, string[] b) => DuplicateMatcher.Score(
            MatchCandidate.Of("Tesfay", "Kidane", D("1990"), a),
            MatchCandidate.Of("Tesfaye", "Kidane", D("1990"), b));

        var unknown = Score([], ["ERI"]).Score;
        var shared = Score(["ERI"], ["ERI", "ETH"]).Score;
        var conflict = Score(["ERI"], ["ETH"]).Score;

        Assert.True(shared > unknown);
        Assert.True(conflict < unknown);
        Assert.True(unknown - conflict < 0.15, "dual nationality exists: a conflict must not decide alone");
        Assert.Contains("Staatsangehörigkeit verschieden (ERI / ETH)", Score(["ERI"], ["ETH"]).Reasons);
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("XXA")]
    [InlineData(" ")]
    public void Unspecified_or_stateless_nationality_counts_as_unknown(string code)
    {
        var withCode = DuplicateMatcher.Score(
            MatchCandidate.Of("Ahmad", "Haddad", D("1980"), [code]),
            MatchCandidate.Of("Ahmad", "Haddad", D("1980"), ["SYR"]));
        var without = DuplicateMatcher.Score(
            MatchCandidate.Of("Ahmad", "Haddad", D("1980")),
            MatchCandidate.Of("Ahmad", "Haddad", D("1980"), ["SYR"]));

        Assert.Equal(without.Score, withCode.Score);
    }

    [Fact]
    public void Name_variants_of_a_record_are_used_and_named()
    {
        var stored = MatchCandidate.Of("Abu Bakr", "Mahmoud", D("1983"), ["IRQ"], "أبو بكر محمود", "Abubakar Mahmud");
        var intake = MatchCandidate.Of("Abubakar", "Mahmud", D("05.10.1983"), ["IRQ"]);

        var result = DuplicateMatcher.Score(intake, stored);

        Assert.True(result.IsLikelyDuplicate, string.Join("; ", result.Reasons));
        Assert.Contains("Abgleich über Namensvariante „Abubakar Mahmud“", result.Reasons);
    }

    [Fact]
    public void A_single_full_name_entry_is_compared_without_given_family_split()
    {
        var a = new MatchCandidate(["Tesfay Gebremedhin"], D("1990"), []);
        var b = MatchCandidate.Of("Tesfaye", "Gebre Medhin", D("03.03.1990"));

        Assert.True(DuplicateMatcher.Score(a, b).IsLikelyDuplicate);
    }

    [Fact]
    public void Unknown_birth_date_leaves_the_decision_to_the_name()
    {
        var identical = DuplicateMatcher.Score(MatchCandidate.Of("Samira", "Haddad"), MatchCandidate.Of("Samira", "Haddad", D("1991")));
        var different = DuplicateMatcher.Score(MatchCandidate.Of("Samira", "Haddad"), MatchCandidate.Of("Amira", "Hamdan", D("1991")));

        Assert.Contains("Geburtsdatum auf einer Seite unbekannt", identical.Reasons);
        Assert.True(identical.IsLikelyDuplicate);
        Assert.False(different.IsLikelyDuplicate);
    }

    [Fact]
    public void A_lone_common_given_name_with_a_birth_year_is_not_a_likely_duplicate()
    {
        var result = DuplicateMatcher.Score(MatchCandidate.Of("Mohammed", null, D("1990")), MatchCandidate.Of("Mohammed", "Hassan", D("1990")));

        Assert.False(result.IsLikelyDuplicate);
        Assert.Contains("Zusätzlicher Namensteil nur auf einer Seite (Hassan)", result.Reasons);
    }

    [Fact]
    public void Empty_names_do_not_throw_and_do_not_match()
    {
        var result = DuplicateMatcher.Score(new MatchCandidate([], null, []), MatchCandidate.Of("", "  ", null));

        Assert.False(result.IsLikelyDuplicate);
        Assert.Contains("Kein vergleichbarer Name vorhanden", result.Reasons);
    }

    [Fact]
    public void Prepared_candidates_score_like_raw_candidates()
    {
        var a = MatchCandidate.Of("Şêx", "Ehmed", D("02.06.1971"), ["SYR"]);
        var b = MatchCandidate.Of("Sheikh", "Ahmad", D("1971"), ["SYR", "TUR"]);

        Assert.Equal(DuplicateMatcher.Score(a, b), DuplicateMatcher.Score(DuplicateMatcher.Prepare(a), DuplicateMatcher.Prepare(b)),
            new MatchResultComparer());
    }

    [Fact]
    public void Candidates_rank_best_first_as_the_duplicate_check_lists_them()
    {
        var intake = MatchCandidate.Of("Mohammed", "Al-Hassan", D("20.05.1990"), ["SYR"]);
        var stored = new Dictionary<string, MatchCandidate>
        {
            ["same person, Arabic script"] = MatchCandidate.Of("محمد", "الحسن", D("20.05.1990"), ["SYR"]),
            ["same person, year only"] = MatchCandidate.Of("Mohamad", "El Hasan", D("1990")),
            ["same name, one year off, other day"] = MatchCandidate.Of("Mohammed", "Al-Hassan", D("11.02.1991")),
            ["brother Mahmoud"] = MatchCandidate.Of("Mahmoud", "Al-Hassan", D("1988"), ["SYR"]),
            ["namesake, other decade"] = MatchCandidate.Of("Muhammad", "Alhasan", D("1972"), ["SYR"]),
        };

        var ranking = stored
            .Select(s => (s.Key, DuplicateMatcher.Score(intake, s.Value).Score))
            .OrderByDescending(s => s.Score)
            .ToList();

        Assert.Equal(stored.Keys.Take(3), ranking.Take(3).Select(r => r.Key));
        Assert.All(ranking.Take(2), r => Assert.True(r.Score >= DuplicateMatcher.LikelyDuplicate, r.Key));
        Assert.All(ranking.Skip(2), r => Assert.True(r.Score < DuplicateMatcher.LikelyDuplicate, r.Key));
    }

    private sealed class MatchResultComparer : IEqualityComparer<MatchResult>
    {
        public bool Equals(MatchResult? x, MatchResult? y) =>
            x is not null && y is not null && x.Score == y.Score && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(MatchResult obj) => obj.Score.GetHashCode();
    }
}
