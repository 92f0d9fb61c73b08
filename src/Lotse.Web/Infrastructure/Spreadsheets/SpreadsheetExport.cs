using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lotse.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Writes a small table for German Excel as CSV (UTF-8 with BOM, ";", dates TT.MM.JJJJ) or XLSX. Text that a
/// spreadsheet would read as a formula (starting with = + - @, tab or CR) is neutralised: in CSV with a leading
/// apostrophe (as the audit export does), in XLSX by storing it as text with Excel's quote prefix.
/// Cells are <see cref="string"/>, <see cref="int"/>, <see cref="DateOnly"/> or null.
/// </summary>
public static class SpreadsheetExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape
    };

    public static bool LooksLikeFormula(string? text) => !string.IsNullOrEmpty(text) && FormulaStarts.Contains(text[0]);

    public static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            csv.WriteRecord(headers.ToArray());
            var fields = new string?[headers.Count];
            foreach (var row in rows)
            {
                for (var i = 0; i < fields.Length; i++) fields[i] = i < row.Length ? CsvText(row[i]) : null;
                csv.WriteRecord(fields);
            }
        }
        return stream.ToArray();
    }

    private static string? CsvText(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString()
    };

    public static byte[] Xlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var widths = headers.Select(h => h.Length).ToArray();

            data.Append(Row(1, headers.Cast<object?>().ToArray(), header: true, widths));
            uint number = 2;
            foreach (var row in rows) data.Append(Row(number++, row, header: false, widths));

            var columns = new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(w + 2, 8, 60), CustomWidth = true
            }));
            var lastColumn = ColumnName(headers.Count - 1);
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                    { TabSelected = true, WorkbookViewId = 0 }),
                columns, data,
                new AutoFilter { Reference = $"A1:{lastColumn}{Math.Max(1, number - 1)}" });
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{sheetName}'!$A$1:${lastColumn}${Math.Max(1, number - 1)}")
                { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        }
        return stream.ToArray();
    }

    private const uint HeaderStyle = 1, DateStyle = 2, QuotedTextStyle = 3;

    private static Row Row(uint number, object?[] values, bool header, int[] widths)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = $"{ColumnName(i)}{number}";
            switch (values[i])
            {
                case null:
                    continue;
                case DateOnly date:
                    row.Append(new Cell
                    {
                        CellReference = reference, StyleIndex = DateStyle,
                        CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))
                    });
                    widths[i] = Math.Max(widths[i], 10);
                    break;
                case int n:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) });
                    break;
                default:
                    var text = XmlSafe(values[i]!.ToString() ?? "");
                    var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
                    if (header) cell.StyleIndex = HeaderStyle;
                    else if (LooksLikeFormula(text)) cell.StyleIndex = QuotedTextStyle;
                    row.Append(cell);
                    if (i < widths.Length) widths[i] = Math.Max(widths[i], Math.Min(text.Length, 60));
                    break;
            }
        }
        return row;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { QuotePrefix = true }) { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    /// <summary>Characters XML 1.0 cannot carry become U+FFFD instead of breaking the file.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvertIsValid)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(XmlConvertIsValid(c) ? c : '\uFFFD');
        return sb.ToString();
    }

    private static bool XmlConvertIsValid(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
}
