using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// The use cases of a referral, shared by pages and API. Access is decided by <see cref="ReferralAccess"/>, the
/// transition by <see cref="Referral"/>; a stale version is refused. Results, rejections and feedback of the receiver
/// flow back into the case (<see cref="Case.RecordReferralOutcome"/>) and flag the referral for the case manager.
/// </summary>
public sealed class ReferralCommands(LotseDbContext db, ReferralAccess access, ClientAccess clients, ReferralConsents consents, TimeProvider clock)
{
    private enum Side { Sender, Receiver, Either }

    private DateTimeOffset Now => clock.GetUtcNow();
    private DateOnly Today => LocalCalendar.Day(Now);

    public async Task<Result<Referral>> CreateAsync(Guid caseId, ReferralInput input, CancellationToken ct)
    {
        if (!access.IsCaseManager)
            return await access.DenyAsync(new Error(ErrorKind.Forbidden, "Nur Case Manager:innen legen Verweisungen an."), null, "Verweisung anlegen", ct);
        var @case = await clients.EditableCases().Include(c => c.Goals).ThenInclude(g => g.Steps).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return await access.DenyAsync(Error.NotFound("Der Fall"), null, "Verweisung anlegen", ct);
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (@case.Phase is not (CasePhase.Linking or CasePhase.Monitoring or CasePhase.Evaluation))
            return new Error(ErrorKind.Conflict, "Verweisungen werden ab der Phase „Linking“ angelegt, also nach der Zielvereinbarung, und nicht in einem abgeschlossenen Fall.");

        var fields = new Dictionary<string, string[]>();
        var receiver = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == input.ToOrganisationId, ct);
        if (receiver is null || !receiver.IsActive) fields["toOrganisationId"] = ["Diese Organisation gibt es nicht oder sie ist nicht aktiv."];
        else if (receiver.Id == @case.OrganisationId) fields["toOrganisationId"] = ["Eine Verweisung geht an eine andere Organisation als die eigene."];
        if (input.ToUserId is { } toUser && !await db.Users.AnyAsync(u => u.Id == toUser && u.IsActive && u.OrganisationId == input.ToOrganisationId, ct))
            fields["toUserId"] = ["Diese Person gehört nicht zur empfangenden Organisation."];
        var goalId = input.GoalId;
        if (input.PlanStepId is { } stepId)
        {
            var goal = @case.Goals.FirstOrDefault(g => g.Steps.Any(s => s.Id == stepId));
            if (goal is null) fields["planStepId"] = ["Dieser Schritt gehört nicht zu diesem Fall."];
            else if (goalId is not null && goalId != goal.Id) fields["goalId"] = ["Der Schritt gehört zu einem anderen Ziel."];
            else goalId = goal.Id;
        }
        else if (goalId is { } g && @case.Goals.All(x => x.Id != g)) fields["goalId"] = ["Dieses Ziel gehört nicht zu diesem Fall."];
        if (input.SharedCategories.Any(c => !Enum.IsDefined(c))) fields["sharedCategories"] = ["Unbekannte Datenkategorie."];
        if (input.DueOn is { } due && due < Today) fields["dueOn"] = ["Die Frist kann nicht in der Vergangenheit liegen."];
        if (input.ServiceChainStepId is { } chainStepId)
        {
            var chainStep = await db.ServiceChainSteps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == chainStepId, ct);
            if (chainStep is null) fields["serviceChainStepId"] = ["Diesen Schritt einer Dienstleistungskette gibt es nicht."];
            else if (receiver is not null && chainStep.ResponsibleOrganisationId != receiver.Id)
                fields["serviceChainStepId"] = ["Für diesen Schritt der Dienstleistungskette ist eine andere Organisation verantwortlich als die empfangende. Bitte wählen Sie einen Schritt der empfangenden Organisation oder keinen."];
        }
        if (fields.Count > 0) return Error.Invalid(fields);

        var referral = new Referral
        {
            ClientId = @case.ClientId, CaseId = @case.Id, FromOrganisationId = @case.OrganisationId, CreatedByUserId = access.UserId,
            ToOrganisationId = receiver!.Id, ToUserId = input.ToUserId, Service = input.Service!.Trim(),
            Message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message.Trim(),
            GoalId = goalId, PlanStepId = input.PlanStepId, ServiceChainStepId = input.ServiceChainStepId,
            SharedCategories = input.SharedCategories.Distinct().Order().ToList(), Urgency = input.Urgency, DueOn = input.DueOn,
            PartnerCaseReference = string.IsNullOrWhiteSpace(input.PartnerCaseReference) ? null : input.PartnerCaseReference.Trim(),
            CreatedAt = Now
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return referral;
    }

    /// <summary>Sends the draft; refused while a shared category is not covered by a valid consent for the receiver.</summary>
    public Task<Result<Referral>> SendAsync(Guid id, ReferralChange input, CancellationToken ct) =>
        RunAsync(id, input, Side.Sender, "Verweisung versenden", async (r, now) =>
        {
            var consented = await consents.ConsentedCategoriesAsync(r.ClientId, r.ToOrganisationId, ct);
            return r.Send(r.SharedCategories.Where(c => !consented.Contains(c)).ToList(), now);
        }, null, ct);

    public Task<Result<Referral>> CancelAsync(Guid id, ReasonInput input, CancellationToken ct) =>
        RunAsync(id, input, Side.Sender, "Verweisung stornieren", (r, now) => Task.FromResult(r.Cancel(input.Reason, now)), null, ct);

    public Task<Result<Referral>> AcceptAsync(Guid id, AcceptInput input, CancellationToken ct) =>
        RunAsync(id, input, Side.Receiver, "Verweisung annehmen", (r, now) =>
        {
            var refused = r.Accept(now);
            if (refused is null) SetPartnerReference(r, input.PartnerCaseReference);
            return Task.FromResult(refused);
        }, null, ct);

    public Task<Result<Referral>> RejectAsync(Guid id, ReasonInput input, CancellationToken ct) =>
        RunAsync(id, input, Side.Receiver, "Verweisung ablehnen", (r, now) => Task.FromResult(r.Reject(input.Reason, now)),
            r => (false, $"Verweisung „{r.Service}“ abgelehnt"), ct);

    public Task<Result<Referral>> RecordFirstAppointmentAsync(Guid id, FirstAppointmentInput input, CancellationToken ct) =>
        RunAsync(id, input, Side.Receiver, "Ersttermin erfassen", (r, now) =>
        {
            var refused = r.RecordFirstAppointment(input.On!.Value, now);
            if (refused is null) SetPartnerReference(r, input.PartnerCaseReference);
            return Task.FromResult(refused);
        }, null, ct);

    public Task<Result<Referral>> AddFeedbackAsync(Guid id, FeedbackInput input, CancellationToken ct) =>
        RunAsync(id, input, Side.Either, "Rückmeldung zur Verweisung", (r, now) =>
        {
            var refused = r.AddFeedback(new ReferralFeedback
            {
                At = now, AuthorUserId = access.UserId, AuthorOrganisationId = access.OrganisationId, Text = input.Text?.Trim() ?? ""
            });
            // The case manager's own note is nothing new for them.
            if (refused is null && r.ToOrganisationId != access.OrganisationId) r.MarkResultSeen();
            return Task.FromResult(refused);
        }, r => r.ToOrganisationId == access.OrganisationId ? (false, $"Rückmeldung zur Verweisung „{r.Service}“") : null, ct);

    public Task<Result<Referral>> CompleteAsync(Guid id, CompleteInput input, CancellationToken ct) =>
        RunAsync(id, input, Side.Receiver, "Verweisung abschließen", (r, now) => Task.FromResult(r.Complete(input.Result, now)),
            r => (true, $"Verweisung „{r.Service}“ abgeschlossen: {r.Result}"), ct);

    private static void SetPartnerReference(Referral r, string? reference)
    {
        if (!string.IsNullOrWhiteSpace(reference)) r.PartnerCaseReference = reference.Trim();
    }

    /// <param name="flowBack">What the change means for the case: (plan step done?, history entry), or null for nothing.</param>
    private async Task<Result<Referral>> RunAsync(Guid id, ReferralChange input, Side side, string operation,
        Func<Referral, DateTimeOffset, Task<Error?>> change, Func<Referral, (bool Completed, string Description)?>? flowBack, CancellationToken ct)
    {
        var referral = await access.Readable().Include(r => r.Feedback).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return await access.DenyAsync(Error.NotFound("Die Verweisung"), id, operation, ct);
        var caseOrganisation = await db.Cases.Where(c => c.Id == referral.CaseId).Select(c => c.OrganisationId).FirstAsync(ct);
        var allowed = side switch
        {
            Side.Sender => access.MayActAsSender(referral, caseOrganisation),
            Side.Receiver => access.MayActAsReceiver(referral),
            _ => access.MayActAsSender(referral, caseOrganisation) || access.MayActAsReceiver(referral)
        };
        if (!allowed)
            return await access.DenyAsync(new Error(ErrorKind.Forbidden, side == Side.Receiver
                ? "Diese Aktion steht nur der empfangenden Organisation zu."
                : "Diese Aktion steht nur dem Case Management des Falls zu."), id, operation, ct);
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (input.Version != referral.Version) return Error.Stale("Die Verweisung");

        if (await change(referral, Now) is { } refused) return refused;

        var entry = db.Entry(referral);
        entry.Property(r => r.Version).OriginalValue = input.Version!.Value;
        entry.Property(r => r.Version).IsModified = true;
        if (flowBack?.Invoke(referral) is { } outcome)
        {
            var @case = await db.Cases.Include(c => c.Goals).ThenInclude(g => g.Steps).Include(c => c.Events).AsSplitQuery()
                .FirstAsync(c => c.Id == referral.CaseId, ct);
            var before = @case.Events.Count;
            @case.RecordReferralOutcome(referral.PlanStepId, outcome.Completed, Shorten(outcome.Description), Today);
            if (@case.Events.Count != before) db.Entry(@case).Property(c => c.Version).IsModified = true;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Verweisung");
        }
        return referral;
    }

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..297] + "…";
}
