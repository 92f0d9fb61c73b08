using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Cases;

/// <summary>The use cases of the case-management cycle. Each validates its input and hands the change to the case.</summary>
public sealed class CaseCommands(LotseDbContext db, CaseWork work, ClientAccess access, CurrentUser user)
{
    /// <summary>Opens a case for a client the caller may see; one active KIM case per client.</summary>
    public async Task<Result<Case>> OpenAsync(Guid clientId, CancellationToken ct)
    {
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Nur Case Manager:innen eröffnen Fälle.");
        var client = await access.FullyReadableClients().FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return Error.NotFound("Die Person");
        var alreadyActive = new Error(ErrorKind.Conflict, "Für diese Person gibt es bereits einen aktiven Fall. Es kann nur einen aktiven KIM-Fall je Person geben.");
        LockClient(client); // read before the check below, so that a concurrent opening is seen or collides
        if (await db.Cases.AnyAsync(c => c.ClientId == clientId && c.Phase != CasePhase.Closed, ct)) return alreadyActive;
        var @case = NewCase(clientId, work.Today);
        db.Cases.Add(@case);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return alreadyActive;
        }
        return @case;
    }

    /// <summary>
    /// "One active case per client" spans several cases, so the client row is the lock: the save that opens or
    /// reopens a case also bumps the client's version, and of two simultaneous ones only the first succeeds.
    /// </summary>
    private void LockClient(Domain.Clients.Client client) => db.Entry(client).Property(c => c.Version).IsModified = true;

    /// <summary>A case of the calling case manager, not yet added to the context (the import opens cases with their original date).</summary>
    public Case NewCase(Guid clientId, DateOnly openedOn) =>
        new() { ClientId = clientId, CaseManagerId = user.Id, OrganisationId = user.OrganisationId, OpenedOn = openedOn };

    public async Task<Result<Case>> RecordIntakeAsync(Guid id, IntakeInput input, CancellationToken ct)
    {
        if (input.ReferredByOrganisationId is { } org && !await db.Organisations.AnyAsync(o => o.Id == org, ct))
            return Error.Invalid("referredByOrganisationId", "Diese Organisation gibt es nicht.");
        return await Run(id, input, (c, today) => c.RecordIntake(new Intake
        {
            FirstContactOn = input.FirstContactOn!.Value, Route = input.Route!.Value, ReferredByOrganisationId = input.ReferredByOrganisationId,
            FirstConcerns = input.FirstConcerns!.Trim(), Decision = input.Decision!.Value, DecisionReason = input.DecisionReason?.Trim()
        }, today), ct);
    }

    public Task<Result<Case>> RecordAssessmentAsync(Guid id, AssessmentInput input, CancellationToken ct) =>
        Validation.ValidateItems(input.Ratings, "ratings") is { } invalidRating ? Task.FromResult<Result<Case>>(invalidRating) : Run(id, input, (c, today) => input.AssessedOn > today
            ? Error.Invalid("assessedOn", "Das Assessment kann nicht in der Zukunft liegen.")
            : c.RecordAssessment(new Assessment
            {
                AssessedOn = input.AssessedOn!.Value,
                Ratings = input.Ratings!.Select(r => new LifeDomainRating
                {
                    Domain = r.Domain!.Value, Situation = r.Situation, Resources = r.Resources, Need = r.Need, Rating = r.Rating, ClientView = r.ClientView
                }).ToList()
            }, today), ct);

    public Task<Result<Case>> MoveAsync(Guid id, TransitionInput input, CancellationToken ct) =>
        Run(id, input, (c, today) => input.To switch
        {
            CasePhase.Planning => c.StartPlanning(today),
            CasePhase.Monitoring => c.StartMonitoring(today),
            CasePhase.Evaluation => c.StartEvaluation(today),
            _ => Error.Invalid("to", "Dieser Phasenwechsel hat eine eigene Aktion (Erstberatung, Assessment, Zielvereinbarung, Abschluss, Wiederaufnahme).")
        }, ct);

    public Task<Result<Case>> AddGoalAsync(Guid id, GoalInput input, CancellationToken ct) =>
        Run(id, input, (c, today) => c.AddGoal(new Goal { Domain = input.Domain!.Value, Description = input.Description!.Trim() }, today), ct);

    public async Task<Result<Case>> AddStepAsync(Guid id, Guid goalId, StepInput input, CancellationToken ct)
    {
        if (input.Responsible == StepResponsible.Organisation && input.ResponsibleOrganisationId is null)
            return Error.Invalid("responsibleOrganisationId", "Bitte wählen Sie die zuständige Organisation.");
        if (input.ResponsibleOrganisationId is { } org && !await db.Organisations.AnyAsync(o => o.Id == org, ct))
            return Error.Invalid("responsibleOrganisationId", "Diese Organisation gibt es nicht.");
        return await Run(id, input, (c, today) =>
        {
            if (c.Goals.FirstOrDefault(g => g.Id == goalId) is not { } goal) return Error.NotFound("Das Ziel");
            if (!c.IsActive) return new Error(ErrorKind.Conflict, "Der Fall ist abgeschlossen.");
            goal.Steps.Add(new PlanStep
            {
                Sequence = goal.Steps.Count == 0 ? 1 : goal.Steps.Max(s => s.Sequence) + 1,
                Description = input.Description!.Trim(), Responsible = input.Responsible!.Value,
                ResponsibleOrganisationId = input.ResponsibleOrganisationId, DueOn = input.DueOn
            });
            return null;
        }, ct);
    }

    public Task<Result<Case>> SetStepStatusAsync(Guid id, Guid stepId, StepStatusInput input, CancellationToken ct) =>
        Run(id, input, (c, today) =>
        {
            if (c.Goals.SelectMany(g => g.Steps).FirstOrDefault(s => s.Id == stepId) is not { } step) return Error.NotFound("Der Schritt");
            if (!c.IsActive) return new Error(ErrorKind.Conflict, "Der Fall ist abgeschlossen.");
            step.Status = input.Status!.Value;
            step.DoneOn = step.Status == StepStatus.Done ? today : null;
            return null;
        }, ct);

    public Task<Result<Case>> AgreePlanAsync(Guid id, PlanAgreementInput input, CancellationToken ct) =>
        Run(id, input, (c, today) => c.AgreePlan(input.AgreedOn!.Value, today), ct);

    public Task<Result<Case>> EvaluateGoalAsync(Guid id, Guid goalId, GoalEvaluationInput input, CancellationToken ct) =>
        Run(id, input, (c, today) =>
        {
            if (c.Goals.FirstOrDefault(g => g.Id == goalId) is not { } goal) return Error.NotFound("Das Ziel");
            if (c.Phase != CasePhase.Evaluation) return new Error(ErrorKind.Conflict, "Ziele werden in der Phase „Evaluation“ bewertet.");
            goal.Attainment = input.Attainment;
            goal.EvaluationNote = input.Note?.Trim();
            return null;
        }, ct);

    public Task<Result<Case>> CloseAsync(Guid id, ClosureInput input, CancellationToken ct) =>
        Run(id, input, (c, today) => c.Close(input.Reason, input.SystemRemark, today), ct);

    public async Task<Result<Case>> ReopenAsync(Guid id, ReopenInput input, CancellationToken ct)
    {
        var clientId = await access.EditableCases().Where(c => c.Id == id).Select(c => (Guid?)c.ClientId).FirstOrDefaultAsync(ct);
        if (clientId is not null)
        {
            LockClient(await db.Clients.FirstAsync(c => c.Id == clientId, ct));
            if (await db.Cases.AnyAsync(c => c.ClientId == clientId && c.Id != id && c.Phase != CasePhase.Closed, ct))
                return new Error(ErrorKind.Conflict, "Für diese Person gibt es bereits einen anderen aktiven Fall.");
        }
        return await Run(id, input, (c, today) => c.Reopen(input.Reason, today), ct);
    }

    public Task<Result<Case>> AddNoteAsync(Guid id, NoteInput input, CancellationToken ct) =>
        Run(id, input, (c, today) => c.AddNote(new CaseNote
        {
            On = input.On!.Value, ContactType = input.ContactType!.Value, InterpreterUsed = input.InterpreterUsed,
            DurationMinutes = input.DurationMinutes, Text = input.Text!.Trim(), AuthorId = user.Id
        }, today), ct);

    public Task<Result<Case>> AddAppointmentAsync(Guid id, AppointmentInput input, CancellationToken ct) =>
        Run(id, input, (c, today) => c.AddAppointment(new Appointment
        {
            At = input.At!.Value.ToUniversalTime(), Title = input.Title!.Trim(), Location = input.Location?.Trim()
        }, today), ct);

    public async Task<Result<Case>> HandOverAsync(Guid id, HandOverInput input, CancellationToken ct)
    {
        var target = await db.Users.Where(u => u.Id == input.CaseManagerId && u.IsActive)
            .Select(u => new { u.Id, u.OrganisationId }).FirstOrDefaultAsync(ct);
        var isCaseManager = target is not null && await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .AnyAsync(x => x.UserId == target.Id && x.Name == Roles.CaseManager, ct);
        if (target is null || !isCaseManager)
            return Error.Invalid("caseManagerId", "Diese Person ist keine aktive Case Managerin bzw. kein aktiver Case Manager.");
        return await Run(id, input, (c, today) => c.HandOver(target.Id, target.OrganisationId, today), ct);
    }

    private async Task<Result<Case>> Run(Guid id, CaseChange input, Func<Case, DateOnly, Error?> change, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        return await work.ExecuteAsync(id, input.Version, change, ct);
    }
}
