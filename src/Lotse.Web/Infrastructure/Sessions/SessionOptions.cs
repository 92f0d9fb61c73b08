namespace Lotse.Web.Infrastructure.Sessions;

/// <summary>Configuration section "Sessions".</summary>
public sealed class LotseSessionOptions
{
    /// <summary>A browser session ends after this much inactivity.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>A browser session ends this long after sign-in, active or not.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);
    /// <summary>Lifetime of an API access token.</summary>
    public TimeSpan ApiTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
