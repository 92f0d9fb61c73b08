using Lotse.Rules;
using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Rules;

public sealed record StartPageFinding(Guid CaseId, Guid ClientId, string ClientName, string FileNumber, string RuleId, string Title,
    RuleKind Kind, RuleSeverity Severity, FindingStatus Status, DateOnly? On);

/// <summary>
/// The case manager's reminders from the rules: for the clients of their own active cases, the materialised
/// findings (reachable perspectives, expiring documents, warnings). One indexed query, independent of the
/// number of stored clients; audited as a read of the clients shown.
/// </summary>
public sealed class StartPageFindingsQuery(LotseDbContext db, ClientAccess access, CurrentUser user, AuditLog audit)
{
    /// <summary>The deadline rules whose reminder the caseload table already shows in its own column (Hinweise).</summary>
    public const string ResidenceDocumentRule = "deadline.residence-document";
    public const string ReassessmentRule = "deadline.reassessment";

    /// <param name="shownInCaseload">(client, rule) pairs the caseload already flags: left out, so a reminder appears once.</param>
    public async Task<IReadOnlyList<StartPageFinding>> MineAsync(CancellationToken ct, IReadOnlySet<(Guid ClientId, string RuleId)>? shownInCaseload = null)
    {
        var items = await LoadMineAsync(db, access, user.Id, ct);
        if (shownInCaseload is { Count: > 0 }) items.RemoveAll(i => shownInCaseload.Contains((i.ClientId, i.RuleId)));
        await audit.AddReadsAsync("Client", items.Select(i => i.ClientId.ToString()).Distinct().ToList(), "Startseite (Hinweise der Regelwerke)", ct);
        await db.SaveChangesAsync(ct);
        return items;
    }

    public static async Task<List<StartPageFinding>> LoadMineAsync(LotseDbContext db, ClientAccess access, Guid me, CancellationToken ct)
    {
        // The most pressing first, in the database, so the cap of 500 drops the least pressing hints, not arbitrary ones.
        var rows = await (
                from c in access.ReadableCases().AsNoTracking()
                where c.CaseManagerId == me && c.Phase != CasePhase.Closed
                join f in db.ClientFindings on c.ClientId equals f.ClientId
                join k in db.Clients on c.ClientId equals k.Id
                orderby (f.Status == FindingStatus.Fulfilled ? 0 : 1), (f.Kind == RuleKind.Deadline ? 0 : 1), f.On ?? DateOnly.MaxValue,
                    k.FamilyName, k.GivenName, f.RuleId
                select new StartPageFinding(c.Id, k.Id, k.FamilyName + ", " + k.GivenName, k.FileNumber, f.RuleId, f.Title,
                    f.Kind, f.Severity, f.Status, f.On))
            .Take(500)
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Status == FindingStatus.Fulfilled ? 0 : 1)
            .ThenBy(r => r.Kind == RuleKind.Deadline ? 0 : 1)
            .ThenBy(r => r.On ?? DateOnly.MaxValue).ThenBy(r => r.ClientName).ToList();
    }
}

/// <summary>The start page's list "Hinweise aus den Regelwerken" (rendered by Home/Index with one line).</summary>
public sealed class StartPageFindingsViewComponent(StartPageFindingsQuery query, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<Cases.CaseloadItem>? caseload = null)
    {
        if (!UserClaimsPrincipal.IsInRole(Roles.CaseManager)) return Content("");
        var shown = (caseload ?? [])
            .SelectMany(c => new[]
            {
                c.ResidenceDocumentExpiresOn is null ? null : (c.ClientId, StartPageFindingsQuery.ResidenceDocumentRule),
                c.ReassessmentDue ? (c.ClientId, StartPageFindingsQuery.ReassessmentRule) : ((Guid, string)?)null
            })
            .OfType<(Guid, string)>().ToHashSet();
        var items = await query.MineAsync(HttpContext.RequestAborted, shown);
        ViewData["Today"] = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return View("~/Features/Rules/_StartPageFindings.cshtml", items);
    }
}
