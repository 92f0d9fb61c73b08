using System.Text;
using Lotse.Rules;

namespace Lotse.UnitTests.Rules;

/// <summary>Every built-in rule file is valid, every rule cites a source and carries example cases that pass.</summary>
public class RuleFileTests
{
    private static readonly IReadOnlyList<RuleSetDefinition> Sets = RuleSetLoader.LoadBuiltIn();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Sets.SelectMany(s => s.Rules).Select(r => r.Id).Distinct()) data.Add(id);
        return data;
    }

    [Fact]
    public void Built_in_rule_sets_load_and_are_consistent_together()
    {
        Assert.True(Sets.Count >= 5);
        Assert.Empty(RuleSetValidator.ValidateAll(Sets));
        Assert.All(Sets, s => Assert.Empty(RuleSetValidator.Validate(s)));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_source_and_a_fulfilling_and_a_not_fulfilling_case(string id)
    {
        foreach (var rule in Sets.SelectMany(s => s.Rules).Where(r => r.Id == id))
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Source?.Norm), $"{id}: Rechtsquelle fehlt");
            Assert.StartsWith("https://", rule.Source!.Url);
            Assert.Contains(rule.Tests, t => t.Expect == FindingStatus.Fulfilled);
            Assert.Contains(rule.Tests, t => t.Expect == FindingStatus.NotFulfilled);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_example_case_gives_the_expected_result(string id)
    {
        var engine = new RuleEngine(Sets);
        foreach (var set in Sets)
        foreach (var rule in set.Rules.Where(r => r.Id == id))
        foreach (var t in rule.Tests)
        {
            var f = engine.Evaluate(set, rule, t.Situation, t.AsOf);
            Assert.True(f.Status == t.Expect, $"{id} / {t.Name}: {f.Status} statt {t.Expect} – {f.Explanation}");
            if (t.ReachableOn is not null) Assert.Equal(t.ReachableOn, f.ReachableOn);
        }
    }

    [Fact]
    public void A_rule_without_a_not_fulfilling_case_is_rejected()
    {
        var json = LocalRule("""[ { "name": "ja", "asOf": "2026-01-01", "situation": { "benefits": [ "sgbII" ] }, "expect": "fulfilled" } ]""");
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(Stream(json), "lokal/kreis.json", isLocal: true));
        Assert.Contains("lokal/kreis.json", e.Message);
        Assert.Contains("local.test", e.Message);
        Assert.Contains("notFulfilled", e.Message);
    }

    [Fact]
    public void A_rule_without_a_source_is_rejected_naming_file_and_rule()
    {
        var json = LocalRule(Cases).Replace("\"source\": { \"norm\": \"§ 44a AufenthG\", \"url\": \"https://www.gesetze-im-internet.de/aufenthg_2004/__44a.html\" },", "");
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(Stream(json), "lokal/kreis.json", isLocal: true));
        Assert.Contains("Regel „local.test“", e.Message);
        Assert.Contains("Rechtsquelle", e.Message);
    }

    [Fact]
    public void Broken_json_names_the_file_and_the_rule_near_the_error()
    {
        var json = LocalRule(Cases).Replace("\"op\": \"benefit\"", "\"op\": \"benefit\", \"unbekannt\": 1");
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(Stream(json), "lokal/kreis.json", isLocal: true));
        Assert.Contains("lokal/kreis.json", e.Message);
        Assert.Contains("local.test", e.Message);
    }

    [Fact]
    public void A_failing_example_case_is_rejected()
    {
        var json = LocalRule(Cases.Replace("\"expect\": \"notFulfilled\"", "\"expect\": \"unknown\"").Replace("\"expect\": \"fulfilled\"", "\"expect\": \"notFulfilled\""));
        var e = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(Stream(json), "lokal/kreis.json", isLocal: true));
        Assert.Contains("Testfall", e.Message);
    }

    [Fact]
    public void A_local_rule_reusing_a_built_in_id_is_rejected()
    {
        var local = RuleSetLoader.Parse(Stream(LocalRule(Cases).Replace("local.test", "responsibility.jobcenter")), "lokal/kreis.json", isLocal: true);
        var errors = RuleSetValidator.ValidateAll([.. Sets, local]);
        Assert.Contains(errors, e => e.Contains("responsibility.jobcenter"));
    }

    [Fact]
    public void The_demo_local_rule_set_is_valid()
    {
        var folder = Path.Combine(RepoRoot(), "src", "Lotse.Web", "Features", "Rules", "LocalRuleSets");
        var sets = RuleSetLoader.Load(folder);
        Assert.Contains(sets, s => s.IsLocal && s.Rules.Any(r => r.Title.Contains("10 Arbeitstagen")));
    }

    private const string Cases = """
        [ { "name": "ja", "asOf": "2026-01-01", "situation": { "benefits": [ "sgbII" ] }, "expect": "fulfilled" },
          { "name": "nein", "asOf": "2026-01-01", "situation": { "benefits": [] }, "expect": "notFulfilled" } ]
        """;

    private static string LocalRule(string tests) => $$"""
        {
          "id": "lokal", "title": "Lokal", "version": "1",
          "rules": [
            {
              "id": "local.test",
              "title": "Test",
              "kind": "integrationCourse",
              "source": { "norm": "§ 44a AufenthG", "url": "https://www.gesetze-im-internet.de/aufenthg_2004/__44a.html" },
              "condition": { "op": "benefit", "kinds": [ "sgbII" ] },
              "explanation": { "fulfilled": "a", "notFulfilled": "b", "unknown": "c" },
              "tests": {{tests}}
            }
          ]
        }
        """;

    private static MemoryStream Stream(string s) => new(Encoding.UTF8.GetBytes(s));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lotse.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Lotse.slnx nicht gefunden");
    }
}
