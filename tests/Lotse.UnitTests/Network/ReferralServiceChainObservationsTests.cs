using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Network.ServiceChains;
using static Lotse.Web.Features.Network.ServiceChains.ReferralServiceChainObservations;

namespace Lotse.UnitTests.Network;

/// <summary>How a referral tagged with a chain step becomes a pass: start when sent, end at the event the standard measures up to.</summary>
public class ReferralServiceChainObservationsTests
{
    private static readonly Guid Subject = Guid.NewGuid();
    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Annahme der Überweisung", EndEvent.Accepted)]
    [InlineData("Verweisung angenommen", EndEvent.Accepted)]
    [InlineData("Ersttermin", EndEvent.FirstAppointment)]
    [InlineData("Erstgespräch", EndEvent.FirstAppointment)]
    [InlineData("Verpflichtung erteilt", EndEvent.Completed)]
    [InlineData(null, EndEvent.Completed)]
    public void The_standards_end_event_decides_where_a_pass_ends(string? toEvent, EndEvent expected) =>
        Assert.Equal(expected, EndEventOf(toEvent));

    private static Referral Referral(out Guid to)
    {
        to = Guid.NewGuid();
        return new Referral { Service = "Integrationskurs", ToOrganisationId = to };
    }

    [Fact]
    public void A_pass_starts_when_sent_and_ends_at_the_chosen_event()
    {
        var r = Referral(out var to);
        Assert.Null(PassOf(Subject, r, EndEvent.Completed)); // a draft is no pass
        Assert.Null(r.Send([], At(3, 2)));
        Assert.Null(r.Accept(At(3, 4)));
        Assert.Null(r.RecordFirstAppointment(new DateOnly(2026, 3, 10), At(3, 5)));
        Assert.Null(r.Complete("erledigt", At(3, 20)));

        var accepted = PassOf(Subject, r, EndEvent.Accepted)!;
        Assert.Equal((At(3, 2), At(3, 4), to, new DateOnly(2026, 3, 1)), (accepted.StartedAt, accepted.EndedAt!.Value, accepted.OrganisationId, accepted.Month));
        Assert.Equal(new DateOnly(2026, 3, 10), ChainMeasurement.LocalDate(PassOf(Subject, r, EndEvent.FirstAppointment)!.EndedAt!.Value));
        Assert.Equal(At(3, 20), PassOf(Subject, r, EndEvent.Completed)!.EndedAt);
    }

    [Fact]
    public void An_active_referral_is_an_open_pass_and_an_ended_one_without_the_event_is_none()
    {
        var open = Referral(out _);
        Assert.Null(open.Send([], At(3, 2)));
        Assert.Null(PassOf(Subject, open, EndEvent.Completed)!.EndedAt);

        var rejected = Referral(out _);
        Assert.Null(rejected.Send([], At(3, 2)));
        Assert.Null(rejected.Reject("nicht zuständig", At(3, 3)));
        Assert.Null(PassOf(Subject, rejected, EndEvent.Completed));

        var cancelledAfterAcceptance = Referral(out _);
        Assert.Null(cancelledAfterAcceptance.Send([], At(3, 2)));
        Assert.Null(cancelledAfterAcceptance.Accept(At(3, 3)));
        Assert.Null(cancelledAfterAcceptance.Cancel("umgezogen", At(3, 9)));
        Assert.Equal(At(3, 3), PassOf(Subject, cancelledAfterAcceptance, EndEvent.Accepted)!.EndedAt);
        Assert.Null(PassOf(Subject, cancelledAfterAcceptance, EndEvent.Completed));
    }
}
