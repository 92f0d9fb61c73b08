using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Lotse.BrowserTests.Infrastructure;

public static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>
    /// Runs axe-core on the page as it is now. Fails on any violation of impact serious or critical, listing
    /// rule id, impact and the target nodes; minor and moderate findings are written to the test output.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string pageName, ITestOutputHelper output)
    {
        var (blocking, other) = await RunAsync(page, pageName);
        if (other.Count > 0)
            output.WriteLine($"axe on {pageName}: {other.Count} minor/moderate finding(s):{Environment.NewLine}{Describe(other)}");

        Assert.True(blocking.Count == 0,
            $"axe-core found {blocking.Count} serious/critical violation(s) on {pageName} ({page.Url}):{Environment.NewLine}{Describe(blocking)}");
    }

    /// <summary>Runs axe-core and splits its violations into blocking (serious, critical) and the rest.</summary>
    public static async Task<(IReadOnlyList<AxeResultItem> Blocking, IReadOnlyList<AxeResultItem> Other)> RunAsync(IPage page, string pageName)
    {
        AxeResult result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {pageName} ({page.Url}).");
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        return (blocking, result.Violations.Except(blocking).ToList());
    }

    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine($"- {v.Id} [{v.Impact}]: {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes)
            {
                text.AppendLine($"    target: {node.Target}");
                text.AppendLine($"      html: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
                    .Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct();
                foreach (var message in checks)
                    text.AppendLine($"      - {message.ReplaceLineEndings(" ")}");
            }
        }
        return text.ToString();
    }
}
