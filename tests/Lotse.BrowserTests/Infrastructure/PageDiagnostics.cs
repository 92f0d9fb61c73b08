using Microsoft.Playwright;

namespace Lotse.BrowserTests.Infrastructure;

/// <summary>
/// Collects what a user would not see but must not happen: console errors, uncaught script errors and
/// Content-Security-Policy violations (reported by the browser's securitypolicyviolation event).
/// </summary>
public sealed class PageDiagnostics
{
    private const string BindingName = "__lotseCspViolation";

    private const string CspListener = $$"""
        document.addEventListener('securitypolicyviolation', e => {
            try { window.{{BindingName}}(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI} (${e.sourceFile || ''}:${e.lineNumber || 0})`); } catch { }
        });
        """;

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems
    {
        get { lock (_problems) return _problems.ToList(); }
    }

    public static async Task<PageDiagnostics> AttachAsync(IBrowserContext context)
    {
        var diagnostics = new PageDiagnostics();
        await context.ExposeBindingAsync(BindingName, (BindingSource _, string violation) =>
        {
            diagnostics.Add($"CSP violation: {violation}");
        });
        await context.AddInitScriptAsync(CspListener);
        context.Console += (_, message) =>
        {
            // The browser itself asks for /favicon.ico (the app has none yet); that 404 is not a page's error.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                diagnostics.Add($"console error on {message.Page?.Url}: {message.Text} ({message.Location})");
        };
        context.WebError += (_, error) => diagnostics.Add($"page error: {error.Error}");
        return diagnostics;
    }

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public void Clear()
    {
        lock (_problems) _problems.Clear();
    }

    /// <summary>Fails with every collected problem listed; <paramref name="except"/> names an expected one (a substring).</summary>
    public void AssertClean(string where, string? except = null)
    {
        var problems = Problems.Where(p => except is null || !p.Contains(except, StringComparison.Ordinal)).ToList();
        Xunit.Assert.True(problems.Count == 0,
            $"{where}: {problems.Count} console error(s), script error(s) or CSP violation(s):{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", problems));
    }
}
