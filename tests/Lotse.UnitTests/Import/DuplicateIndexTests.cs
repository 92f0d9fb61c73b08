using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Features.Import;

namespace Lotse.UnitTests.Import;

public class DuplicateIndexTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static MatchCandidate Person(string given, string family, string birth, params string[] nationalities) =>
        MatchCandidate.Of(given, family, PartialDate.Parse(birth, Today), nationalities);

    [Fact]
    public void Finds_a_spelling_variant_with_the_same_birth_date()
    {
        var index = new DuplicateIndex<int>();
        index.Add(2, Person("Mohammed", "Al-Hassan", "12.03.1990", "SYR"));
        index.Add(3, Person("Olena", "Kovalenko", "1985"));
        var best = index.Best(Person("Muhammad", "Alhasan", "12.03.1990", "SYR"));
        Assert.NotNull(best);
        Assert.Equal(2, best.Value.Key);
        Assert.True(best.Value.Result.IsLikelyDuplicate);
    }

    [Fact]
    public void Different_people_are_not_duplicates()
    {
        var index = new DuplicateIndex<int>();
        index.Add(2, Person("Mohammed", "Al-Hassan", "12.03.1990"));
        Assert.Null(index.Best(Person("Mohammed", "Rahimi", "04.11.1975")));
        Assert.Null(index.Best(Person("Fatima", "Haidari", "01.01.2001")));
    }

    [Fact]
    public void Skipping_candidates_born_two_years_apart_loses_no_likely_duplicate()
    {
        // The index relies on this: identical names, shared nationality, two years apart stay below the threshold.
        var score = DuplicateMatcher.Score(Person("Ahmad", "Rahimi", "1990", "AFG"), Person("Ahmad", "Rahimi", "1992", "AFG")).Score;
        Assert.True(score < DuplicateMatcher.LikelyDuplicate, $"score {score}");
        var exactDays = DuplicateMatcher.Score(Person("Ahmad", "Rahimi", "05.06.1990", "AFG"), Person("Ahmad", "Rahimi", "05.06.1992", "AFG")).Score;
        Assert.True(exactDays < DuplicateMatcher.LikelyDuplicate, $"score {exactDays}");
    }

    [Fact]
    public void A_year_off_by_one_is_still_compared()
    {
        var index = new DuplicateIndex<int>();
        index.Add(7, Person("Ahmad", "Rahimi", "05.06.1990", "AFG"));
        var best = index.Best(Person("Ahmad", "Rahimi", "05.06.1991", "AFG"));
        var direct = DuplicateMatcher.Score(Person("Ahmad", "Rahimi", "05.06.1990", "AFG"), Person("Ahmad", "Rahimi", "05.06.1991", "AFG"));
        Assert.Equal(direct.IsLikelyDuplicate, best is not null);
    }
}
