using Lotse.Web.Domain.Steering;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.UnitTests.Steering;

public class MeasureTransitionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly Guid User = Guid.NewGuid();

    private static Measure New(int dueInDays = 10) => new() { Title = "Ansprechperson benennen", ResponsibleOrganisationId = Guid.NewGuid(), DueOn = Today.AddDays(dueInDays) };

    [Theory]
    [InlineData(MeasureStatus.Open, MeasureStatus.InProgress, true)]
    [InlineData(MeasureStatus.Open, MeasureStatus.Done, true)]
    [InlineData(MeasureStatus.Open, MeasureStatus.Dropped, true)]
    [InlineData(MeasureStatus.InProgress, MeasureStatus.Done, true)]
    [InlineData(MeasureStatus.InProgress, MeasureStatus.Dropped, true)]
    [InlineData(MeasureStatus.InProgress, MeasureStatus.Open, true)]
    [InlineData(MeasureStatus.Done, MeasureStatus.Open, false)]
    [InlineData(MeasureStatus.Done, MeasureStatus.InProgress, false)]
    [InlineData(MeasureStatus.Done, MeasureStatus.Dropped, false)]
    [InlineData(MeasureStatus.Dropped, MeasureStatus.Open, false)]
    [InlineData(MeasureStatus.Dropped, MeasureStatus.Done, false)]
    [InlineData(MeasureStatus.Open, MeasureStatus.Open, false)]
    public void Only_the_documented_transitions_are_allowed(MeasureStatus from, MeasureStatus to, bool allowed) =>
        Assert.Equal(allowed, Measure.MayMove(from, to));

    [Fact]
    public void Each_change_is_recorded_in_the_history()
    {
        var m = New();
        Assert.Null(m.MoveTo(MeasureStatus.InProgress, "begonnen", User, Today.AddDays(-2)));
        Assert.Null(m.MoveTo(MeasureStatus.Done, null, User, Today));
        Assert.Equal(MeasureStatus.Done, m.Status);
        Assert.Equal([(MeasureStatus.Open, MeasureStatus.InProgress, "begonnen"), (MeasureStatus.InProgress, MeasureStatus.Done, (string?)null)],
            m.History.Select(h => (h.From, h.To, h.Note)).ToArray());
        Assert.Equal([1, 2], m.History.Select(h => h.Sequence).ToArray());
    }

    [Fact]
    public void A_finished_measure_cannot_be_reopened()
    {
        var m = New();
        m.MoveTo(MeasureStatus.Done, null, User, Today);
        var error = m.MoveTo(MeasureStatus.InProgress, null, User, Today);
        Assert.Equal(ErrorKind.Conflict, error?.Kind);
        Assert.Equal(MeasureStatus.Done, m.Status);
        Assert.Single(m.History);
    }

    [Fact]
    public void Dropping_needs_a_reason()
    {
        var m = New();
        var error = m.MoveTo(MeasureStatus.Dropped, "  ", User, Today);
        Assert.Equal(ErrorKind.Validation, error?.Kind);
        Assert.True(error!.Fields!.ContainsKey("note"));
        Assert.Equal(MeasureStatus.Open, m.Status);
        Assert.Null(m.MoveTo(MeasureStatus.Dropped, "Zuständigkeit liegt beim Land", User, Today));
    }

    [Fact]
    public void A_measure_is_overdue_after_its_due_date_until_it_is_finished()
    {
        var m = New(dueInDays: -1);
        Assert.True(m.IsOverdue(Today));
        Assert.False(New(dueInDays: 0).IsOverdue(Today));
        m.MoveTo(MeasureStatus.InProgress, null, User, Today);
        Assert.True(m.IsOverdue(Today));
        m.MoveTo(MeasureStatus.Done, null, User, Today);
        Assert.False(m.IsOverdue(Today));
    }
}
