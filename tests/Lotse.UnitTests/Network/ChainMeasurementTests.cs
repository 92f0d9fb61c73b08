using Lotse.Web.Domain.Network;
using Lotse.Web.Features.Network.ServiceChains;

namespace Lotse.UnitTests.Network;

/// <summary>Lead times of a chain against hand-computed figures (durations counted in the target's unit).</summary>
public class ChainMeasurementTests
{
    private static readonly Guid StepA = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid StepB = Guid.Parse("00000000-0000-0000-0000-0000000000b2");
    private static readonly Guid OrgX = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid OrgY = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly DateTimeOffset Now = At("2026-04-20");

    private static DateTimeOffset At(string day) => new(DateOnly.Parse(day).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
    private static ChainObservation Obs(Guid step, Guid org, string start, string? end) =>
        ChainObservation.Of(step, org, At(start), end is null ? null : At(end));

    /// <summary>
    /// Step A, target 10 working days:
    ///   X 02.03.–16.03. = 10 WT (within), X 01.04.–16.04. = 9 WT (Karfreitag, Ostermontag not counted; 15 calendar days),
    ///   Y 02.03.–20.03. = 14 WT (beyond), Y open since 02.03. (overdue on 20.04.), Y open since 15.04. (3 WT: undecided).
    /// Step B, target 5 calendar days: 3, 4, 5, 6, 20 days.
    /// </summary>
    private static readonly ChainObservation[] Fixture =
    [
        Obs(StepA, OrgX, "2026-03-02", "2026-03-16"),
        Obs(StepA, OrgX, "2026-04-01", "2026-04-16"),
        Obs(StepA, OrgY, "2026-03-02", "2026-03-20"),
        Obs(StepA, OrgY, "2026-03-02", null),
        Obs(StepA, OrgY, "2026-04-15", null),
        Obs(StepB, OrgX, "2026-03-02", "2026-03-05"),
        Obs(StepB, OrgX, "2026-03-02", "2026-03-06"),
        Obs(StepB, OrgX, "2026-03-02", "2026-03-07"),
        Obs(StepB, OrgX, "2026-03-02", "2026-03-08"),
        Obs(StepB, OrgX, "2026-03-02", "2026-03-22"),
    ];

    private static readonly ChainTarget[] Targets =
        [new(StepA, 10, DurationUnit.WorkingDays), new(StepB, 5, DurationUnit.CalendarDays)];

    [Fact]
    public void Figures_per_step_match_the_hand_computed_values()
    {
        var result = ChainMeasurement.Measure(Targets, Fixture, Now);
        var a = result.Subjects[0].Overall;
        Assert.Equal((5, 3, 2, 1, 2), (a.Count, a.Completed, a.Open, a.OpenOverdue, a.WithinTarget));
        Assert.Equal(10.0, a.Median);          // 9, 10, 14
        Assert.Equal(12.4, a.Percentile80!.Value, 10); // h = 1.6 → 10 + 0.6·4
        Assert.Equal(0.5, a.ShareWithinTarget); // 2 within of 3 completed + 1 overdue

        var b = result.Subjects[1].Overall;
        Assert.Equal(5.0, b.Median);
        Assert.Equal(8.8, b.Percentile80!.Value, 10); // 3,4,5,6,20: h = 3.2 → 6 + 0.2·14
        Assert.Equal(0.6, b.ShareWithinTarget);
    }

    [Fact]
    public void Figures_per_organisation_and_per_month()
    {
        var a = ChainMeasurement.Measure(Targets, Fixture, Now).Subjects[0];
        var x = a.ByOrganisation.Single(o => o.OrganisationId == OrgX).Figures;
        Assert.Equal(9.5, x.Median);
        Assert.Equal(1.0, x.ShareWithinTarget);
        var y = a.ByOrganisation.Single(o => o.OrganisationId == OrgY).Figures;
        Assert.Equal(14.0, y.Median);
        Assert.Equal(0.0, y.ShareWithinTarget); // 14 WT and one overdue open pass
        Assert.Equal(3, y.Count);

        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)], a.ByMonth.Select(m => m.Month));
        var march = a.ByMonth[0].Figures;
        Assert.Equal(12.0, march.Median); // 10, 14
        Assert.Equal(1.0 / 3, march.ShareWithinTarget!.Value, 10);
        var april = a.ByMonth[1].Figures;
        Assert.Equal(9.0, april.Median);
        Assert.Equal(1.0, april.ShareWithinTarget);
        Assert.Equal(1, april.Open);
    }

    [Fact]
    public void Working_days_differ_from_calendar_days_over_Easter()
    {
        Assert.Equal(9, ChainMeasurement.Duration(At("2026-04-01"), At("2026-04-16"), DurationUnit.WorkingDays));
        Assert.Equal(15, ChainMeasurement.Duration(At("2026-04-01"), At("2026-04-16"), DurationUnit.CalendarDays));
    }

    [Fact]
    public void Days_are_German_days_a_late_evening_start_belongs_to_the_next_day_in_summer()
    {
        // 22:30 UTC on 01.06. is 00:30 on 02.06. in Berlin (CEST).
        var late = new DateTimeOffset(2026, 6, 1, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 6, 2), ChainMeasurement.LocalDate(late));
        Assert.Equal(new DateOnly(2026, 6, 1), ChainObservation.Of(StepA, OrgX, late, null).Month);
    }

    [Fact]
    public void The_chain_breaks_at_the_step_with_the_lowest_share_within_target()
    {
        var result = ChainMeasurement.Measure(Targets, Fixture, Now);
        Assert.Equal(StepA, result.Break!.SubjectId);
        Assert.Equal(0.5, result.Break.ShareWithinTarget);
        Assert.Equal(0.0, result.Break.MedianBeyondTarget);
    }

    [Fact]
    public void On_equal_shares_the_step_whose_median_lies_furthest_beyond_the_target_breaks()
    {
        var p = Guid.NewGuid();
        var q = Guid.NewGuid();
        ChainTarget[] targets = [new(q, 2, DurationUnit.CalendarDays), new(p, 2, DurationUnit.CalendarDays)];
        ChainObservation[] observations =
        [
            Obs(q, OrgX, "2026-03-02", "2026-03-04"), Obs(q, OrgX, "2026-03-02", "2026-03-06"), // 2, 4: median 3 (+1), share 0.5
            Obs(p, OrgX, "2026-03-02", "2026-03-03"), Obs(p, OrgX, "2026-03-02", "2026-03-12"), // 1, 10: median 5.5 (+3.5), share 0.5
        ];
        var result = ChainMeasurement.Measure(targets, observations, Now);
        Assert.Equal(p, result.Break!.SubjectId);
        Assert.Equal(3.5, result.Break.MedianBeyondTarget);
    }

    [Fact]
    public void A_chain_that_keeps_every_target_has_no_break_and_unmeasured_steps_have_no_figures()
    {
        var c = Guid.NewGuid();
        ChainTarget[] targets = [new(StepB, 5, DurationUnit.CalendarDays), new(c, 3, DurationUnit.WorkingDays)];
        var result = ChainMeasurement.Measure(targets, [Obs(StepB, OrgX, "2026-03-02", "2026-03-04")], Now);
        Assert.Null(result.Break);
        var unmeasured = result.Subjects[1].Overall;
        Assert.Equal(0, unmeasured.Count);
        Assert.Null(unmeasured.Median);
        Assert.Null(unmeasured.ShareWithinTarget);
    }
}
