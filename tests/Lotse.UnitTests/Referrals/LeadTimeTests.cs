using Lotse.Web.Features.Referrals;

namespace Lotse.UnitTests.Referrals;

/// <summary>Lead-time statistics against values computed by hand (type-7 interpolation: h = (n − 1)·p).</summary>
public class LeadTimeTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, 0.5, 2.5)]        // h = 1.5 → 2 + 0.5·(3 − 2)
    [InlineData(new[] { 1, 2, 3, 4 }, 0.8, 3.4)]        // h = 2.4 → 3 + 0.4·(4 − 3)
    [InlineData(new[] { 10, 1, 5, 3, 8 }, 0.5, 5.0)]    // sorted 1 3 5 8 10, h = 2
    [InlineData(new[] { 10, 1, 5, 3, 8 }, 0.8, 8.4)]    // h = 3.2 → 8 + 0.2·(10 − 8)
    [InlineData(new[] { 7 }, 0.5, 7.0)]
    [InlineData(new[] { 7 }, 0.8, 7.0)]
    [InlineData(new[] { 0, 0, 14 }, 0.8, 8.4)]          // h = 1.6 → 0 + 0.6·14
    [InlineData(new[] { 2, 9 }, 0.5, 5.5)]              // even count: mean of the middle two
    public void Percentiles_by_linear_interpolation(int[] values, double p, double expected) =>
        Assert.Equal(expected, LeadTimes.Percentile(values, p)!.Value, 10);

    [Fact]
    public void No_values_no_statistic() => Assert.Null(LeadTimes.Median([]));

    [Fact]
    public void Lead_times_count_German_calendar_days()
    {
        // 22:30 UTC on 2 March is 23:30 in Berlin; 23:30 UTC is already 3 March there: one day.
        var sent = new DateTimeOffset(2026, 3, 2, 22, 30, 0, TimeSpan.Zero);
        var accepted = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);
        var completed = new DateTimeOffset(2026, 3, 20, 8, 0, 0, TimeSpan.Zero);
        var t = LeadTimes.Of(sent, accepted, new DateOnly(2026, 3, 10), completed);
        Assert.Equal(1, t.SentToAccepted);
        Assert.Equal(7, t.AcceptedToFirstAppointment);
        Assert.Equal(18, t.SentToCompleted);
        Assert.Equal(new ReferralLeadTimes(null, null, null), LeadTimes.Of(sent, null, null, null));
    }

    [Fact]
    public void Summary_per_organisation_and_service_with_counts()
    {
        var jc = Guid.NewGuid();
        var vhs = Guid.NewGuid();
        LeadTimeSample S(Guid org, string name, string service, int? accept, int? complete) =>
            new(org, name, service, new ReferralLeadTimes(accept, null, complete));
        var rows = LeadTimes.Summarise([
            S(jc, "Jobcenter", "Beratung", 1, 10), S(jc, "Jobcenter", "Beratung", 2, null), S(jc, "Jobcenter", "Beratung ", 3, 20),
            S(jc, "Jobcenter", "Beratung", 4, null), S(vhs, "VHS", "Integrationskurs", null, null)
        ]);
        Assert.Equal(2, rows.Count);
        var beratung = rows[0];
        Assert.Equal(("Jobcenter", "Beratung", 4), (beratung.OrganisationName, beratung.Service, beratung.Referrals));
        Assert.Equal(new LeadTimeStat(4, 2.5, 3.4), beratung.SentToAccepted);
        Assert.Equal(new LeadTimeStat(2, 15, 18), beratung.SentToCompleted); // h = 0.8 → 10 + 0.8·10
        Assert.Equal(new LeadTimeStat(0, null, null), beratung.AcceptedToFirstAppointment);
        Assert.Equal(("VHS", 1), (rows[1].OrganisationName, rows[1].Referrals));
    }

    [Theory]
    [InlineData(3, false, "< 5")]
    [InlineData(3, true, "3")]
    [InlineData(5, false, "5")]
    [InlineData(0, false, "0")]
    public void Small_counts_are_withheld_outside_the_coordination_office(int n, bool exact, string shown) =>
        Assert.Equal(shown, LeadTimes.Count(n, exact));

    [Fact]
    public void A_small_group_shows_no_figures_to_others()
    {
        var row = new LeadTimeRow(Guid.NewGuid(), "VHS", "Kurs", 4, new LeadTimeStat(4, 2, 3), new LeadTimeStat(0, null, null), new LeadTimeStat(4, 9, 10));
        var other = LeadTimesView.Of(row, exact: false);
        Assert.True(other.Withheld);
        Assert.Null(other.SentToAccepted);
        Assert.Equal("< 5", other.Referrals);
        var coordinator = LeadTimesView.Of(row, exact: true);
        Assert.False(coordinator.Withheld);
        Assert.Equal(row.SentToAccepted, coordinator.SentToAccepted);
    }
}
