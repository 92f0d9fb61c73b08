using Lotse.Rules;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Rules;

namespace Lotse.UnitTests.Rules;

/// <summary>From the stored client file to the rules' situation: what is known is passed on, what is not stays unknown.</summary>
public class SituationMapperTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    private static ResidenceStatus Status(ResidenceStatusType type, string? issued, string? until = null) => new()
    {
        Type = type, IssuedOn = issued is null ? null : DateOnly.Parse(issued), ValidUntil = until is null ? null : DateOnly.Parse(until)
    };

    [Fact]
    public void Current_status_is_the_latest_issued_and_toleration_counts_from_the_first_of_an_unbroken_run()
    {
        var client = new Client { BirthYear = 1999, BirthMonth = 3, EntryDate = new DateOnly(2019, 5, 1) };
        var statuses = new List<ResidenceStatus>
        {
            Status(ResidenceStatusType.PermissionToRemain, "2019-05-10", "2021-01-01"),
            Status(ResidenceStatusType.Toleration, "2021-01-02", "2022-01-01"),
            Status(ResidenceStatusType.TrainingToleration, "2022-01-02", "2026-08-01"),
            Status(ResidenceStatusType.ResidencePermit, "2027-01-01") // issued after the reference day: not yet current
        };
        var s = SituationMapper.From(client, statuses, new CaseFacts(true, new DateOnly(2026, 1, 15)), AsOf);
        Assert.Equal(ResidenceType.TrainingToleration, s.Residence!.Type);
        Assert.Equal(new DateOnly(2026, 8, 1), s.Residence.ValidUntil);
        Assert.Equal(new DateOnly(2021, 1, 2), s.ToleratedSince);
        Assert.Equal(new DateOnly(2019, 5, 1), s.LawfulStaySince);
        Assert.Equal(new PartialDate(1999, 3), s.BirthDate);
        Assert.Equal(["KIM"], s.Programmes);
        Assert.True(s.HasActiveCase);
        Assert.Equal(new DateOnly(2026, 1, 15), s.LastAssessmentOn);
    }

    [Fact]
    public void No_benefit_records_means_unknown_and_an_explicit_none_means_no_benefits()
    {
        var unknown = SituationMapper.From(new Client { BirthYear = 1990 }, [], RuleFindings.NoCase, AsOf);
        Assert.Null(unknown.Benefits);
        Assert.Null(unknown.MinorChildrenInHousehold);
        Assert.Null(unknown.Residence);
        Assert.Null(unknown.LanguageLevel);
        Assert.Null(unknown.Programmes);

        var none = new Client { BirthYear = 1990, Benefits = [new BenefitPeriod { Kind = BenefitKind.None, From = new DateOnly(2025, 1, 1) }] };
        Assert.Empty(SituationMapper.From(none, [], RuleFindings.NoCase, AsOf).Benefits!);
    }

    [Fact]
    public void Only_benefits_running_on_the_reference_day_count()
    {
        var client = new Client
        {
            Benefits =
            [
                new BenefitPeriod { Kind = BenefitKind.AsylbLG, From = new DateOnly(2023, 1, 1), Until = new DateOnly(2024, 6, 30) },
                new BenefitPeriod { Kind = BenefitKind.SgbII, From = new DateOnly(2024, 7, 1) }
            ],
            Household = [new HouseholdMember { Relation = "Kind", BirthYear = 2018, IsMinorChild = true }]
        };
        var s = SituationMapper.From(client, [], RuleFindings.NoCase, AsOf);
        Assert.Equal([BenefitType.SgbII], s.Benefits);
        Assert.True(s.MinorChildrenInHousehold);
    }

    [Fact]
    public void A_day_without_a_month_is_not_passed_on()
    {
        var s = SituationMapper.From(new Client { BirthYear = 2001, BirthDay = 14 }, [], RuleFindings.NoCase, AsOf);
        Assert.Equal(new PartialDate(2001), s.BirthDate);
    }
}
