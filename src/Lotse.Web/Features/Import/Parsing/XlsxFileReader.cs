using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lotse.Web.Domain.Imports;

namespace Lotse.Web.Features.Import.Parsing;

/// <summary>
/// Reads one worksheet of an .xlsx workbook as text cells: the first worksheet, or the one named. Dates stored as
/// numbers (with a date format) become "TT.MM.JJJJ"; dates typed as text stay text. Formulas are never evaluated:
/// a formula cell contributes only the value Excel last saved for it.
/// </summary>
public static partial class XlsxFileReader
{
    private const string Broken = "Die Excel-Datei ist beschädigt oder keine gültige Excel-Arbeitsmappe (.xlsx). Bitte öffnen und speichern Sie sie erneut in Excel oder laden Sie sie als CSV hoch.";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static (TabularFile? File, string? Error) Read(byte[] content, string? sheetName)
    {
        using var stream = new MemoryStream(content, writable: false);
        if (CheckArchive(stream) is { } archiveError) return (null, archiveError);
        stream.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            return ReadDocument(document, sheetName);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                      or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            return (null, Broken);
        }
    }

    /// <summary>The names of the worksheets in workbook order (for choosing another sheet).</summary>
    public static IReadOnlyList<string> SheetNames(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            if (CheckArchive(stream) is not null) return [];
            stream.Position = 0;
            using var document = SpreadsheetDocument.Open(stream, false);
            return Worksheets(document).Select(s => s.Name).ToList();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return [];
        }
    }

    private static string? CheckArchive(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long unpacked = 0;
            var isWorkbook = false;
            var isOpenDocument = false;
            foreach (var entry in zip.Entries)
            {
                unpacked += entry.Length;
                if (entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)) isWorkbook = true;
                if (entry.FullName.Equals("content.xml", StringComparison.OrdinalIgnoreCase)) isOpenDocument = true;
            }
            if (unpacked > ImportLimits.MaxUnpackedXlsxBytes)
                return "Die Excel-Datei ist entpackt zu groß (mehr als 200 MB). Bitte teilen Sie sie auf oder laden Sie sie als CSV hoch.";
            if (isOpenDocument && !isWorkbook)
                return "OpenDocument-Tabellen (.ods) werden nicht unterstützt. Bitte speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx) oder CSV.";
            return isWorkbook ? null : "Die ZIP-Datei ist keine Excel-Arbeitsmappe (.xlsx). Bitte laden Sie eine Tabelle im CSV- oder XLSX-Format hoch.";
        }
        catch (InvalidDataException)
        {
            return Broken;
        }
    }

    private static IEnumerable<(string Name, WorksheetPart Part)> Worksheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id) continue;
            if (workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
                yield return (sheet.Name?.Value ?? "", worksheet);
        }
    }

    private static (TabularFile? File, string? Error) ReadDocument(SpreadsheetDocument document, string? sheetName)
    {
        var sheets = Worksheets(document).ToList();
        if (sheets.Count == 0) return (null, "Die Excel-Arbeitsmappe enthält kein Tabellenblatt.");
        var wanted = string.IsNullOrWhiteSpace(sheetName) ? sheets[0]
            : sheets.FirstOrDefault(s => string.Equals(s.Name, sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (wanted.Part is null)
            return (null, $"Die Arbeitsmappe hat kein Tabellenblatt „{Shorten(sheetName!.Trim())}“. Vorhanden: {string.Join(", ", sheets.Select(s => $"„{s.Name}“"))}.");

        var workbook = document.WorkbookPart!;
        var strings = SharedStrings(workbook);
        var dateStyles = DateStyles(workbook);
        var builder = new TabularBuilder(ImportFormat.Xlsx, $"Excel-Arbeitsmappe, Tabellenblatt „{Shorten(wanted.Name)}“");

        using var reader = OpenXmlReader.Create(wanted.Part);
        var lastRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : lastRow + 1;
            if (number <= lastRow) return (null, Broken);
            lastRow = number;
            var cells = new List<string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                if (column < next) return (null, Broken);
                if (column >= ImportLimits.MaxColumns)
                {
                    if (CellText(cell, strings, dateStyles).Length == 0) continue; // formatting far to the right, no value
                    return (null, $"Zeile {number} hat einen Wert in Spalte {TabularBuilder.ColumnLetters(column)}: Mehr als {ImportLimits.MaxColumns} Spalten werden nicht unterstützt.");
                }
                while (cells.Count < column) cells.Add("");
                cells.Add(CellText(cell, strings, dateStyles));
                next = column + 1;
            }
            while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            if (builder.Add(number, cells) is { } error) return (null, error);
        }
        var file = builder.Build();
        return file is null ? (null, $"Das Tabellenblatt „{Shorten(wanted.Name)}“ ist leer.") : (file, null);
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return list;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            // Plain text, or the runs of rich text; phonetic hints (rPh) are not part of the value.
            list.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
        }
        return list;
    }

    /// <summary>Indexes of the cell formats that show a number as a date.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null) return result;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (IsDateFormat(id, custom.GetValueOrDefault(id))) result.Add(index);
            index++;
        }
        return result;
    }

    /// <summary>Built-in date formats (14–17, 22, 27–36, 50–58) or a custom code with day or year parts.</summary>
    internal static bool IsDateFormat(uint id, string? code)
    {
        if (id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58) return true;
        if (string.IsNullOrEmpty(code)) return false;
        var stripped = FormatNoise().Replace(code, "").ToLowerInvariant();
        return stripped.Contains('y') || stripped.Contains('d');
    }

    private static string CellText(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
        if (raw is null) return "";
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        if (type == CellValues.Boolean) return raw == "1" ? "WAHR" : "FALSCH";
        if (type == CellValues.Date)
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso) ? iso.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : raw;
        if (type == CellValues.String || type == CellValues.Error) return raw;

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is >= 1 and < 2958466)
            return DateTime.FromOADate(number).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        if (Math.Abs(number) < 1e15 && number == Math.Floor(number))
            return ((long)number).ToString(CultureInfo.InvariantCulture);
        return number.ToString("0.##########", German);
    }

    /// <summary>"C17" → 2.</summary>
    internal static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
            if (column > 100_000) break;
        }
        return column - 1;
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>Quoted text, escaped characters and [colour]/[$-407] sections of a number format code.</summary>
    [GeneratedRegex("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", RegexOptions.CultureInvariant)]
    private static partial Regex FormatNoise();
}
