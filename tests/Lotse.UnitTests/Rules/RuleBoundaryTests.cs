using Lotse.Rules;

namespace Lotse.UnitTests.Rules;

/// <summary>Boundary cases per rule: birthdays, law changes, missing data, partial birth dates, dates of reachability.</summary>
public class RuleBoundaryTests
{
    private static readonly RuleEngine Engine = new(RuleSetLoader.LoadBuiltIn());

    private static Finding Find(string ruleId, Situation s, string asOf) =>
        Engine.Evaluate(s, DateOnly.Parse(asOf)).Single(f => f.RuleId == ruleId);

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    [Theory]
    // JMD: from the 12th birthday up to the day before the 27th birthday.
    [InlineData("programme.jmd", "1999-03-14", "2026-03-13", FindingStatus.Fulfilled)]
    [InlineData("programme.jmd", "1999-03-14", "2026-03-14", FindingStatus.NotFulfilled)]
    [InlineData("programme.jmd", "2014-03-14", "2026-03-13", FindingStatus.NotFulfilled)]
    [InlineData("programme.jmd", "2014-03-14", "2026-03-14", FindingStatus.Fulfilled)]
    // MBE: from the 27th birthday.
    [InlineData("programme.mbe", "1999-03-14", "2026-03-13", FindingStatus.NotFulfilled)]
    [InlineData("programme.mbe", "1999-03-14", "2026-03-14", FindingStatus.Fulfilled)]
    // Jugendamt: minors.
    [InlineData("responsibility.jugendamt", "2008-06-01", "2026-05-31", FindingStatus.Fulfilled)]
    [InlineData("responsibility.jugendamt", "2008-06-01", "2026-06-01", FindingStatus.NotFulfilled)]
    // Partial birth dates: year only is decided far from the boundary, "prüfen" in the boundary year.
    [InlineData("programme.jmd", "1999", "2026-03-14", FindingStatus.Unknown)]
    [InlineData("programme.jmd", "1999", "2025-12-31", FindingStatus.Fulfilled)]
    [InlineData("programme.jmd", "1999", "2027-01-01", FindingStatus.NotFulfilled)]
    [InlineData("programme.mbe", "1999-03", "2026-03-14", FindingStatus.Unknown)]
    [InlineData("programme.mbe", "1999-03", "2026-03-31", FindingStatus.Fulfilled)]
    [InlineData("programme.mbe", "1999-03", "2026-02-28", FindingStatus.NotFulfilled)]
    public void Age_limits(string ruleId, string birth, string asOf, FindingStatus expected)
    {
        var f = Find(ruleId, new Situation { BirthDate = PartialDate.Parse(birth) }, asOf);
        Assert.Equal(expected, f.Status);
    }

    [Fact]
    public void Year_only_birth_date_names_the_missing_exact_date_instead_of_saying_no()
    {
        var f = Find("programme.mbe", new Situation { BirthDate = PartialDate.Parse("1999") }, "2026-03-14");
        Assert.Equal(FindingStatus.Unknown, f.Status);
        Assert.Contains("vollständiges Geburtsdatum", f.Missing);
        Assert.Equal(D("2026-12-31"), f.ReachableOn);
    }

    [Fact]
    public void Jmd_is_valid_until_the_day_before_the_27th_birthday()
    {
        var f = Find("programme.jmd", new Situation { BirthDate = PartialDate.Parse("1999-03-14") }, "2025-01-01");
        Assert.Equal(FindingStatus.Fulfilled, f.Status);
        Assert.Equal(D("2026-03-13"), f.ValidUntil);
        Assert.Contains("13.03.2026", f.Explanation);
    }

    private static readonly Situation SixYearsSettled = new()
    {
        Residence = new ResidenceInfo(ResidenceType.SettlementPermit),
        LawfulStaySince = D("2018-01-01"),
        LanguageLevel = LanguageLevel.B1,
        LivelihoodSecured = true,
        IdentityClarified = true
    };

    [Theory]
    [InlineData("2024-06-26", FindingStatus.NotFulfilled, "8 Jahre")]
    [InlineData("2024-06-27", FindingStatus.Fulfilled, "5 Jahre")]
    public void Naturalisation_uses_the_law_of_the_reference_day(string asOf, FindingStatus expected, string titlePart)
    {
        var f = Find("perspective.stag-10", SixYearsSettled, asOf);
        Assert.Equal(expected, f.Status);
        Assert.Contains(titlePart.StartsWith('8') ? "acht" : "fünf", f.Title);
        Assert.Contains(titlePart, string.Join(" ", f.Conditions.Select(c => c.Text)));
    }

    [Theory]
    [InlineData("2025-10-29", true)]
    [InlineData("2025-10-30", false)]
    public void The_three_year_naturalisation_route_ends_on_30_october_2025(string asOf, bool evaluated)
    {
        var found = Engine.Evaluate(SixYearsSettled, D(asOf)).Any(f => f.RuleId == "perspective.stag-10-3");
        Assert.Equal(evaluated, found);
    }

    [Theory]
    [InlineData("2026-02-08", RuleSeverity.Info, "auf Antrag")]
    [InlineData("2026-02-09", RuleSeverity.Warning, "ausgesetzt")]
    public void Bamf_admissions_under_44_4_stop_on_9_february_2026(string asOf, RuleSeverity severity, string titlePart)
    {
        var s = new Situation { Residence = new ResidenceInfo(ResidenceType.PermissionToRemain), LanguageLevel = LanguageLevel.A1 };
        var f = Find("course.bamf-44-4", s, asOf);
        Assert.Equal(FindingStatus.Fulfilled, f.Status);
        Assert.Equal(severity, f.Severity);
        Assert.Contains(titlePart, f.Title);
    }

    [Theory]
    [InlineData("2022-06-30", true)]
    [InlineData("2022-07-01", false)]
    public void Teilhabemanagement_is_only_evaluated_while_it_was_funded(string asOf, bool evaluated)
    {
        var s = new Situation { BirthDate = PartialDate.Parse("2000-01-01"), Residence = new ResidenceInfo(ResidenceType.Toleration) };
        Assert.Equal(evaluated, Engine.Evaluate(s, D(asOf)).Any(f => f.RuleId == "programme.teilhabemanagement"));
    }

    [Fact]
    public void Stay_duration_reached_on_a_known_date_is_named()
    {
        var s = new Situation
        {
            Residence = new ResidenceInfo(ResidenceType.Toleration), LawfulStaySince = D("2021-03-14"),
            LanguageLevel = LanguageLevel.A2, LivelihoodSecured = true, MinorChildrenInHousehold = false
        };
        var f = Find("perspective.aufenthg-25b", s, "2026-06-01");
        Assert.Equal(FindingStatus.NotFulfilled, f.Status);
        Assert.Equal(D("2027-03-14"), f.ReachableOn);
        Assert.Contains("Aufenthaltsdauer erreicht am 14.03.2027", string.Join(" ", f.Conditions.Select(c => c.Text)));
        Assert.Contains("Voraussichtlich erfüllt ab 14.03.2027", f.Explanation);
    }

    [Fact]
    public void The_date_of_the_stay_is_named_even_while_other_data_is_missing()
    {
        // Language level and livelihood are not recorded: still "not yet", with the date and what to check.
        var s = new Situation { Residence = new ResidenceInfo(ResidenceType.Toleration), LawfulStaySince = D("2020-12-10"), MinorChildrenInHousehold = false };
        var f = Find("perspective.aufenthg-25b", s, "2026-11-25");
        Assert.Equal(FindingStatus.NotFulfilled, f.Status);
        Assert.Equal(D("2026-12-10"), f.ReachableOn);
        Assert.Contains("außerdem prüfen: fehlt Sprachniveau Deutsch, Lebensunterhalt gesichert", f.Explanation);
    }

    [Fact]
    public void Four_years_suffice_with_a_minor_child_in_the_household()
    {
        var s = new Situation
        {
            Residence = new ResidenceInfo(ResidenceType.Toleration), LawfulStaySince = D("2022-06-01"),
            LanguageLevel = LanguageLevel.A2, LivelihoodSecured = true, MinorChildrenInHousehold = true
        };
        Assert.Equal(FindingStatus.NotFulfilled, Find("perspective.aufenthg-25b", s, "2026-05-31").Status);
        Assert.Equal(FindingStatus.Fulfilled, Find("perspective.aufenthg-25b", s, "2026-06-01").Status);
    }

    [Theory]
    [InlineData("perspective.aufenthg-25b")]
    [InlineData("perspective.aufenthg-25a")]
    [InlineData("perspective.aufenthg-60d")]
    [InlineData("perspective.stag-10")]
    [InlineData("responsibility.jobcenter")]
    [InlineData("course.jobcenter")]
    [InlineData("deadline.residence-document")]
    public void Missing_data_gives_unknown_not_false(string ruleId)
    {
        var f = Find(ruleId, new Situation(), "2026-06-01");
        Assert.Equal(FindingStatus.Unknown, f.Status);
        Assert.NotEmpty(f.Missing);
        Assert.Contains("Prüfen: fehlt", f.Explanation);
    }

    [Fact]
    public void A_known_false_fact_wins_over_missing_data()
    {
        // Livelihood unknown, but the status does not fit: "nicht erfüllt", with the reason.
        var f = Find("perspective.aufenthg-25b", new Situation { Residence = new ResidenceInfo(ResidenceType.SettlementPermit) }, "2026-06-01");
        Assert.Equal(FindingStatus.NotFulfilled, f.Status);
        Assert.Contains("Niederlassungserlaubnis", f.Explanation);
    }

    [Fact]
    public void Evaluation_is_deterministic()
    {
        var s = new Situation { BirthDate = PartialDate.Parse("2001-03"), Residence = new ResidenceInfo(ResidenceType.Toleration, D("2023-01-01"), D("2026-07-01")), Benefits = [BenefitType.AsylbLG] };
        var a = Engine.Evaluate(s, D("2026-06-01"));
        var b = Engine.Evaluate(s, D("2026-06-01"));
        Assert.Equal(a.Select(f => (f.RuleId, f.Status, f.Explanation, f.ReachableOn)), b.Select(f => (f.RuleId, f.Status, f.Explanation, f.ReachableOn)));
    }

    [Theory]
    [InlineData(8, "2026-06-01", FindingStatus.Fulfilled)]
    [InlineData(2, "2026-06-01", FindingStatus.NotFulfilled)]
    public void Expiry_reminder_lead_time_is_configurable(int weeks, string asOf, FindingStatus expected)
    {
        var engine = new RuleEngine(RuleSetLoader.LoadBuiltIn(), new RuleEngineOptions { ResidenceExpiryWeeks = weeks });
        var s = new Situation { Residence = new ResidenceInfo(ResidenceType.ResidencePermit, ValidUntil: D("2026-07-01")) };
        Assert.Equal(expected, engine.Evaluate(s, D(asOf)).Single(f => f.RuleId == "deadline.residence-document").Status);
    }

    [Fact]
    public void Double_case_management_for_the_same_purpose_is_warned()
    {
        var f = Find("programme.double-funding", new Situation { Programmes = ["KIM", "MBE"] }, "2026-06-01");
        Assert.Equal(FindingStatus.Fulfilled, f.Status);
        Assert.Equal(RuleSeverity.Warning, f.Severity);
    }

    [Theory]
    [InlineData("1999", "1999-01-01", "1999-12-31")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("2001-03-14", "2001-03-14", "2001-03-14")]
    public void Partial_dates_span_their_possible_days(string text, string earliest, string latest)
    {
        var p = PartialDate.Parse(text)!;
        Assert.Equal(D(earliest), p.Earliest);
        Assert.Equal(D(latest), p.Latest);
        Assert.Equal(text, p.ToIso());
    }
}
