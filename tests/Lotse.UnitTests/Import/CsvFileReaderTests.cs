using System.Text;
using Lotse.Web.Features.Import.Parsing;

namespace Lotse.UnitTests.Import;

public class CsvFileReaderTests
{
    static CsvFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static TabularFile Read(byte[] bytes)
    {
        var result = ImportFileReader.Read(bytes);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    private static string ReadError(byte[] bytes)
    {
        var result = ImportFileReader.Read(bytes);
        Assert.False(result.IsSuccess);
        return result.Error!.Fields!["file"][0];
    }

    [Fact]
    public void Utf8_with_bom_keeps_umlauts_and_drops_the_bom_from_the_first_header()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Vorname;Nachname\r\nJörg;Müller-Lüdenscheidt\r\n")).ToArray();
        var file = Read(bytes);
        Assert.Equal(["Vorname", "Nachname"], file.Headers);
        Assert.Equal(["Jörg", "Müller-Lüdenscheidt"], file.Rows[0].Cells);
        Assert.Equal("CSV, UTF-8, Trennzeichen Semikolon", file.Description);
    }

    [Fact]
    public void Utf8_without_bom_is_recognised()
    {
        var file = Read(Encoding.UTF8.GetBytes("Name;Straße\nÖzdemir;Hauptstraße 5\n"));
        Assert.Equal("Straße", file.Headers[1]);
        Assert.Equal("Özdemir", file.Rows[0].Cells[0]);
        Assert.Contains("UTF-8", file.Description);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Vorname;Nachname;Straße\r\nJörg;Müller;Königsallee 3 – Hinterhaus\r\n");
        var file = Read(bytes);
        Assert.Equal(["Jörg", "Müller", "Königsallee 3 – Hinterhaus"], file.Rows[0].Cells);
        Assert.Equal("Straße", file.Headers[2]);
        Assert.Contains("Windows-1252", file.Description);
    }

    [Fact]
    public void Utf16_with_bom_as_excel_writes_unicode_text()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Vorname\tNachname\r\nАнна\tІваненко\r\n")).ToArray();
        var file = Read(bytes);
        Assert.Equal(["Анна", "Іваненко"], file.Rows[0].Cells);
        Assert.Contains("Tabulator", file.Description);
    }

    [Theory]
    [InlineData("Vorname,Nachname,Ort\nAnna,Schmidt,Kirchlinde\nBen,Kurz,Auendorf\n", "Komma")]
    [InlineData("Vorname\tNachname\tOrt\nAnna\tSchmidt\tKirchlinde\n", "Tabulator")]
    [InlineData("Vorname;Nachname;Betrag\nAnna;Schmidt;1,50\nBen;Kurz;2,75\n", "Semikolon")]
    public void Separator_is_detected(string text, string expected)
    {
        var file = Read(Encoding.UTF8.GetBytes(text));
        Assert.Contains(expected, file.Description);
        Assert.Equal(3, file.Headers.Count);
        Assert.Equal(3, file.Rows[0].Cells.Count);
    }

    [Fact]
    public void Excels_sep_hint_line_sets_the_separator_and_is_no_row()
    {
        var file = Read(Encoding.UTF8.GetBytes("sep=,\r\nVorname,Nachname\r\nAnna,Schmidt\r\n"));
        Assert.Equal(["Vorname", "Nachname"], file.Headers);
        Assert.Equal(2, file.Rows[0].Number);
        Assert.Contains("Komma", file.Description);
    }

    [Fact]
    public void Semicolon_wins_over_decimal_commas()
    {
        var file = Read(Encoding.UTF8.GetBytes("Name;Wert\nA;1,5\nB;2,5\n"));
        Assert.Equal(["A", "1,5"], file.Rows[0].Cells);
    }

    [Fact]
    public void Tab_and_comma_both_splitting_consistently_is_refused_as_ambiguous()
    {
        var error = ReadError(Encoding.UTF8.GetBytes("A,B\tC\n1,2\t3\n4,5\t6\n"));
        Assert.Contains("nicht eindeutig", error);
    }

    [Fact]
    public void A_single_column_file_is_refused()
    {
        var error = ReadError(Encoding.UTF8.GetBytes("Name\nAnna\nBen\n"));
        Assert.Contains("nur eine Spalte", error);
    }

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks_and_rows_are_counted_as_records()
    {
        var text = "Vorname;Bemerkung;Nachname\r\n\"Anna\";\"erste Zeile\r\nzweite; Zeile mit \"\"Zitat\"\"\";Schmidt\r\nBen;;Kurz\r\n";
        var file = Read(Encoding.UTF8.GetBytes(text));
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("erste Zeile\r\nzweite; Zeile mit \"Zitat\"", file.Rows[0].Cells[1]);
        Assert.Equal(2, file.Rows[0].Number);
        Assert.Equal(3, file.Rows[1].Number);
        Assert.Equal("Kurz", file.Rows[1].Cells[2]);
    }

    [Fact]
    public void An_unclosed_quote_is_a_clear_error()
    {
        var error = ReadError(Encoding.UTF8.GetBytes("Vorname;Nachname\nAnna;\"Schmidt\nBen;Kurz\n"));
        Assert.Contains("Anführungszeichen in Zeile 2", error);
    }

    [Fact]
    public void Empty_rows_are_skipped_but_counted_and_row_numbers_stay_those_of_the_file()
    {
        var file = Read(Encoding.UTF8.GetBytes("Vorname;Nachname\n;\nAnna;Schmidt\n\n;;\nBen;Kurz"));
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal(3, file.Rows[0].Number);
        Assert.Equal(6, file.Rows[1].Number);
        Assert.Equal(3, file.EmptyRowsSkipped);
    }

    [Fact]
    public void Rows_longer_than_the_header_keep_their_cells_under_generated_names()
    {
        var file = Read(Encoding.UTF8.GetBytes("Vorname;Nachname\nAnna;Schmidt;Extra\nBen;Kurz\n"));
        Assert.Equal(["Vorname", "Nachname", "Spalte C"], file.Headers);
        Assert.Equal("Extra", file.Rows[0].Cells[2]);
        Assert.Equal("", file.Rows[1].Cells[2]);
    }

    [Fact]
    public void Empty_and_duplicate_header_names_become_unique()
    {
        var file = Read(Encoding.UTF8.GetBytes("Name;;Name\na;b;c\n"));
        Assert.Equal(["Name", "Spalte B", "Name (2)"], file.Headers);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        Assert.Contains("weder eine CSV-Datei", ReadError([0x00, 0x01, 0x02, 0x41, 0x00, 0x42, 0x03, 0x04]));
    }

    [Fact]
    public void Old_excel_format_is_refused_with_advice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Contains(".xls", ReadError(ole));
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Equal("Die Datei ist leer.", ReadError([]));
        var big = new byte[ImportLimits.MaxFileBytes + 1];
        Assert.Contains("größer als 10 MB", ReadError(big));
    }

    [Fact]
    public void A_header_without_data_rows_is_read_but_has_no_rows()
    {
        var file = Read(Encoding.UTF8.GetBytes("Vorname;Nachname\n"));
        Assert.Empty(file.Rows);
    }
}
