using Lotse.Web.Features.Import.Mapping;

namespace Lotse.UnitTests.Import;

public class ColumnSuggestionsTests
{
    [Fact]
    public void A_typical_klientendatei_header_is_mapped()
    {
        string[] headers =
        [
            "Lfd. Nr.", "Name", "Vorname", "Geb.-Datum", "Geschlecht (m/w/d)", "Staatsangehörigkeit", "Muttersprache", "Dolmetscher erforderlich",
            "Straße", "PLZ", "Wohnort", "Einreisedatum", "Aufenthaltsstatus", "Aufenthaltsstatus gültig bis", "Leistungsbezug", "Erstkontakt", "Bemerkung"
        ];
        var m = ColumnSuggestions.Suggest(headers);
        Assert.Equal(2, m.ColumnOf(ImportField.FirstName));
        Assert.Equal(1, m.ColumnOf(ImportField.LastName));
        Assert.Equal(3, m.ColumnOf(ImportField.BirthDate));
        Assert.Equal(4, m.ColumnOf(ImportField.Sex));
        Assert.Equal(5, m.ColumnOf(ImportField.Nationalities));
        Assert.Equal(6, m.ColumnOf(ImportField.Languages));
        Assert.Equal(7, m.ColumnOf(ImportField.InterpreterNeeded));
        Assert.Equal(8, m.ColumnOf(ImportField.Street));
        Assert.Equal(9, m.ColumnOf(ImportField.PostalCode));
        Assert.Equal(10, m.ColumnOf(ImportField.Municipality));
        Assert.Equal(11, m.ColumnOf(ImportField.EntryDate));
        Assert.Equal(12, m.ColumnOf(ImportField.ResidenceStatus));
        Assert.Equal(13, m.ColumnOf(ImportField.ResidenceValidUntil));
        Assert.Equal(14, m.ColumnOf(ImportField.Benefits));
        Assert.Equal(15, m.ColumnOf(ImportField.CaseOpenedOn));
    }

    [Fact]
    public void Remarks_are_never_suggested_for_the_first_concerns()
    {
        var m = ColumnSuggestions.Suggest(["Vorname", "Nachname", "Bemerkung", "Anliegen", "Erste Anliegen"]);
        Assert.False(m.Has(ImportField.FirstConcerns));
    }

    [Theory]
    [InlineData("Familienname", ImportField.LastName)]
    [InlineData("Nachname", ImportField.LastName)]
    [InlineData("Geburtsdatum", ImportField.BirthDate)]
    [InlineData("geb. am", ImportField.BirthDate)]
    [InlineData("Einreise nach Deutschland", ImportField.EntryDate)]
    [InlineData("Datum der Einreise", ImportField.EntryDate)]
    [InlineData("Postleitzahl", ImportField.PostalCode)]
    [InlineData("Staatsangehörigkeit(en)", ImportField.Nationalities)]
    [InlineData("Nationalität", ImportField.Nationalities)]
    [InlineData("Titel befristet bis", ImportField.ResidenceValidUntil)]
    [InlineData("Aufenthaltsdokument läuft ab", ImportField.ResidenceValidUntil)]
    [InlineData("Fall offen seit", ImportField.CaseOpenedOn)]
    [InlineData("Leistungsbezug seit", ImportField.BenefitsSince)]
    public void Single_headers_are_recognised(string header, ImportField field)
    {
        var m = ColumnSuggestions.Suggest(["irgendwas", header]);
        Assert.Equal(1, m.ColumnOf(field));
    }

    [Fact]
    public void Each_field_and_each_column_is_used_once()
    {
        var m = ColumnSuggestions.Suggest(["Vorname", "Vorname (Pass)", "Name"]);
        Assert.Equal(0, m.ColumnOf(ImportField.FirstName));
        Assert.Equal(2, m.ColumnOf(ImportField.LastName));
        Assert.Equal(2, m.Columns.Count);
    }

    [Fact]
    public void Mapping_survives_its_json_form()
    {
        var m = new ColumnMapping { Columns = { [ImportField.FirstName] = 3, [ImportField.CaseOpenedOn] = 7 } };
        var back = ColumnMapping.FromJson(m.ToJson());
        Assert.Equal(3, back.ColumnOf(ImportField.FirstName));
        Assert.Equal(7, back.ColumnOf(ImportField.CaseOpenedOn));
        Assert.Empty(ColumnMapping.FromJson("kaputt").Columns);
    }

    [Theory]
    [InlineData("Geb.-Datum", "gebdatum")]
    [InlineData("Staatsangehörigkeit", "staatsangehoerigkeit")]
    [InlineData("Straße/Nr.", "strassenr")]
    [InlineData("Nationalité", "nationalite")]
    public void Headers_are_normalised(string header, string expected) => Assert.Equal(expected, ColumnSuggestions.Normalise(header));
}
