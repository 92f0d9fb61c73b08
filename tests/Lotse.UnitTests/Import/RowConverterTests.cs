using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Import.Mapping;

namespace Lotse.UnitTests.Import;

public class RowConverterTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly Guid Musterstadt = Guid.NewGuid();

    private static readonly string[] Headers =
        ["Vorname", "Name", "Geb.-Datum", "Geschlecht", "Staatsangehörigkeit", "Wohnort", "Einreise", "Status", "erteilt am", "gültig bis", "Leistung", "Fall offen seit", "Bemerkung"];

    private static RowConverter Converter(bool withConcerns = false)
    {
        var mapping = ColumnSuggestions.Suggest(Headers);
        if (withConcerns) mapping.Columns[ImportField.FirstConcerns] = 12;
        return new RowConverter(mapping, new Dictionary<string, Guid> { ["musterstadt"] = Musterstadt }, Today);
    }

    private static string[] Row(string birth = "20.05.1990", string entry = "01.10.2015", string status = "Duldung", string issued = "01.01.2024",
        string until = "31.12.2026", string opened = "", string remark = "Wohnung, Deutschkurs") =>
        ["Ahmad", "Al-Hassan", birth, "m", "syrisch", "Musterstadt", entry, status, issued, until, "AsylbLG", opened, remark];

    [Fact]
    public void A_complete_row_becomes_client_input_without_the_remark()
    {
        var result = Converter().Convert(Row());
        Assert.True(result.IsValid);
        var c = result.Client;
        Assert.Equal("Ahmad", c.FirstName);
        Assert.Equal("Al-Hassan", c.LastName);
        Assert.Equal("20.05.1990", c.BirthDate);
        Assert.Equal(Sex.Male, c.Sex);
        Assert.Equal(["SYR"], c.Nationalities!);
        Assert.Equal(Musterstadt, c.MunicipalityId);
        Assert.Equal(new DateOnly(2015, 10, 1), c.EntryDate);
        var status = Assert.Single(c.ResidenceStatuses!);
        Assert.Equal(ResidenceStatusType.Toleration, status.Type);
        Assert.Equal(new DateOnly(2026, 12, 31), status.ValidUntil);
        Assert.Equal(BenefitKind.AsylbLG, Assert.Single(c.Benefits!).Kind);
        Assert.Equal(Today, c.Benefits![0].From);
        Assert.Null(result.Case);
    }

    [Fact]
    public void Case_date_opens_a_case_and_concerns_only_when_mapped()
    {
        var plain = Converter().Convert(Row(opened: "15.01.2024"));
        Assert.Equal(new CaseSeed(new DateOnly(2024, 1, 15), AccessRoute.Self, null), plain.Case);
        var withConcerns = Converter(withConcerns: true).Convert(Row(opened: "15.01.2024"));
        Assert.Equal("Wohnung, Deutschkurs", withConcerns.Case!.FirstConcerns);
    }

    [Fact]
    public void Every_unreadable_value_is_reported_with_its_field()
    {
        var result = Converter().Convert(["Ahmad", "Al-Hassan", "31.02.1990", "Herr", "Atlantis", "Entenhausen", "1.1.15", "Visum", "", "", "Rente", "01.01.2030", ""]);
        Assert.False(result.IsValid);
        Assert.Equal(
            [ImportField.BirthDate, ImportField.Sex, ImportField.Nationalities, ImportField.Municipality, ImportField.EntryDate,
             ImportField.ResidenceStatus, ImportField.Benefits, ImportField.CaseOpenedOn],
            result.Problems.Select(p => p.Field!.Value).ToArray());
        Assert.Equal("Den 31.02.1990 gibt es nicht (Februar 1990 hat 28 Tage).", result.Problems[0].Message);
        Assert.Contains("liegt in der Zukunft", result.Problems[^1].Message);
    }

    [Fact]
    public void Status_dates_without_a_status_and_concerns_without_a_case_are_refused()
    {
        Assert.Contains(Converter().Convert(Row(status: "")).Problems, p => p.Field == ImportField.ResidenceStatus);
        Assert.Contains(Converter(withConcerns: true).Convert(Row()).Problems, p => p.Field == ImportField.CaseOpenedOn);
    }

    [Fact]
    public void Oversized_concerns_are_refused_with_the_intake_rule()
    {
        var result = Converter(withConcerns: true).Convert(Row(opened: "15.01.2024", remark: new string('x', 4001)));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ImportField.FirstConcerns, problem.Field);
        Assert.Equal("Die Anliegen dürfen höchstens 4000 Zeichen lang sein.", problem.Message);
    }

    [Theory]
    [InlineData("birthDate", ImportField.BirthDate)]
    [InlineData("residenceStatuses[0].validUntil", ImportField.ResidenceValidUntil)]
    [InlineData("residenceStatuses[0].legalBasis", ImportField.ResidenceStatus)]
    [InlineData("benefits[1].until", ImportField.BenefitsSince)]
    [InlineData("nameVariants[0].lastName", ImportField.NameVariant)]
    [InlineData("municipalityId", ImportField.Municipality)]
    [InlineData("contacts", null)]
    public void Validation_keys_point_back_to_import_fields(string key, ImportField? field) => Assert.Equal(field, RowConverter.FieldOf(key));

    [Fact]
    public void Messages_name_the_row_and_the_files_own_column()
    {
        var mapping = ColumnSuggestions.Suggest(Headers);
        Assert.Equal("Zeile 17, Spalte Geb.-Datum: Den 31.02.1990 gibt es nicht.",
            Lotse.Web.Features.Import.RowMessages.Format(17, ImportField.BirthDate, "Den 31.02.1990 gibt es nicht.", Headers, mapping));
        Assert.Equal("Zeile 3: Fehler.", Lotse.Web.Features.Import.RowMessages.Format(3, null, "Fehler.", Headers, mapping));
    }
}
