using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Features.Import.Parsing;

namespace Lotse.UnitTests.Import;

public class XlsxFileReaderTests
{
    /// <summary>A workbook as Excel writes it: shared strings, dates as numbers with date formats, a formula with its cached value.</summary>
    internal static byte[] Workbook(params (string Name, Action<SheetData, Func<string, int>> Fill)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            var shared = wb.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 165, FormatCode = "[$-407]dd\\.mm\\.yyyy;@" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }) { Count = 4 });
            var strings = new List<string>();
            int Share(string s)
            {
                var i = strings.IndexOf(s);
                if (i >= 0) return i;
                strings.Add(s);
                shared.SharedStringTable.Append(new SharedStringItem(new Text(s)));
                return strings.Count - 1;
            }
            uint id = 1;
            foreach (var (name, fill) in sheets)
            {
                var part = wb.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                fill(data, Share);
                part.Worksheet = new Worksheet(data);
                wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }
        return stream.ToArray();
    }

    internal static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };

    internal static Cell Number(string reference, string value, uint style = 0) => new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    private static void ClientSheet(SheetData data, Func<string, int> share)
    {
        data.Append(new Row(Shared("A1", share("Vorname")), Shared("B1", share("Nachname")), Shared("C1", share("Geburtsdatum")),
            Shared("D1", share("Einreise")), Shared("E1", share("PLZ")), Shared("F1", share("Summe")), Shared("G1", share("Dolmetscher"))) { RowIndex = 1 });
        data.Append(new Row(
            Shared("A2", share("Jörg")),
            new Cell { CellReference = "B2", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("Müller")) },
            Number("C2", "32924", 1),                 // 20.02.1990 with the built-in short date format
            Number("D2", "42278", 2),                 // 01.10.2015 with a custom German date format
            Number("E2", "1067"),                     // PLZ stored as number (leading zero lost)
            new Cell { CellReference = "F2", CellFormula = new CellFormula("=1+1"), CellValue = new CellValue("2") },
            new Cell { CellReference = "G2", DataType = CellValues.Boolean, CellValue = new CellValue("1") }) { RowIndex = 2 });
        // Row 3 is missing (empty), row 4 has a text date and a skipped column.
        data.Append(new Row(Shared("A4", share("Anna")), Shared("C4", share("05.1990")), Number("E4", "12345,5".Replace(',', '.'), 3)) { RowIndex = 4 });
    }

    private static TabularFile Read(byte[] bytes, string? sheet = null)
    {
        var result = ImportFileReader.Read(bytes, sheet);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    [Fact]
    public void Reads_first_sheet_with_shared_and_inline_strings_dates_numbers_formulas_and_booleans()
    {
        var file = Read(Workbook(("Klienten", ClientSheet)));
        Assert.Equal(ImportFormat.Xlsx, file.Format);
        Assert.Equal("Excel-Arbeitsmappe, Tabellenblatt „Klienten“", file.Description);
        Assert.Equal(["Vorname", "Nachname", "Geburtsdatum", "Einreise", "PLZ", "Summe", "Dolmetscher"], file.Headers);
        var row = file.Rows[0];
        Assert.Equal(2, row.Number);
        Assert.Equal(["Jörg", "Müller", "20.02.1990", "01.10.2015", "1067", "2", "WAHR"], row.Cells);
    }

    [Fact]
    public void Missing_rows_and_cells_keep_their_positions()
    {
        var file = Read(Workbook(("Klienten", ClientSheet)));
        var row = file.Rows[1];
        Assert.Equal(4, row.Number);
        Assert.Equal("Anna", row.Cells[0]);
        Assert.Equal("", row.Cells[1]);
        Assert.Equal("05.1990", row.Cells[2]);
        Assert.Equal("12345,5", row.Cells[4]);
    }

    [Fact]
    public void A_named_sheet_is_chosen_and_an_unknown_one_refused()
    {
        var bytes = Workbook(("Deckblatt", (d, s) => d.Append(new Row(Shared("A1", s("Nur Text"))) { RowIndex = 1 })), ("Klienten", ClientSheet));
        Assert.Equal("Vorname", Read(bytes, "klienten").Headers[0]);
        Assert.Equal("Nur Text", Read(bytes).Headers[0]);
        var error = ImportFileReader.Read(bytes, "Tabelle9");
        Assert.False(error.IsSuccess);
        Assert.Contains("„Deckblatt“, „Klienten“", error.Error!.Message);
    }

    [Fact]
    public void A_zip_that_is_no_workbook_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry("content.xml").Open())) w.Write("<x/>");
        var result = ImportFileReader.Read(stream.ToArray());
        Assert.False(result.IsSuccess);
        Assert.Contains(".ods", result.Error!.Message);
    }

    [Fact]
    public void A_broken_workbook_is_refused_with_a_german_message()
    {
        var bytes = Workbook(("Klienten", ClientSheet));
        var truncated = bytes[..(bytes.Length / 2)];
        var result = ImportFileReader.Read(truncated);
        Assert.False(result.IsSuccess);
        Assert.Contains("Excel-Datei", result.Error!.Message);
    }

    [Theory]
    [InlineData(14u, null, true)]
    [InlineData(22u, null, true)]
    [InlineData(0u, null, false)]
    [InlineData(4u, null, false)]
    [InlineData(20u, null, false)] // h:mm
    [InlineData(164u, "dd/mm/yyyy", true)]
    [InlineData(164u, "[$-407]DD.MM.YYYY", true)]
    [InlineData(164u, "\"Tag \"0", false)]
    [InlineData(164u, "[Red]0.00", false)]
    public void Date_formats_are_recognised(uint id, string? code, bool isDate) =>
        Assert.Equal(isDate, XlsxFileReader.IsDateFormat(id, code));

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("AZ3", 51)]
    public void Column_letters_are_translated(string reference, int index) => Assert.Equal(index, XlsxFileReader.ColumnIndex(reference));
}
