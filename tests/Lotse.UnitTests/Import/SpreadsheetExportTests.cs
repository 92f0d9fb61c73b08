using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lotse.Web.Features.Import.Parsing;
using Lotse.Web.Infrastructure.Spreadsheets;

namespace Lotse.UnitTests.Import;

public class SpreadsheetExportTests
{
    private static readonly string[] Header = ["Aktenzeichen", "Name", "Seit", "Anzahl"];

    private static readonly object?[][] Rows =
    [
        ["2026-AAAAAA", "=HYPERLINK(\"http://x\")", new DateOnly(2026, 3, 1), 3],
        ["2026-BBBBBB", "+49 170", null, 0],
        ["2026-CCCCCC", "-Minus", new DateOnly(2025, 12, 24), 1],
        ["2026-DDDDDD", "@SUMME(A1)", null, 0],
        ["2026-EEEEEE", "\tTab", null, 0],
        ["2026-FFFFFF", "\rWagenrücklauf", null, 0],
        ["2026-GGGGGG", "Müller, Jörg", null, 0]
    ];

    [Fact]
    public void Csv_is_utf8_with_bom_semicolon_separated_with_german_dates_and_neutralised_formulas()
    {
        var bytes = SpreadsheetExport.Csv(Header, Rows);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Aktenzeichen;Name;Seit;Anzahl", lines[0]);
        Assert.StartsWith("2026-AAAAAA;\"'=HYPERLINK(\"\"http://x\"\")\";01.03.2026;3", lines[1]);
        foreach (var start in new[] { "'+49 170", "'-Minus", "'@SUMME(A1)", "'\tTab", "'\rWagenrücklauf" })
            Assert.True(text.Contains(start, StringComparison.Ordinal), $"missing: {start.Replace("\t", "<TAB>").Replace("\r", "<CR>")} in {text.Replace("\t", "<TAB>").Replace("\r", "<CR>")}");
        Assert.Contains("2026-GGGGGG;Müller, Jörg;;0", text);
        Assert.DoesNotContain(";=", text);
        Assert.DoesNotContain(";+", text);
        Assert.DoesNotContain(";@", text);
    }

    [Fact]
    public void Xlsx_stores_formula_like_text_as_quoted_text_never_as_a_formula()
    {
        var bytes = SpreadsheetExport.Xlsx("Fallliste", Header, Rows);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var wb = doc.WorkbookPart!;
        var quoted = wb.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var cells = wb.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToList();
        Assert.Empty(wb.WorksheetParts.Single().Worksheet!.Descendants<CellFormula>());
        foreach (var reference in new[] { "B2", "B3", "B4", "B5", "B6", "B7" })
        {
            var cell = cells.Single(c => c.CellReference == reference);
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.True(quoted[(int)cell.StyleIndex!.Value].QuotePrefix?.Value, reference);
        }
        Assert.Null(cells.Single(c => c.CellReference == "B8").StyleIndex);
        var date = cells.Single(c => c.CellReference == "C2");
        Assert.Null(date.DataType);
        Assert.Equal(164u, quoted[(int)date.StyleIndex!.Value].NumberFormatId!.Value);
    }

    [Fact]
    public void Xlsx_reads_back_with_the_import_reader()
    {
        var file = ImportFileReader.Read(SpreadsheetExport.Xlsx("Fallliste", Header, Rows)).Value!;
        Assert.Equal(Header, file.Headers);
        Assert.Equal(["2026-AAAAAA", "=HYPERLINK(\"http://x\")", "01.03.2026", "3"], file.Rows[0].Cells);
        Assert.Equal("Müller, Jörg", file.Rows[6].Cells[1]);
    }

    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+1", true)]
    [InlineData("-1", true)]
    [InlineData("@A1", true)]
    [InlineData("\tA", true)]
    [InlineData("\rA", true)]
    [InlineData("A=1", false)]
    [InlineData("", false)]
    public void Formula_starts(string text, bool formula) => Assert.Equal(formula, SpreadsheetExport.LooksLikeFormula(text));
}
