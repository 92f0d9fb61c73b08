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
    public async Task<IReadOnlyList<StartPageFinding>> MineAsync(CancellationToken ct)
    {
        var items = await LoadMineAsync(db, access, user.Id, ct);
        await audit.AddReadsAsync("Client", items.Select(i => i.ClientId.ToString()).Distinct().ToList(), "Startseite (Hinweise der Regelwerke)", ct);
        await db.SaveChangesAsync(ct);
        return items;
    }

    public static async Task<List<StartPageFinding>> LoadMineAsync(LotseDbContext db, ClientAccess access, Guid me, CancellationToken ct)
    {
        var rows = await access.ReadableCases().AsNoTracking()
            .Where(c => c.CaseManagerId == me && c.Phase != CasePhase.Closed)
            .Join(db.ClientFindings, c => c.ClientId, f => f.ClientId, (c, f) => new { Case = c, Finding = f })
            .Join(db.Clients, x => x.Case.ClientId, k => k.Id, (x, k) => new StartPageFinding(
                x.Case.Id, k.Id, k.FamilyName + ", " + k.GivenName, k.FileNumber, x.Finding.RuleId, x.Finding.Title,
                x.Finding.Kind, x.Finding.Severity, x.Finding.Status, x.Finding.On))
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
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!UserClaimsPrincipal.IsInRole(Roles.CaseManager)) return Content("");
        var items = await query.MineAsync(HttpContext.RequestAborted);
        ViewData["Today"] = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return View("~/Features/Rules/_StartPageFindings.cshtml", items);
    }
}
