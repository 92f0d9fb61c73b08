using Microsoft.Extensions.Options;

namespace Lotse.Web.Infrastructure.Identity;

/// <summary>
/// Configuration section "Authentication:Oidc": sign-in through the municipality's OpenID Connect
/// provider (Keycloak, ADFS, ...). External users are mapped to existing Lotse accounts, never created.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";

    public bool Enabled { get; set; }
    public string DisplayName { get; set; } = "Anmeldung über das Verwaltungskonto";
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>The claim whose value equals the Lotse user name (e.g. preferred_username, upn, email).</summary>
    public string UserNameClaim { get; set; } = "preferred_username";
    public bool RequireHttpsMetadata { get; set; } = true;
}

/// <summary>Checked at start-up: a half-configured provider stops Lotse with a clear message.</summary>
public sealed class OidcOptionsValidator : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions o)
    {
        if (!o.Enabled) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (!Uri.TryCreate(o.Authority, UriKind.Absolute, out var authority))
            errors.Add("Authentication:Oidc:Authority muss eine absolute URL des OpenID-Connect-Anbieters sein.");
        else if (o.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
            errors.Add("Authentication:Oidc:Authority muss https verwenden (oder RequireHttpsMetadata=false nur für Tests).");
        if (string.IsNullOrWhiteSpace(o.ClientId))
            errors.Add("Authentication:Oidc:ClientId fehlt.");
        if (string.IsNullOrWhiteSpace(o.ClientSecret))
            errors.Add("Authentication:Oidc:ClientSecret fehlt.");
        if (string.IsNullOrWhiteSpace(o.UserNameClaim))
            errors.Add("Authentication:Oidc:UserNameClaim fehlt.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
