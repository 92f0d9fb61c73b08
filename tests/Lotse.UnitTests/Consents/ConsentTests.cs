using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Consents;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.UnitTests.Consents;

public class ConsentTests
{
    private static readonly Guid Jobcenter = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static Consent Valid() => new()
    {
        RecipientOrganisationIds = [Jobcenter], Categories = [DataCategory.IdentityContact, DataCategory.Health], HealthExplicit = true,
        Purpose = "Eingliederung", GivenOn = new DateOnly(2026, 11, 1), ValidUntil = new DateOnly(2026, 12, 31), Form = ConsentForm.SignedPaper
    };

    [Fact]
    public void A_valid_consent_covers_its_categories_for_its_recipients_only()
    {
        var k = Valid();
        Assert.True(k.Covers(Jobcenter, DataCategory.IdentityContact, Now));
        Assert.True(k.Covers(Jobcenter, DataCategory.Health, Now));
        Assert.False(k.Covers(Jobcenter, DataCategory.Benefits, Now));
        Assert.False(k.Covers(Guid.NewGuid(), DataCategory.IdentityContact, Now));
        k.HealthExplicit = false;
        Assert.False(k.Covers(Jobcenter, DataCategory.Health, Now));
    }

    [Fact]
    public void Revocation_ends_coverage_at_once_and_records_what_was_transmitted()
    {
        var k = Valid();
        var referral = Guid.NewGuid();
        Assert.Null(k.Revoke(Now, " mündlich ", [referral]));
        Assert.False(k.Covers(Jobcenter, DataCategory.IdentityContact, Now));
        Assert.True(k.IsValidAt(Now.AddSeconds(-1)));
        Assert.Equal([referral], k.TransmittedReferralIds);
        Assert.Equal("mündlich", k.RevocationNote);
        Assert.Equal(ErrorKind.Conflict, k.Revoke(Now, null)!.Kind);
        Assert.Equal(ConsentStatus.Revoked, ConsentNames.StatusAt(k, Now));
    }

    [Fact]
    public void Status_is_valid_expired_or_not_yet_valid_by_the_German_calendar_day()
    {
        var k = Valid();
        Assert.Equal(ConsentStatus.Valid, ConsentNames.StatusAt(k, Now));
        Assert.Equal(ConsentStatus.NotYetValid, ConsentNames.StatusAt(k, new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero)));
        // 31.12. 23:30 UTC is already 1 January in Germany.
        Assert.Equal(ConsentStatus.Expired, ConsentNames.StatusAt(k, new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(ConsentStatus.Valid, ConsentNames.StatusAt(k, new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Health_needs_the_explicit_declaration_and_a_child_under_15_the_guardian()
    {
        var k = Valid();
        k.HealthExplicit = false;
        Assert.Contains("healthExplicit", k.Validate(new DateOnly(2026, 11, 25), 30)!.Fields!.Keys);
        k = Valid();
        Assert.Contains("guardianName", k.Validate(new DateOnly(2026, 11, 25), 14)!.Fields!.Keys);
        Assert.Null(k.Validate(new DateOnly(2026, 11, 25), null));
        k.GuardianName = "Mona Haddad";
        Assert.Null(k.Validate(new DateOnly(2026, 11, 25), 14));
    }

    [Theory]
    [InlineData(2012, 3, 10, "2026-11-01", 14)]     // full date: exact
    [InlineData(2011, 12, 10, "2026-12-09", 14)]    // full date, day before the birthday
    [InlineData(2011, 12, 10, "2026-12-10", 15)]
    [InlineData(2014, null, null, "2026-11-01", 12)] // year only, 11 or 12: certainly under 15 → the oldest possible age
    [InlineData(2011, null, null, "2026-11-01", null)] // 14 or 15: uncertain
    [InlineData(2011, 5, null, "2026-11-01", 15)]   // month known and past: 15 for certain
    [InlineData(2011, 11, null, "2026-11-10", null)] // birthday month: 14 or 15
    [InlineData(2011, 1, 1, "2026-06-01", null)]    // 01.01. is the placeholder: counts as year only
    [InlineData(1990, null, null, "2026-11-01", 35)] // adult, 35 or 36: the youngest
    [InlineData(null, null, null, "2026-11-01", null)]
    public void The_age_counts_only_when_the_partial_birth_date_makes_it_certain(int? year, int? month, int? day, string on, int? expected) =>
        Assert.Equal(expected, ConsentAge.CertainAgeOn(year, month, day, DateOnly.Parse(on)));
}
