using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Import.Mapping;

namespace Lotse.UnitTests.Import;

public class ImportValuesTests
{
    [Theory]
    [InlineData("w", Sex.Female)]
    [InlineData("weiblich", Sex.Female)]
    [InlineData("M", Sex.Male)]
    [InlineData("männlich", Sex.Male)]
    [InlineData("d", Sex.Diverse)]
    [InlineData("divers", Sex.Diverse)]
    [InlineData("k. A.", Sex.Unknown)]
    public void Sex_values(string raw, Sex expected)
    {
        Assert.True(ImportValues.TrySex(raw, out var sex, out _));
        Assert.Equal(expected, sex);
    }

    [Fact]
    public void Unknown_sex_names_the_value()
    {
        Assert.False(ImportValues.TrySex("Herr", out _, out var error));
        Assert.Equal("Unbekannte Angabe zum Geschlecht „Herr“ (erlaubt: w, m, d oder leer).", error);
    }

    [Theory]
    [InlineData("ja", true, null)]
    [InlineData("Nein", false, null)]
    [InlineData("x", true, null)]
    [InlineData("WAHR", true, null)]
    [InlineData("ja (Arabisch)", true, "Arabisch")]
    [InlineData("ja, Dari", true, "Dari")]
    public void Interpreter_values(string raw, bool needed, string? language)
    {
        Assert.True(ImportValues.TryInterpreter(raw, out var n, out var l, out _));
        Assert.Equal(needed, n);
        Assert.Equal(language, l);
    }

    [Fact]
    public void Interpreter_refuses_other_text() => Assert.False(ImportValues.TryInterpreter("manchmal", out _, out _, out _));

    [Theory]
    [InlineData("syrisch", "SYR")]
    [InlineData("Syrien", "SYR")]
    [InlineData("SYR", "SYR")]
    [InlineData("syrische", "SYR")]
    [InlineData("SY", "SYR")]
    [InlineData("Afghanistan", "AFG")]
    [InlineData("afghanischer", "AFG")]
    [InlineData("Türkei", "TUR")]
    [InlineData("ukrainisch", "UKR")]
    [InlineData("Eritrea", "ERI")]
    [InlineData("staatenlos", "XXA")]
    [InlineData("ungeklärt", "XXX")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("Germany", "DEU")]
    public void Nationality_names_adjectives_and_codes(string raw, string code)
    {
        Assert.True(ImportValues.TryNationalities(raw, out var codes, out var error), error);
        Assert.Equal([code], codes);
    }

    [Fact]
    public void Several_nationalities_and_unknown_ones()
    {
        Assert.True(ImportValues.TryNationalities("syrisch / türkisch", out var codes, out _));
        Assert.Equal(["SYR", "TUR"], codes);
        Assert.False(ImportValues.TryNationalities("syrisch, Atlantis", out _, out var error));
        Assert.StartsWith("Unbekannte Staatsangehörigkeit „Atlantis“.", error);
    }

    [Theory]
    [InlineData("Duldung", ResidenceStatusType.Toleration, null)]
    [InlineData("Duldung § 60a AufenthG", ResidenceStatusType.Toleration, "§ 60a AufenthG")]
    [InlineData("Gestattung", ResidenceStatusType.PermissionToRemain, null)]
    [InlineData("Aufenthaltsgestattung", ResidenceStatusType.PermissionToRemain, null)]
    [InlineData("Ausbildungsduldung", ResidenceStatusType.TrainingToleration, null)]
    [InlineData("§ 60d", ResidenceStatusType.EmploymentToleration, "§ 60d AufenthG")]
    [InlineData("Aufenthaltserlaubnis", ResidenceStatusType.ResidencePermit, null)]
    [InlineData("Aufenthaltserlaubnis § 25 Abs. 2", ResidenceStatusType.ResidencePermit, "§ 25 Abs. 2 AufenthG")]
    [InlineData("§ 25b", ResidenceStatusType.SustainableIntegration, "§ 25b AufenthG")]
    [InlineData("AE nach §25a AufenthG", ResidenceStatusType.WellIntegratedYouth, "§ 25a AufenthG")]
    [InlineData("§ 24", ResidenceStatusType.ResidencePermit, "§ 24 AufenthG")]
    [InlineData("Niederlassungserlaubnis", ResidenceStatusType.SettlementPermit, null)]
    [InlineData("Erlaubnis zum Daueraufenthalt-EU", ResidenceStatusType.SettlementPermit, null)]
    [InlineData("Freizügigkeit EU", ResidenceStatusType.EuFreeMovement, null)]
    [InlineData("eingebürgert", ResidenceStatusType.Naturalised, null)]
    public void Residence_status_names_and_paragraphs(string raw, ResidenceStatusType type, string? legalBasis)
    {
        Assert.True(ImportValues.TryResidence(raw, out var value, out var error), error);
        Assert.Equal(type, value!.Type);
        Assert.Equal(legalBasis, value.LegalBasis);
    }

    [Fact]
    public void Unknown_residence_status_is_named()
    {
        Assert.False(ImportValues.TryResidence("Touristenvisum", out _, out var error));
        Assert.StartsWith("Unbekannter Aufenthaltsstatus „Touristenvisum“.", error);
    }

    [Theory]
    [InlineData("SGB II", new[] { BenefitKind.SgbII })]
    [InlineData("Bürgergeld", new[] { BenefitKind.SgbII })]
    [InlineData("SGB III", new[] { BenefitKind.SgbIII })]
    [InlineData("SGB XII", new[] { BenefitKind.SgbXII })]
    [InlineData("AsylbLG", new[] { BenefitKind.AsylbLG })]
    [InlineData("keine", new[] { BenefitKind.None })]
    [InlineData("SGB II, AsylbLG", new[] { BenefitKind.SgbII, BenefitKind.AsylbLG })]
    public void Benefits(string raw, BenefitKind[] kinds)
    {
        Assert.True(ImportValues.TryBenefits(raw, out var found, out var error), error);
        Assert.Equal(kinds, found);
    }

    [Fact]
    public void Benefits_none_together_with_a_benefit_is_refused() => Assert.False(ImportValues.TryBenefits("keine, SGB II", out _, out _));

    [Theory]
    [InlineData("01.03.2016", 2016, 3, 1)]
    [InlineData("1.3.2016", 2016, 3, 1)]
    [InlineData("2016-03-01", 2016, 3, 1)]
    [InlineData("01.03.2016 00:00", 2016, 3, 1)]
    public void German_and_iso_dates(string raw, int y, int m, int d)
    {
        Assert.True(ImportValues.TryDate(raw, out var date, out var error), error);
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31.02.2020", "Den 31.02.2020 gibt es nicht (Februar 2020 hat 29 Tage).")]
    [InlineData("01.13.2020", "Den Monat 13 gibt es nicht (01.13.2020).")]
    [InlineData("01.03.16", "„01.03.16“: Bitte das Jahr vierstellig angeben (z. B. 01.03.2016).")]
    [InlineData("März 2016", "„März 2016“ ist kein Datum. Erwartet wird TT.MM.JJJJ (z. B. 01.03.2016).")]
    [InlineData("01.01.1850", "Das Jahr 1850 liegt vor 1900 – bitte prüfen.")]
    public void Impossible_dates_are_explained(string raw, string message)
    {
        Assert.False(ImportValues.TryDate(raw, out _, out var error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("selbst", AccessRoute.Self)]
    [InlineData("vermittelt durch Jobcenter", AccessRoute.ReferredByOrganisation)]
    [InlineData("aufsuchend", AccessRoute.Outreach)]
    [InlineData("über Familie", AccessRoute.FamilyOrCommunity)]
    public void Access_routes(string raw, AccessRoute route)
    {
        Assert.True(ImportValues.TryAccessRoute(raw, out var r, out _));
        Assert.Equal(route, r);
    }

    [Theory]
    [InlineData("1067", "01067")]
    [InlineData("50667", "50667")]
    [InlineData("5066", "05066")]
    [InlineData("abc", "abc")]
    public void Postal_codes_get_back_a_lost_leading_zero(string raw, string expected) => Assert.Equal(expected, ImportValues.PostalCode(raw));

    [Theory]
    [InlineData("Al-Hassan, Ahmad", "Ahmad", "Al-Hassan")]
    [InlineData("Mohammed Ali Rahimi", "Mohammed Ali", "Rahimi")]
    [InlineData("Rahimi", null, "Rahimi")]
    public void Name_variants_are_split(string raw, string? given, string family) =>
        Assert.Equal((given, family), ImportValues.SplitName(raw));

    [Theory]
    [InlineData("Musterstadt", "musterstadt")]
    [InlineData("12345 Musterstadt", "musterstadt")]
    [InlineData("Bergheim am See", "bergheimamsee")]
    public void Municipality_keys(string raw, string key) => Assert.Equal(key, ImportValues.MunicipalityKey(raw));
}
