using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Cases;

/// <summary>
/// A KIM case: one client's run through the case-management cycle with one case manager.
/// The case guards its own phase transitions; handlers only call these methods.
/// </summary>
public class Case : IVersioned, IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ClientId { get; set; }
    public Guid CaseManagerId { get; set; }
    public Guid OrganisationId { get; set; }
    public CasePhase Phase { get; private set; } = CasePhase.Intake;
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; private set; }
    public ClosureReason? ClosureReason { get; private set; }
    /// <summary>"What did this case show about the system" — picked up by the steering features.</summary>
    public string? SystemRemark { get; private set; }
    public Intake? Intake { get; private set; }
    public DateOnly? PlanAgreedOn { get; private set; }
    public List<Assessment> Assessments { get; private set; } = [];
    public List<Goal> Goals { get; private set; } = [];
    public List<CaseEvent> Events { get; private set; } = [];
    public List<CaseNote> Notes { get; private set; } = [];
    public List<Appointment> Appointments { get; private set; } = [];
    public int Version { get; set; }

    public bool IsActive => Phase != CasePhase.Closed;

    public string AuditId => Id.ToString();

    public Error? RecordIntake(Intake intake, DateOnly today)
    {
        if (Phase != CasePhase.Intake)
            return Refuse("Die Erstberatung kann nur in der Phase „Zugang“ erfasst werden.");
        if (intake.Decision != IntakeDecision.CaseManagementIndicated && string.IsNullOrWhiteSpace(intake.DecisionReason))
            return Error.Invalid("decisionReason", "Bitte begründen Sie, warum kein Case Management angezeigt ist.");
        if (intake.FirstContactOn > today)
            return Error.Invalid("firstContactOn", "Der Erstkontakt kann nicht in der Zukunft liegen.");
        Intake = intake;
        Record(today, "Erstberatung erfasst");
        return null;
    }

    /// <summary>Assessment and re-assessment: possible in every active phase, each one kept.</summary>
    public Error? RecordAssessment(Assessment assessment, DateOnly today)
    {
        if (!IsActive) return Refuse("Ein abgeschlossener Fall kann nicht neu eingeschätzt werden. Bitte öffnen Sie ihn zuerst wieder.");
        if (Phase == CasePhase.Intake && Intake?.Decision != IntakeDecision.CaseManagementIndicated)
            return Refuse("Ein Assessment setzt eine Erstberatung mit der Entscheidung „Case Management angezeigt“ voraus.");
        if (assessment.Ratings.Count == 0)
            return Error.Invalid("ratings", "Bitte schätzen Sie mindestens eine Lebenslage ein.");
        if (assessment.Ratings.GroupBy(r => r.Domain).Any(g => g.Count() > 1))
            return Error.Invalid("ratings", "Jede Lebenslage darf in einem Assessment nur einmal vorkommen.");
        Assessments.Add(assessment);
        if (Phase == CasePhase.Intake) MoveTo(CasePhase.Assessment, today);
        Record(today, Assessments.Count == 1 ? "Assessment erfasst" : "Re-Assessment erfasst");
        return null;
    }

    public Error? StartPlanning(DateOnly today)
    {
        if (Phase != CasePhase.Assessment) return Refuse("Die Planung beginnt nach dem Assessment.");
        if (Assessments.Count == 0) return Refuse("Ohne Assessment kann keine Planung beginnen.");
        MoveTo(CasePhase.Planning, today);
        return null;
    }

    public Error? AddGoal(Goal goal, DateOnly today)
    {
        if (Phase is not (CasePhase.Planning or CasePhase.Linking or CasePhase.Monitoring))
            return Refuse("Ziele werden in der Planung vereinbart (oder später ergänzt), nicht in der Phase „" + PhaseNames.Of(Phase) + "“.");
        goal.Sequence = Goals.Count == 0 ? 1 : Goals.Max(g => g.Sequence) + 1;
        Goals.Add(goal);
        Record(today, "Ziel vereinbart");
        return null;
    }

    /// <summary>The goal agreement is signed: every goal needs at least one step.</summary>
    public Error? AgreePlan(DateOnly agreedOn, DateOnly today)
    {
        if (Phase != CasePhase.Planning) return Refuse("Die Zielvereinbarung wird in der Phase „Planung“ abgeschlossen.");
        if (Goals.Count == 0) return Refuse("Die Zielvereinbarung braucht mindestens ein Ziel.");
        if (Goals.FirstOrDefault(g => g.Steps.Count == 0) is { } bare)
            return Refuse($"Das Ziel „{bare.Description}“ hat noch keinen Schritt.");
        if (agreedOn > today) return Error.Invalid("agreedOn", "Das Datum der Vereinbarung kann nicht in der Zukunft liegen.");
        PlanAgreedOn = agreedOn;
        MoveTo(CasePhase.Linking, today);
        return null;
    }

    public Error? StartMonitoring(DateOnly today)
    {
        if (Phase != CasePhase.Linking) return Refuse("Das Monitoring beginnt nach der Leistungssteuerung (Linking).");
        MoveTo(CasePhase.Monitoring, today);
        return null;
    }

    public Error? StartEvaluation(DateOnly today)
    {
        if (Phase is not (CasePhase.Linking or CasePhase.Monitoring))
            return Refuse("Die Evaluation folgt auf Linking oder Monitoring.");
        MoveTo(CasePhase.Evaluation, today);
        return null;
    }

    /// <summary>
    /// Closure: a reason always; after case management every goal must be evaluated.
    /// A short advice or a mere referral may close straight from the intake.
    /// </summary>
    public Error? Close(ClosureReason? reason, string? systemRemark, DateOnly today)
    {
        if (reason is null) return Error.Invalid("reason", "Bitte geben Sie den Grund für den Abschluss an.");
        var fromIntake = Phase == CasePhase.Intake && Intake is { Decision: not IntakeDecision.CaseManagementIndicated };
        if (!fromIntake && Phase != CasePhase.Evaluation)
            return Refuse("Ein Fall wird nach der Evaluation abgeschlossen (oder nach einer Erstberatung ohne Case Management).");
        if (Goals.FirstOrDefault(g => g.Attainment is null) is { } open)
            return Refuse($"Bitte bewerten Sie zuerst das Ziel „{open.Description}“.");
        ClosureReason = reason;
        SystemRemark = string.IsNullOrWhiteSpace(systemRemark) ? null : systemRemark.Trim();
        ClosedOn = today;
        MoveTo(CasePhase.Closed, today);
        return null;
    }

    /// <summary>Reopening is recorded and starts again with a (re-)assessment.</summary>
    public Error? Reopen(string? reason, DateOnly today)
    {
        if (IsActive) return Refuse("Der Fall ist nicht abgeschlossen.");
        if (string.IsNullOrWhiteSpace(reason)) return Error.Invalid("reason", "Bitte begründen Sie die Wiederaufnahme.");
        ClosedOn = null;
        ClosureReason = null;
        Phase = CasePhase.Assessment;
        Record(today, "Fall wiederaufgenommen: " + reason.Trim());
        return null;
    }

    public Error? AddNote(CaseNote note, DateOnly today)
    {
        if (!IsActive) return Refuse("In einem abgeschlossenen Fall können keine Kontakte mehr dokumentiert werden.");
        if (note.On > today) return Error.Invalid("on", "Ein Kontakt kann nicht in der Zukunft liegen.");
        if (note.DurationMinutes is < 0 or > 24 * 60) return Error.Invalid("durationMinutes", "Die Dauer muss zwischen 0 und 1440 Minuten liegen.");
        if (string.IsNullOrWhiteSpace(note.Text)) return Error.Invalid("text", "Bitte beschreiben Sie den Kontakt.");
        note.Sequence = Notes.Count == 0 ? 1 : Notes.Max(n => n.Sequence) + 1;
        Notes.Add(note);
        return null;
    }

    public Error? AddAppointment(Appointment appointment, DateOnly today)
    {
        if (!IsActive) return Refuse("In einem abgeschlossenen Fall können keine Termine mehr vereinbart werden.");
        if (string.IsNullOrWhiteSpace(appointment.Title)) return Error.Invalid("title", "Bitte geben Sie an, worum es bei dem Termin geht.");
        Appointments.Add(appointment);
        return null;
    }

    public Error? HandOver(Guid newCaseManagerId, Guid newOrganisationId, DateOnly today)
    {
        if (!IsActive) return Refuse("Ein abgeschlossener Fall kann nicht übergeben werden.");
        if (newCaseManagerId == CaseManagerId) return Error.Invalid("caseManagerId", "Der Fall liegt bereits bei dieser Person.");
        CaseManagerId = newCaseManagerId;
        OrganisationId = newOrganisationId;
        Record(today, "Fall übergeben");
        return null;
    }

    /// <summary>
    /// A referral's outcome flows back into the plan (Verweisberatung): a completed referral marks the plan step it
    /// serves as done on the day of completion; every outcome (result, rejection, feedback) is noted in the history.
    /// A closed case is left as it is.
    /// </summary>
    public void RecordReferralOutcome(Guid? planStepId, bool completed, string description, DateOnly on)
    {
        if (!IsActive) return;
        if (completed && planStepId is { } id && Goals.SelectMany(g => g.Steps).FirstOrDefault(s => s.Id == id) is { Status: StepStatus.Open } step)
        {
            step.Status = StepStatus.Done;
            step.DoneOn = on;
        }
        Record(on, description);
    }

    private void MoveTo(CasePhase phase, DateOnly today)
    {
        var from = Phase;
        Phase = phase;
        Record(today, $"Phase „{PhaseNames.Of(from)}“ → „{PhaseNames.Of(phase)}“");
    }

    private void Record(DateOnly on, string what) =>
        Events.Add(new CaseEvent { Sequence = Events.Count + 1, On = on, Description = what, Phase = Phase });

    private static Error Refuse(string message) => new(ErrorKind.Conflict, message);
}

public static class PhaseNames
{
    public static string Of(CasePhase p) => p switch
    {
        CasePhase.Intake => "Zugang",
        CasePhase.Assessment => "Assessment",
        CasePhase.Planning => "Planung",
        CasePhase.Linking => "Linking",
        CasePhase.Monitoring => "Monitoring",
        CasePhase.Evaluation => "Evaluation",
        _ => "Abgeschlossen"
    };
}
