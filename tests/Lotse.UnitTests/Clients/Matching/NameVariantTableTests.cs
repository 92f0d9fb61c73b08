using Lotse.Web.Features.Clients.Matching;

namespace Lotse.UnitTests.Clients.Matching;

public class NameVariantTableTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(NameVariantTable.Rows), MemberType = typeof(NameVariantTable))]
    public void Pair_is_classified_as_a_case_manager_expects(string phenomenon,
        string givenA, string familyA, string? birthA, string givenB, string familyB, string? birthB, bool likelyDuplicate)
    {
        var a = MatchCandidate.Of(givenA, familyA, Date(birthA));
        var b = MatchCandidate.Of(givenB, familyB, Date(birthB));

        var result = DuplicateMatcher.Score(a, b);

        Assert.True(result.IsLikelyDuplicate == likelyDuplicate,
            $"{phenomenon}: expected {(likelyDuplicate ? "likely duplicate" : "no likely duplicate")}, " +
            $"score {result.Score:0.000}: {string.Join("; ", result.Reasons)}");
    }

    [Theory]
    [MemberData(nameof(NameVariantTable.Rows), MemberType = typeof(NameVariantTable))]
    public void Score_is_symmetric_and_within_bounds(string phenomenon,
        string givenA, string familyA, string? birthA, string givenB, string familyB, string? birthB, bool likelyDuplicate)
    {
        _ = likelyDuplicate;
        var a = MatchCandidate.Of(givenA, familyA, Date(birthA));
        var b = MatchCandidate.Of(givenB, familyB, Date(birthB));

        var ab = DuplicateMatcher.Score(a, b).Score;
        var ba = DuplicateMatcher.Score(b, a).Score;

        Assert.InRange(ab, 0.0, 1.0);
        Assert.True(Math.Abs(ab - ba) < 1e-9, $"{phenomenon}: {ab} vs {ba}");
    }

    [Fact]
    public void Table_has_at_least_30_rows_and_covers_every_language_group()
    {
        var phenomena = NameVariantTable.Rows.Select(row => (string)row[0]).ToList();

        Assert.True(phenomena.Count >= 30, $"only {phenomena.Count} rows");
        foreach (var language in new[] { "Arabisch", "Persisch", "Kurdisch", "Tigrinya", "Ukrainisch", "Türkisch" })
            Assert.True(phenomena.Count(p => p.Contains(language, StringComparison.Ordinal)) >= 3, $"fewer than 3 rows for {language}");
        Assert.Contains(NameVariantTable.Rows, row => (bool)row[7]);
        Assert.True(NameVariantTable.Rows.Count(row => !(bool)row[7]) >= 10, "too few clear non-matches");
    }

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text, Today);
}
