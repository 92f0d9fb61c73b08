using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases;

/// <summary>Reading a case: only through <see cref="ClientAccess"/>, always audited.</summary>
public sealed class CaseQueries(LotseDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<CaseDto?> GetAsync(Guid caseId, CancellationToken ct, string? purpose = null)
    {
        return await audit.ReadAsync("Case", async token =>
            {
                var @case = await CaseWork.LoadAsync(access.ReadableCases().AsNoTracking(), caseId, token);
                return @case is null ? null : await ToDtoAsync(@case, token);
            },
            dto => dto is null ? [] : [dto.Id.ToString()], ct, purpose);
    }

    /// <summary>The cases of one client the caller may see, newest first (for the client file).</summary>
    public async Task<IReadOnlyList<CaseSummary>> ForClientAsync(Guid clientId, CancellationToken ct)
    {
        var cases = await access.ReadableCases().AsNoTracking().Where(c => c.ClientId == clientId)
            .Select(c => new
            {
                c.Id, c.Phase, c.OpenedOn, c.ClosedOn, c.ClosureReason,
                Manager = db.Users.Where(u => u.Id == c.CaseManagerId).Select(u => u.DisplayName).FirstOrDefault()
            })
            .ToListAsync(ct);
        var items = cases.OrderByDescending(c => c.OpenedOn)
            .Select(c => new CaseSummary(c.Id, c.Phase, PhaseNames.Of(c.Phase), c.OpenedOn, c.ClosedOn,
                c.ClosureReason is { } r ? CaseNames.Of(r) : null, c.Manager ?? ""))
            .ToList();
        foreach (var c in items) audit.Add(AuditOperation.Read, "Case", c.Id.ToString(), "Personenakte (Fallübersicht)");
        await db.SaveChangesAsync(ct);
        return items;
    }

    public async Task<CaseDto> ToDtoAsync(Case c, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(x => x.Id == c.ClientId)
            .Select(x => new { x.FileNumber, x.FamilyName, x.GivenName }).FirstAsync(ct);
        var manager = await db.Users.AsNoTracking().Where(u => u.Id == c.CaseManagerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new CaseDto(
            c.Id, c.ClientId, client.FileNumber, $"{client.FamilyName}, {client.GivenName}", c.CaseManagerId, manager,
            c.OrganisationId, c.Phase, PhaseNames.Of(c.Phase), c.OpenedOn, c.ClosedOn, c.ClosureReason, c.SystemRemark,
            c.Intake is { } i ? new IntakeDto(i.FirstContactOn, i.Route, i.ReferredByOrganisationId, i.FirstConcerns, i.Decision, i.DecisionReason) : null,
            c.PlanAgreedOn,
            c.Assessments.OrderBy(a => a.AssessedOn).Select(a => new AssessmentDto(a.Id, a.AssessedOn,
                a.Ratings.Select(r => new RatingDto(r.Domain, CaseNames.Of(r.Domain), r.Situation, r.Resources, r.Need, r.Rating, r.ClientView)).ToList())).ToList(),
            c.Goals.OrderBy(g => g.Sequence).Select(g => new GoalDto(g.Id, g.Domain, CaseNames.Of(g.Domain), g.Description, g.Attainment, g.EvaluationNote,
                g.Steps.OrderBy(s => s.DueOn ?? DateOnly.MaxValue).ThenBy(s => s.Sequence).Select(s => new StepDto(s.Id, s.Description, s.Responsible, s.ResponsibleOrganisationId, s.DueOn, s.Status, s.DoneOn, s.IsOverdue(today))).ToList())).ToList(),
            c.Notes.OrderByDescending(n => n.On).ThenByDescending(n => n.Sequence).Select(n => new NoteDto(n.Id, n.On, n.ContactType, n.InterpreterUsed, n.DurationMinutes, n.Text)).ToList(),
            c.Events.OrderBy(e => e.Sequence).Select(e => new EventDto(e.On, e.Phase, e.Description)).ToList(),
            c.Version)
        {
            Appointments = c.Appointments.OrderBy(a => a.At).Select(a => new AppointmentDto(a.Id, a.At, a.Title, a.Location)).ToList()
        };
    }
}
