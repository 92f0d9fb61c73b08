using System.Globalization;
using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.Obstacles;

/// <summary>Recording obstacles in a case (case managers of the case's organisation) and reading them on the case page.</summary>
public sealed class ObstacleWork(LotseDbContext db, ClientAccess access, CurrentUser user, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// Records an obstacle. When the description looks as if it contained a name of the case's people or a date,
    /// the first attempt is refused with the warnings under "confirmNoPersonalData"; sending it again with the
    /// confirmation saves it (a confirmation step, not a block).
    /// </summary>
    public async Task<Result<Obstacle>> RecordAsync(Guid caseId, ObstacleInput input, CancellationToken ct)
    {
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Hemmnisse erfassen die Case Manager:innen im eigenen Fall.");
        var @case = await access.EditableCases().Include(c => c.Goals).ThenInclude(g => g.Steps).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return Error.NotFound("Der Fall");
        if (Validation.Validate(input) is { } invalid) return invalid;
        var orgIds = input.OrganisationIds.Distinct().ToList();
        if (orgIds.Count > 0 && await db.Organisations.CountAsync(o => orgIds.Contains(o.Id), ct) != orgIds.Count)
            return Error.Invalid("organisationIds", "Eine der gewählten Organisationen gibt es nicht.");
        if (input.ReferralId is { } referralId && !await db.Referrals.AnyAsync(r => r.Id == referralId && r.CaseId == @case.Id, ct))
            return Error.Invalid("referralId", "Diese Verweisung gehört nicht zu diesem Fall. Bitte wählen Sie eine Verweisung des Falls oder keine.");

        if (!input.ConfirmNoPersonalData)
        {
            var warnings = PersonalDataCheck.Warnings(input.Description, await NamesOfCaseAsync(@case.ClientId, ct));
            if (warnings.Count > 0)
                return Error.Invalid("confirmNoPersonalData",
                    string.Join(" ", warnings) + " Bitte entfernen Sie personenbezogene Angaben oder bestätigen Sie, dass der Text keine enthält.");
        }

        var result = Obstacle.Record(new ObstacleDraft(input.Category!.Value, orgIds, input.LegalDomain, input.LifeDomain!.Value,
            input.Description, input.PlanStepId, input.ReferralId), @case, user.Id, Today);
        if (!result.IsSuccess) return result;
        db.Obstacles.Add(result.Value!);
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>The obstacles of a case the caller may read (404 otherwise); the read is audited.</summary>
    public async Task<IReadOnlyList<CaseObstacleDto>?> OfCaseAsync(Guid caseId, CancellationToken ct)
    {
        var @case = await access.ReadableCases().AsNoTracking().Include(c => c.Goals).ThenInclude(g => g.Steps).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return null;
        var steps = @case.Goals.SelectMany(g => g.Steps).ToDictionary(s => s.Id, s => s.Description);
        var orgNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var topics = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        var obstacles = await audit.ReadAsync("Obstacle",
            c => db.Obstacles.AsNoTracking().Where(o => o.CaseId == caseId).OrderBy(o => o.RecordedOn).ThenBy(o => o.Id).ToListAsync(c),
            list => list.Select(o => o.AuditId), ct);
        return obstacles.Select(o => new CaseObstacleDto(o.Id, o.RecordedOn, PhaseNames.Of(o.Phase), o.Category, SteeringNames.Of(o.Category),
            o.OrganisationIds.Select(id => orgNames.GetValueOrDefault(id, "–")).ToList(), o.LegalDomain, o.LifeDomain, CaseNames.Of(o.LifeDomain),
            o.Description, o.PlanStepId, o.PlanStepId is { } s ? steps.GetValueOrDefault(s) : null, o.ReferralId,
            o.TopicId is { } t ? topics.GetValueOrDefault(t) : null)).ToList();
    }

    /// <summary>The names the warning looks for: the client's, their spelling variants, household members and contact persons.</summary>
    private async Task<IEnumerable<string?>> NamesOfCaseAsync(Guid clientId, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.GivenName, c.FamilyName, c.NameVariants, c.Household, c.Contacts }).FirstOrDefaultAsync(ct);
        if (client is null) return [];
        return new[] { client.GivenName, client.FamilyName }
            .Concat(client.NameVariants.SelectMany(v => new[] { v.GivenName, v.FamilyName }))
            .Concat(client.Household.Select(h => h.Name))
            .Concat(client.Contacts.Select(c => c.PersonName));
    }

    public static (DateOnly From, DateOnly To)? Period(BoardFilter filter, DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        DateOnly? Parse(string? s) => string.IsNullOrWhiteSpace(s) ? null
            : DateOnly.TryParseExact(s.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MinValue;
        var from = Parse(filter.From) ?? thisMonth.AddMonths(-11);
        var toMonth = Parse(filter.To) ?? thisMonth;
        if (from == DateOnly.MinValue || toMonth == DateOnly.MinValue || toMonth < from || toMonth > from.AddYears(5)) return null;
        return (from, toMonth.AddMonths(1).AddDays(-1));
    }
}
