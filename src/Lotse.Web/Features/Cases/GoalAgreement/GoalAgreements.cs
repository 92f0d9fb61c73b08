using Lotse.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases.GoalAgreement;

/// <summary>
/// Builds the printable goal agreement of a case: the case file is read through <see cref="CaseQueries"/>
/// (same access rules as reading the case, audited with the purpose below); null when the case is not visible.
/// </summary>
public sealed class GoalAgreements(CaseQueries cases, LotseDbContext db, TimeProvider clock)
{
    public const string AuditPurpose = "Zielvereinbarung drucken";

    /// <param name="interpreterLine">Signature line for an interpreter; null: when a documented contact used an interpreter.</param>
    public async Task<GoalAgreementDocument?> BuildAsync(Guid caseId, GoalAgreementTexts texts, bool? interpreterLine, CancellationToken ct)
    {
        var @case = await cases.GetAsync(caseId, ct, AuditPurpose);
        if (@case is null) return null;

        // Organisation names are not personal data: the holder of the case and those responsible for steps.
        var organisationIds = @case.Goals.SelectMany(g => g.Steps).Select(s => s.ResponsibleOrganisationId).OfType<Guid>()
            .Append(@case.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var parties = new GoalAgreementParties(
            names.GetValueOrDefault(@case.OrganisationId, ""),
            @case.CaseManagerName,
            names,
            interpreterLine ?? SuggestInterpreterLine(@case),
            DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return GoalAgreementBuilder.Build(@case, parties, texts);
    }

    /// <summary>An interpreter line is suggested when any documented contact of the case used an interpreter.</summary>
    public static bool SuggestInterpreterLine(CaseDto @case) => @case.Notes.Any(n => n.InterpreterUsed);
}
