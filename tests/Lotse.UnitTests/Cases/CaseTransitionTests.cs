using Lotse.Web.Domain.Cases;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.UnitTests.Cases;

public class CaseTransitionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Intake Indicated() => new()
    {
        FirstContactOn = Today.AddDays(-3), Route = AccessRoute.Self, FirstConcerns = "Wohnung, Sprachkurs",
        Decision = IntakeDecision.CaseManagementIndicated
    };

    private static Assessment Assessment(params LifeDomain[] domains) => new()
    {
        AssessedOn = Today,
        Ratings = domains.Select(d => new LifeDomainRating { Domain = d, Rating = 4 }).ToList()
    };

    private static Goal GoalWithStep() => new()
    {
        Domain = LifeDomain.Language, Description = "B1-Zertifikat",
        Steps = [new PlanStep { Description = "Anmeldung Integrationskurs", Responsible = StepResponsible.Client, DueOn = Today.AddDays(14) }]
    };

    private static Case InPlanning()
    {
        var c = new Case { OpenedOn = Today };
        Assert.Null(c.RecordIntake(Indicated(), Today));
        Assert.Null(c.RecordAssessment(Assessment(LifeDomain.Language, LifeDomain.Housing), Today));
        Assert.Null(c.StartPlanning(Today));
        return c;
    }

    [Fact]
    public void Full_cycle_from_intake_to_closure()
    {
        var c = InPlanning();
        var goal = GoalWithStep();
        Assert.Null(c.AddGoal(goal, Today));
        Assert.Null(c.AgreePlan(Today, Today));
        Assert.Equal(CasePhase.Linking, c.Phase);
        Assert.Null(c.StartMonitoring(Today));
        Assert.Null(c.StartEvaluation(Today));
        goal.Attainment = GoalAttainment.Achieved;
        Assert.Null(c.Close(ClosureReason.GoalsReached, "Wartezeit Integrationskurs 10 Wochen", Today));
        Assert.Equal(CasePhase.Closed, c.Phase);
        Assert.Equal(Today, c.ClosedOn);
        Assert.Contains(c.Events, e => e.Description.Contains("Evaluation") && e.Description.Contains("Abgeschlossen"));
    }

    [Fact]
    public void No_plan_without_an_assessment()
    {
        var c = new Case { OpenedOn = Today };
        c.RecordIntake(Indicated(), Today);
        var error = c.StartPlanning(Today);
        Assert.NotNull(error);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(CasePhase.Intake, c.Phase);
    }

    [Fact]
    public void No_assessment_when_intake_decided_against_case_management()
    {
        var c = new Case { OpenedOn = Today };
        var intake = Indicated();
        intake.Decision = IntakeDecision.ShortAdvice;
        intake.DecisionReason = "Nur Frage zum Kindergeld";
        Assert.Null(c.RecordIntake(intake, Today));
        Assert.NotNull(c.RecordAssessment(Assessment(LifeDomain.Livelihood), Today));
        Assert.Null(c.Close(ClosureReason.ShortAdviceCompleted, null, Today));
        Assert.False(c.IsActive);
    }

    [Fact]
    public void Intake_without_case_management_needs_a_reason()
    {
        var c = new Case { OpenedOn = Today };
        var intake = Indicated();
        intake.Decision = IntakeDecision.ReferralOnly;
        var error = c.RecordIntake(intake, Today);
        Assert.Equal(ErrorKind.Validation, error!.Kind);
        Assert.Null(c.Intake);
    }

    [Fact]
    public void Plan_needs_a_step_for_every_goal()
    {
        var c = InPlanning();
        c.AddGoal(new Goal { Domain = LifeDomain.Housing, Description = "Eigene Wohnung" }, Today);
        var error = c.AgreePlan(Today, Today);
        Assert.Contains("Eigene Wohnung", error!.Message);
        Assert.Equal(CasePhase.Planning, c.Phase);
    }

    [Fact]
    public void No_closure_without_reason_or_with_unevaluated_goals()
    {
        var c = InPlanning();
        c.AddGoal(GoalWithStep(), Today);
        c.AgreePlan(Today, Today);
        c.StartEvaluation(Today);
        Assert.Equal(ErrorKind.Validation, c.Close(null, null, Today)!.Kind);
        Assert.Contains("B1-Zertifikat", c.Close(ClosureReason.GoalsReached, null, Today)!.Message);
        Assert.True(c.IsActive);
    }

    [Fact]
    public void Closure_only_after_evaluation()
    {
        var c = InPlanning();
        Assert.NotNull(c.Close(ClosureReason.ContactLost, null, Today));
    }

    [Fact]
    public void Reassessment_is_possible_in_any_active_phase_and_each_is_kept()
    {
        var c = InPlanning();
        c.AddGoal(GoalWithStep(), Today);
        c.AgreePlan(Today, Today);
        c.StartMonitoring(Today);
        Assert.Null(c.RecordAssessment(Assessment(LifeDomain.Health), Today.AddDays(180)));
        Assert.Equal(2, c.Assessments.Count);
        Assert.Equal(CasePhase.Monitoring, c.Phase);
    }

    [Fact]
    public void The_same_life_domain_twice_in_one_assessment_is_refused()
    {
        var c = new Case { OpenedOn = Today };
        c.RecordIntake(Indicated(), Today);
        Assert.NotNull(c.RecordAssessment(Assessment(LifeDomain.Housing, LifeDomain.Housing), Today));
        Assert.Empty(c.Assessments);
    }

    [Fact]
    public void Reopening_is_recorded_and_restarts_with_assessment()
    {
        var c = new Case { OpenedOn = Today };
        c.RecordIntake(new Intake { FirstContactOn = Today, Decision = IntakeDecision.ShortAdvice, DecisionReason = "Einmalige Frage" }, Today);
        c.Close(ClosureReason.ShortAdviceCompleted, null, Today);
        Assert.NotNull(c.Reopen(" ", Today));
        Assert.Null(c.Reopen("Neue Lage nach Umzug", Today.AddDays(30)));
        Assert.Equal(CasePhase.Assessment, c.Phase);
        Assert.Null(c.ClosedOn);
        Assert.Contains(c.Events, e => e.Description.StartsWith("Fall wiederaufgenommen"));
    }

    [Fact]
    public void Overdue_steps_are_open_steps_past_their_due_date()
    {
        var step = new PlanStep { DueOn = Today.AddDays(-1) };
        Assert.True(step.IsOverdue(Today));
        step.Status = StepStatus.Done;
        Assert.False(step.IsOverdue(Today));
        Assert.False(new PlanStep { DueOn = Today }.IsOverdue(Today));
    }
}
