using System.Net.Http.Json;
using Lotse.IntegrationTests.Fixtures;
using Lotse.Rules;

namespace Lotse.IntegrationTests.Features.Rules;

/// <summary>Local rule sets by configuration (Rules:LocalRuleSetPath): used when valid, a clear start-up error when not.</summary>
public abstract class LocalRuleSetTests(LotseAppFactory fixture)
{
    private static string DemoFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lotse.slnx"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "Lotse.Web", "Features", "Rules", "LocalRuleSets");
    }

    private Task<LotseAppFactory> WithLocalRulesAsync(string folder) => LotseAppFactory.StartAsync(fixture.Provider,
        new LotseAppOptions { Settings = new Dictionary<string, string?> { ["Rules:LocalRuleSetPath"] = folder } });

    [Fact]
    public async Task The_kreis_cooperation_agreement_is_applied_without_a_code_change()
    {
        await using var app = await WithLocalRulesAsync(DemoFolder());
        using var client = await app.ApiClientAsync("cm1");
        var result = await (await client.PostAsJsonAsync("/api/v1/rules/evaluate",
            new { asOf = "2026-06-01", situation = new { benefits = new[] { "SgbII" }, languageLevel = "A1" } })).ReadJsonAsync();
        var local = result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "local.musterland.berechtigungsschein-jobcenter");
        Assert.Equal("Fulfilled", local.GetProperty("status").GetString());
        Assert.True(local.GetProperty("isLocal").GetBoolean());
        Assert.Contains("innerhalb von 10 Arbeitstagen", local.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task An_invalid_local_rule_file_stops_the_start_naming_file_and_rule()
    {
        var folder = Directory.CreateTempSubdirectory("lotse-rules-").FullName;
        try
        {
            var json = (await File.ReadAllTextAsync(Path.Combine(DemoFolder(), "kreis-musterland.json"))).Replace("\"op\": \"benefit\"", "\"op\": \"leistung\"");
            await File.WriteAllTextAsync(Path.Combine(folder, "kaputt.json"), json);
            await using var app = await WithLocalRulesAsync(folder);
            var error = Record.Exception(() => app.CreateClient().Dispose());
            Assert.NotNull(error);
            var message = string.Join(" | ", Chain(error).Select(e => e.Message));
            Assert.Contains("kaputt.json", message);
            Assert.Contains("local.musterland.berechtigungsschein-jobcenter", message);
            Assert.Contains("leistung", message);
            Assert.Contains(Chain(error), e => e is RuleSetException);
        }
        finally { Directory.Delete(folder, true); }
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException a) foreach (var inner in a.InnerExceptions) foreach (var y in Chain(inner)) yield return y;
        }
    }
}

public sealed class LocalRuleSetTests_Sqlite(SqliteApp app) : LocalRuleSetTests(app), IClassFixture<SqliteApp>;
public sealed class LocalRuleSetTests_Postgres(PostgresApp app) : LocalRuleSetTests(app), IClassFixture<PostgresApp>;
