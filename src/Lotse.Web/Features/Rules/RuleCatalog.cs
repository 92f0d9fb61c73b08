using Lotse.Rules;

namespace Lotse.Web.Features.Rules;

/// <summary>
/// The rule sets of this installation: the built-in sets of Lotse.Rules plus the Kreis's own folder
/// (Rules:LocalRuleSetPath, relative to the content root). Loaded once; an invalid file stops the start
/// with a message naming the file and the rule (<see cref="RuleCatalogCheck"/>).
/// </summary>
public sealed class RuleCatalog
{
    public RuleCatalog(IConfiguration config, IHostEnvironment env)
    {
        var local = config["Rules:LocalRuleSetPath"];
        LocalFolder = string.IsNullOrWhiteSpace(local) ? null : Path.GetFullPath(Path.Combine(env.ContentRootPath, local));
        var options = new RuleEngineOptions
        {
            ResidenceExpiryWeeks = config.GetValue("Rules:ResidenceExpiryWeeks", config.GetValue("Reminders:ResidenceExpiryWeeks", 8))
        };
        Engine = new RuleEngine(RuleSetLoader.Load(LocalFolder), options);
    }

    public RuleEngine Engine { get; }
    public string? LocalFolder { get; }
    public IReadOnlyList<RuleSetDefinition> Sets => Engine.Sets;
}

/// <summary>Loads the rule catalogue while the app starts, so a broken local rule file is found before anyone signs in.</summary>
public sealed class RuleCatalogCheck(IServiceProvider services, ILogger<RuleCatalogCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var catalog = services.GetRequiredService<RuleCatalog>();
            log.LogInformation("Rule sets loaded: {Sets} sets, {Rules} rules", catalog.Sets.Count, catalog.Sets.Sum(s => s.Rules.Count));
        }
        catch (Exception e) when (e is RuleSetException || e.InnerException is RuleSetException)
        {
            var inner = e as RuleSetException ?? (RuleSetException)e.InnerException!;
            throw new InvalidOperationException("Lotse startet nicht: Ein Regelwerk ist fehlerhaft." + Environment.NewLine + inner.Message, inner);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
