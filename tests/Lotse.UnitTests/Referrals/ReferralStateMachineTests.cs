using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.UnitTests.Referrals;

public class ReferralStateMachineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public enum Op { Send, Accept, Reject, FirstAppointment, StartWork, Complete, Cancel, Feedback }

    private static Referral In(ReferralStatus status)
    {
        var r = new Referral { Service = "Integrationskurs-Berechtigung", SharedCategories = [DataCategory.IdentityContact], CreatedAt = T0 };
        void Ok(Error? e) => Assert.Null(e);
        switch (status)
        {
            case ReferralStatus.Draft: break;
            case ReferralStatus.Sent: Ok(r.Send([], T0)); break;
            case ReferralStatus.Accepted: Ok(r.Send([], T0)); Ok(r.Accept(T0.AddDays(1))); break;
            case ReferralStatus.Rejected: Ok(r.Send([], T0)); Ok(r.Reject("Nicht zuständig", T0.AddDays(1))); break;
            case ReferralStatus.InProgress: Ok(r.Send([], T0)); Ok(r.Accept(T0.AddDays(1))); Ok(r.StartWork(T0.AddDays(2))); break;
            case ReferralStatus.Completed: Ok(r.Send([], T0)); Ok(r.Accept(T0.AddDays(1))); Ok(r.Complete("Erteilt", T0.AddDays(3))); break;
            case ReferralStatus.Cancelled: Ok(r.Cancel("Person verzogen", T0)); break;
        }
        Assert.Equal(status, r.Status);
        return r;
    }

    private static Error? Apply(Referral r, Op op) => op switch
    {
        Op.Send => r.Send([], T0.AddDays(5)),
        Op.Accept => r.Accept(T0.AddDays(5)),
        Op.Reject => r.Reject("Kein Platz frei", T0.AddDays(5)),
        Op.FirstAppointment => r.RecordFirstAppointment(new DateOnly(2026, 11, 10), T0.AddDays(5)),
        Op.StartWork => r.StartWork(T0.AddDays(5)),
        Op.Complete => r.Complete("Integrationskurs-Berechtigung erteilt am 09.11.2026", T0.AddDays(5)),
        Op.Cancel => r.Cancel("Person verzogen", T0.AddDays(5)),
        _ => r.AddFeedback(new ReferralFeedback { At = T0.AddDays(5), Text = "Termin vereinbart" })
    };

    /// <summary>Every status × every operation: allowed (and the status it leads to) or refused as a conflict.</summary>
    public static TheoryData<ReferralStatus, Op, ReferralStatus?> Matrix()
    {
        var allowed = new Dictionary<(ReferralStatus, Op), ReferralStatus>
        {
            [(ReferralStatus.Draft, Op.Send)] = ReferralStatus.Sent,
            [(ReferralStatus.Draft, Op.Cancel)] = ReferralStatus.Cancelled,
            [(ReferralStatus.Sent, Op.Accept)] = ReferralStatus.Accepted,
            [(ReferralStatus.Sent, Op.Reject)] = ReferralStatus.Rejected,
            [(ReferralStatus.Sent, Op.Cancel)] = ReferralStatus.Cancelled,
            [(ReferralStatus.Sent, Op.Feedback)] = ReferralStatus.Sent,
            [(ReferralStatus.Accepted, Op.FirstAppointment)] = ReferralStatus.InProgress,
            [(ReferralStatus.Accepted, Op.StartWork)] = ReferralStatus.InProgress,
            [(ReferralStatus.Accepted, Op.Complete)] = ReferralStatus.Completed,
            [(ReferralStatus.Accepted, Op.Cancel)] = ReferralStatus.Cancelled,
            [(ReferralStatus.Accepted, Op.Feedback)] = ReferralStatus.Accepted,
            [(ReferralStatus.Rejected, Op.Feedback)] = ReferralStatus.Rejected,
            [(ReferralStatus.InProgress, Op.FirstAppointment)] = ReferralStatus.InProgress,
            [(ReferralStatus.InProgress, Op.Complete)] = ReferralStatus.Completed,
            [(ReferralStatus.InProgress, Op.Cancel)] = ReferralStatus.Cancelled,
            [(ReferralStatus.InProgress, Op.Feedback)] = ReferralStatus.InProgress,
            [(ReferralStatus.Completed, Op.Feedback)] = ReferralStatus.Completed,
        };
        var data = new TheoryData<ReferralStatus, Op, ReferralStatus?>();
        foreach (var status in Enum.GetValues<ReferralStatus>())
            foreach (var op in Enum.GetValues<Op>())
                data.Add(status, op, allowed.TryGetValue((status, op), out var to) ? to : null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_transition_is_allowed_or_refused_as_a_conflict(ReferralStatus from, Op op, ReferralStatus? expected)
    {
        var r = In(from);
        var error = Apply(r, op);
        if (expected is { } to)
        {
            Assert.Null(error);
            Assert.Equal(to, r.Status);
        }
        else
        {
            Assert.NotNull(error);
            Assert.Equal(ErrorKind.Conflict, error.Kind);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.Equal(from, r.Status);
        }
    }

    [Fact]
    public void Sending_with_uncovered_categories_is_refused_naming_them()
    {
        var r = In(ReferralStatus.Draft);
        var error = r.Send([DataCategory.Health, DataCategory.Benefits], T0);
        Assert.NotNull(error);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Contains("Gesundheitsdaten", error.Message);
        Assert.Contains("Leistungsbezug", error.Message);
        Assert.True(error.Fields!.ContainsKey("sharedCategories"));
        Assert.Equal(ReferralStatus.Draft, r.Status);
        Assert.Null(r.SentAt);
    }

    [Fact]
    public void Every_state_change_is_timestamped()
    {
        var r = In(ReferralStatus.Draft);
        Assert.Null(r.Send([], T0));
        Assert.Null(r.Accept(T0.AddHours(30)));
        Assert.Null(r.RecordFirstAppointment(new DateOnly(2026, 11, 6), T0.AddHours(31)));
        Assert.Null(r.Complete("Beratungstermin am 06.11.2026 wahrgenommen", T0.AddDays(9)));
        Assert.Equal(T0, r.SentAt);
        Assert.Equal(T0.AddHours(30), r.AcceptedAt);
        Assert.Equal(T0.AddHours(31), r.InProgressAt);
        Assert.Equal(new DateOnly(2026, 11, 6), r.FirstAppointmentOn);
        Assert.Equal(T0.AddDays(9), r.CompletedAt);
        Assert.Equal("Beratungstermin am 06.11.2026 wahrgenommen", r.Result);
        Assert.True(r.ResultUnseen);
        r.MarkResultSeen();
        Assert.False(r.ResultUnseen);
    }

    [Fact]
    public void Reasons_and_results_are_required()
    {
        Assert.Equal(ErrorKind.Validation, In(ReferralStatus.Sent).Reject(" ", T0)!.Kind);
        Assert.Equal(ErrorKind.Validation, In(ReferralStatus.Accepted).Complete(null, T0)!.Kind);
        Assert.Equal(ErrorKind.Validation, In(ReferralStatus.Sent).Cancel("", T0)!.Kind);
        Assert.Equal(ErrorKind.Validation, In(ReferralStatus.Sent).AddFeedback(new ReferralFeedback { Text = "" })!.Kind);
        Assert.Equal(ErrorKind.Validation, new Referral().Send([], T0)!.Kind); // no service
    }

    [Fact]
    public void A_first_appointment_cannot_lie_before_the_referral_was_sent()
    {
        var r = In(ReferralStatus.Accepted);
        var error = r.RecordFirstAppointment(new DateOnly(2026, 10, 30), T0.AddDays(2));
        Assert.Equal(ErrorKind.Validation, error!.Kind);
        Assert.Equal(ReferralStatus.Accepted, r.Status);
    }

    [Fact]
    public void Rejection_and_feedback_flag_the_result_for_the_case_manager()
    {
        var rejected = In(ReferralStatus.Sent);
        Assert.False(rejected.ResultUnseen);
        Assert.Null(rejected.Reject("Nicht zuständig", T0));
        Assert.True(rejected.ResultUnseen);
        var withFeedback = In(ReferralStatus.Accepted);
        Assert.Null(withFeedback.AddFeedback(new ReferralFeedback { Text = "Termin am Montag" }));
        Assert.True(withFeedback.ResultUnseen);
        Assert.Equal(1, withFeedback.Feedback.Single().Sequence);
    }

    [Fact]
    public void A_completed_referral_completes_its_plan_step_and_is_noted_in_the_case()
    {
        var step = new PlanStep { Description = "Integrationskurs beantragen", Responsible = StepResponsible.Organisation };
        var other = new PlanStep { Description = "Wohnung suchen", Responsible = StepResponsible.Client };
        var @case = CaseInLinking(step, other);
        var events = @case.Events.Count;
        @case.RecordReferralOutcome(step.Id, true, "Verweisung abgeschlossen", new DateOnly(2026, 11, 20));
        Assert.Equal(StepStatus.Done, step.Status);
        Assert.Equal(new DateOnly(2026, 11, 20), step.DoneOn);
        Assert.Equal(StepStatus.Open, other.Status);
        Assert.Equal(events + 1, @case.Events.Count);
        Assert.Equal("Verweisung abgeschlossen", @case.Events[^1].Description);

        @case.RecordReferralOutcome(other.Id, false, "Verweisung abgelehnt", new DateOnly(2026, 11, 21));
        Assert.Equal(StepStatus.Open, other.Status); // a rejection leaves the step open
        Assert.Equal(events + 2, @case.Events.Count);
    }

    private static Case CaseInLinking(params PlanStep[] steps)
    {
        var today = new DateOnly(2026, 11, 2);
        var c = new Case { OpenedOn = today };
        Assert.Null(c.RecordIntake(new Intake { FirstContactOn = today, Route = AccessRoute.Self, FirstConcerns = "Sprachkurs", Decision = IntakeDecision.CaseManagementIndicated }, today));
        Assert.Null(c.RecordAssessment(new Assessment { AssessedOn = today, Ratings = [new LifeDomainRating { Domain = LifeDomain.Language, Rating = 4 }] }, today));
        Assert.Null(c.StartPlanning(today));
        Assert.Null(c.AddGoal(new Goal { Domain = LifeDomain.Language, Description = "B1", Steps = steps.ToList() }, today));
        Assert.Null(c.AgreePlan(today, today));
        Assert.Equal(CasePhase.Linking, c.Phase);
        return c;
    }
}
