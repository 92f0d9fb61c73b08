using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases;

public sealed record CaseloadItem(
    Guid CaseId, Guid ClientId, string FileNumber, string ClientName, CasePhase Phase, string PhaseName,
    DateOnly? NextDueOn, string? NextDueItem, int OverdueSteps, bool ReassessmentDue, DateOnly? ResidenceDocumentExpiresOn)
{
    public DateTimeOffset? NextAppointmentAt { get; init; }

    /// <summary>Referrals of this case sent to a partner and not yet completed, rejected or cancelled.</summary>
    public int OpenReferrals { get; init; }
}

public sealed record CaseloadPerCaseManager(Guid CaseManagerId, string CaseManagerName, string OrganisationName, int ActiveCases, double TargetRatio);
public sealed record CaseloadPerRegion(Guid? RegionId, string RegionName, int ActiveCases);
public sealed record CaseloadOverview(int Target, IReadOnlyList<CaseloadPerCaseManager> CaseManagers, IReadOnlyList<CaseloadPerRegion> Regions);

/// <summary>The case manager's start page and the Koordinierende Stelle's caseload view (target 1:100).</summary>
public sealed class Caseload(LotseDbContext db, ClientAccess access, CurrentUser user, AuditLog audit, TimeProvider clock, IConfiguration config)
{
    public const int TargetCaseload = 100;
    public static readonly int ReassessmentMonths = 6;

    public async Task<IReadOnlyList<CaseloadItem>> MineAsync(CancellationToken ct)
    {
        var items = await LoadMineAsync(ct);
        // One list entry naming every case and client shown (the list shows the clients' names and file numbers),
        // so the DPO's search finds the read by either; docs/adr/0003-audit-chain.md.
        await audit.AddListReadAsync("Case",
            [.. items.Select(i => ("Case", i.CaseId.ToString())), .. items.Select(i => ("Client", i.ClientId.ToString()))],
            "Fallliste (Startseite)", ct);
        await db.SaveChangesAsync(ct);
        return items;
    }

    /// <summary>
    /// The caller's active cases without recording the access: every caller must record it (as <see cref="MineAsync"/>
    /// does a read, the export an export) before the data leaves the server.
    /// </summary>
    public async Task<IReadOnlyList<CaseloadItem>> LoadMineAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var reassessBefore = today.AddMonths(-ReassessmentMonths);
        var expiryHorizon = today.AddDays(7 * config.GetValue("Reminders:ResidenceExpiryWeeks", 8));
        var me = user.Id;
        var now = clock.GetUtcNow();

        // One query, one row per case: the plan and assessment figures come from CaseDueSummaries (kept by triggers,
        // one lookup per case instead of walking goals, steps and assessments three times); the next appointment, the
        // open referrals and the current residence document are correlated scalar subqueries on their CaseId/ClientId indexes.
        var rows = await (
                from c in access.ReadableCases().AsNoTracking()
                where c.CaseManagerId == me && c.Phase != CasePhase.Closed
                join k in db.Clients on c.ClientId equals k.Id
                from s in db.CaseDueSummaries.Where(s => s.CaseId == c.Id).DefaultIfEmpty()
                select new
                {
                    c.Id, c.ClientId, k.FileNumber, k.FamilyName, k.GivenName, c.Phase,
                    NextDueOn = s == null ? null : s.NextDueOn,
                    NextDueItem = s == null ? null : s.NextDueItem,
                    OpenStepDueDates = s == null ? null : s.OpenStepDueDates,
                    LastAssessment = s == null ? null : s.LastAssessmentOn,
                    NextAppointment = c.Appointments.Where(a => a.At >= now).Min(a => (DateTimeOffset?)a.At),
                    OpenReferrals = db.Referrals.Count(r => r.CaseId == c.Id
                        && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)),
                    // The current status is the newest entry: a new title (e.g. the Ausländerbehörde's decision) ends the
                    // reminder about the one it replaces.
                    Expiry = k.ResidenceStatuses.OrderByDescending(r => r.IssuedOn ?? DateOnly.MinValue).ThenByDescending(r => r.ValidUntil)
                        .Select(r => r.ValidUntil).FirstOrDefault()
                })
            .ToListAsync(ct);

        var items = rows.Select(r => new CaseloadItem(
                r.Id, r.ClientId, r.FileNumber, $"{r.FamilyName}, {r.GivenName}", r.Phase, PhaseNames.Of(r.Phase),
                r.NextDueOn, r.NextDueItem, CaseDueSummary.OverdueOn(r.OpenStepDueDates, today),
                r.LastAssessment is { } last && last < reassessBefore, r.Expiry <= expiryHorizon ? r.Expiry : null) { NextAppointmentAt = r.NextAppointment, OpenReferrals = r.OpenReferrals })
            .OrderByDescending(i => i.OverdueSteps > 0).ThenBy(i => i.NextDueOn ?? DateOnly.MaxValue).ThenBy(i => i.ClientName)
            .ToList();
        return items;
    }

    /// <summary>
    /// Aggregates only: no client is named. For the Koordinierende Stelle. The counts come from CaseloadByManager and
    /// CaseloadByMunicipality, which database triggers keep current with every case opened, closed, reopened, handed
    /// over or moved with its client (migration CaseloadCounts): the view reads a few hundred rows instead of counting
    /// every active case of the installation on each call.
    /// </summary>
    public async Task<CaseloadOverview?> OverviewAsync(CancellationToken ct)
    {
        if (!access.SupervisesAll) return null;
        var counts = await db.CaseloadByManager.AsNoTracking().Where(c => c.ActiveCases != 0)
            .ToDictionaryAsync(c => c.CaseManagerId, c => c.ActiveCases, ct);
        var caseManagerRole = await db.Roles.Where(r => r.Name == Roles.CaseManager).Select(r => r.Id).FirstAsync(ct);
        var managers = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == caseManagerRole))
            .Select(u => new { u.Id, u.DisplayName, Org = u.Organisation!.Name }).ToListAsync(ct);
        var byManager = managers
            .Select(m => new CaseloadPerCaseManager(m.Id, m.DisplayName, m.Org, counts.GetValueOrDefault(m.Id), counts.GetValueOrDefault(m.Id) / (double)TargetCaseload))
            .OrderByDescending(m => m.ActiveCases).ToList();

        var perMunicipality = await db.CaseloadByMunicipality.AsNoTracking().Where(c => c.ActiveCases != 0).ToListAsync(ct);
        var regionOf = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.RegionId, ct);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var byRegion = perMunicipality
            .GroupBy(m => regionOf.TryGetValue(m.MunicipalityKey, out var region) ? region : null)
            .Select(g => new CaseloadPerRegion(g.Key, g.Key is { } id && regions.TryGetValue(id, out var n) ? n : "ohne Regionalbereich", g.Sum(m => m.ActiveCases)))
            .Where(r => r.ActiveCases != 0)
            .OrderBy(r => r.RegionName).ToList();
        return new CaseloadOverview(TargetCaseload, byManager, byRegion);
    }
}
