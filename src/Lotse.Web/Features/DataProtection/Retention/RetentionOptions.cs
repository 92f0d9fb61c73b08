using Lotse.Web.Domain.DataProtection;
using Microsoft.Extensions.Options;

namespace Lotse.Web.Features.DataProtection.Retention;

/// <summary>
/// Aufbewahrungsfristen (appsettings section "Retention"), validated at start-up.
/// Audit entries are not deleted by Lotse (the trail is append-only and its hash chain must stay verifiable);
/// see docs/data-protection.md.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Run the scheduled job at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Case data (free text) of a closed case is anonymised this many years after closure.</summary>
    public int ClosedCaseYears { get; set; } = 3;

    /// <summary>A client without any case is anonymised this many years after registration.</summary>
    public int ClientWithoutCaseYears { get; set; } = 2;

    /// <summary>What an anonymised birth date keeps: the year, or the first day of its quarter.</summary>
    public BirthDateGranularity BirthDateGranularity { get; set; } = BirthDateGranularity.Quarter;

    /// <summary>How often the job runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);
}

public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions o)
    {
        var errors = new List<string>();
        if (o.ClosedCaseYears is < 1 or > 100) errors.Add("Retention:ClosedCaseYears muss zwischen 1 und 100 Jahren liegen.");
        if (o.ClientWithoutCaseYears is < 1 or > 100) errors.Add("Retention:ClientWithoutCaseYears muss zwischen 1 und 100 Jahren liegen.");
        if (o.Interval < TimeSpan.FromMinutes(1) || o.Interval > TimeSpan.FromDays(31)) errors.Add("Retention:Interval muss zwischen einer Minute und 31 Tagen liegen.");
        if (!Enum.IsDefined(o.BirthDateGranularity)) errors.Add("Retention:BirthDateGranularity ist Year oder Quarter.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
