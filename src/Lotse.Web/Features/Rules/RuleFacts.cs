using Lotse.Rules;
using Lotse.Web.Data;
using Lotse.Web.Domain.Rules;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Rules;

/// <summary>Angaben für die Perspektivprüfung as the API and the form send them; every field may be left empty (unknown).</summary>
public sealed record RuleFactsInput
{
    public LanguageLevel? LanguageLevel { get; init; }
    public DateOnly? LanguageLevelOn { get; init; }
    public int? SchoolYearsInGermany { get; init; }
    public bool? GermanQualification { get; init; }
    public bool? InVocationalTraining { get; init; }
    public decimal? EmploymentHoursPerWeek { get; init; }
    public DateOnly? EmployedSince { get; init; }
    public bool? LivelihoodSecured { get; init; }
    public bool? IdentityClarified { get; init; }
    /// <summary>Other programmes the person is case-managed in now; allowed: <see cref="RuleFactsCommands.Programmes"/>.</summary>
    public List<string>? OtherProgrammes { get; init; }
    /// <summary>The version last read (0 or empty when nothing was recorded yet).</summary>
    public int? Version { get; init; }
}

public sealed record RuleFactsDto(Guid ClientId, LanguageLevel? LanguageLevel, DateOnly? LanguageLevelOn, int? SchoolYearsInGermany,
    bool? GermanQualification, bool? InVocationalTraining, decimal? EmploymentHoursPerWeek, DateOnly? EmployedSince,
    bool? LivelihoodSecured, bool? IdentityClarified, IReadOnlyList<string>? OtherProgrammes, DateOnly? UpdatedOn, int Version)
{
    public static RuleFactsDto Of(Guid clientId, ClientRuleFacts? f) => f is null
        ? new(clientId, null, null, null, null, null, null, null, null, null, null, null, 0)
        : new(clientId, f.LanguageLevel, f.LanguageLevelOn, f.SchoolYearsInGermany, f.GermanQualification, f.InVocationalTraining,
            f.EmploymentHoursPerWeek, f.EmployedSince, f.LivelihoodSecured, f.IdentityClarified, f.OtherProgrammes, f.UpdatedOn, f.Version);
}

/// <summary>Reading and recording the Angaben für die Perspektivprüfung: read like the client file, changed by its case managers.</summary>
public sealed class RuleFactsCommands(LotseDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Programmes = ["JMD", "MBE", "Teilhabemanagement", "Jobcenter-Fallmanagement"];

    public async Task<RuleFactsDto?> GetAsync(Guid clientId, CancellationToken ct) =>
        await audit.ReadAsync("ClientRuleFacts", async token =>
            {
                if (!await access.ReadableClients().AnyAsync(c => c.Id == clientId, token)) return null;
                return RuleFactsDto.Of(clientId, await db.ClientRuleFacts.AsNoTracking().FirstOrDefaultAsync(f => f.ClientId == clientId, token));
            },
            r => r is null ? [] : [clientId.ToString()], ct, "Angaben für die Perspektivprüfung");

    public async Task<Result<RuleFactsDto>> SaveAsync(Guid clientId, RuleFactsInput input, CancellationToken ct)
    {
        if (!await access.ReadableClients().AnyAsync(c => c.Id == clientId, ct)) return Error.NotFound("Die Person");
        if (!await access.EditableClients().AnyAsync(c => c.Id == clientId, ct))
            return new Error(ErrorKind.Forbidden, "Diese Angaben ändern die Case Manager:innen der Organisation, die die Person begleitet.");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var fields = new Dictionary<string, string[]>();
        if (input.SchoolYearsInGermany is < 0 or > 20) fields["schoolYearsInGermany"] = ["Bitte geben Sie zwischen 0 und 20 Schuljahren an."];
        if (input.EmploymentHoursPerWeek is < 0 or > 80) fields["employmentHoursPerWeek"] = ["Die Wochenarbeitszeit muss zwischen 0 und 80 Stunden liegen."];
        if (input.LanguageLevelOn > today) fields["languageLevelOn"] = ["Der Nachweis kann nicht in der Zukunft liegen."];
        if (input.EmployedSince > today) fields["employedSince"] = ["Der Beginn der Beschäftigung kann nicht in der Zukunft liegen."];
        if (input.OtherProgrammes?.FirstOrDefault(p => !Programmes.Contains(p)) is { } unknown)
            fields["otherProgrammes"] = [$"„{unknown}“ ist kein bekanntes Programm (erlaubt: {string.Join(", ", Programmes)})."];
        if (fields.Count > 0) return Error.Invalid(fields);

        var facts = await db.ClientRuleFacts.FirstOrDefaultAsync(f => f.ClientId == clientId, ct);
        if (facts is null)
        {
            if (input.Version is > 0) return Error.Stale("Der Datensatz „Angaben für die Perspektivprüfung“");
            facts = new ClientRuleFacts { ClientId = clientId, Version = 1 }; // 0 means "nothing recorded yet"
            db.ClientRuleFacts.Add(facts);
        }
        else
        {
            if (input.Version != facts.Version) return Error.Stale("Der Datensatz „Angaben für die Perspektivprüfung“");
            db.Entry(facts).Property(f => f.Version).OriginalValue = input.Version.Value;
        }
        facts.LanguageLevel = input.LanguageLevel;
        facts.LanguageLevelOn = input.LanguageLevelOn;
        facts.SchoolYearsInGermany = input.SchoolYearsInGermany;
        facts.GermanQualification = input.GermanQualification;
        facts.InVocationalTraining = input.InVocationalTraining;
        facts.EmploymentHoursPerWeek = input.EmploymentHoursPerWeek;
        facts.EmployedSince = input.EmployedSince;
        facts.LivelihoodSecured = input.LivelihoodSecured;
        facts.IdentityClarified = input.IdentityClarified;
        facts.OtherProgrammes = input.OtherProgrammes?.Distinct().ToList();
        facts.UpdatedOn = today;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Der Datensatz „Angaben für die Perspektivprüfung“");
        }
        return RuleFactsDto.Of(clientId, facts);
    }
}
