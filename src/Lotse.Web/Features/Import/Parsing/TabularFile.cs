using Lotse.Web.Domain.Imports;

namespace Lotse.Web.Features.Import.Parsing;

/// <summary>A spreadsheet read into text: the header row and every non-empty data row with its row number.</summary>
public sealed record TabularFile(
    ImportFormat Format, string Description, IReadOnlyList<string> Headers, IReadOnlyList<TabularRow> Rows, int EmptyRowsSkipped);

/// <summary>One data row; <paramref name="Number"/> is the row number a spreadsheet program shows (header = 1 in a CSV).</summary>
public sealed record TabularRow(int Number, IReadOnlyList<string> Cells);

/// <summary>Limits that keep an upload from exhausting memory or the database; each breach is refused with a German message.</summary>
public static class ImportLimits
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const string MaxFileText = "10 MB";
    public const int MaxRows = 20_000;
    public const int MaxColumns = 200;
    /// <summary>Excel's own limit for one cell.</summary>
    public const int MaxCellLength = 32_767;
    /// <summary>An .xlsx is a ZIP archive: more than this unpacked is refused (protection against ZIP bombs).</summary>
    public const long MaxUnpackedXlsxBytes = 200L * 1024 * 1024;
}

/// <summary>Builds the header row and the rows the same way for CSV and XLSX.</summary>
internal sealed class TabularBuilder(ImportFormat format, string description)
{
    private readonly List<TabularRow> _rows = [];
    private List<string>? _headers;
    private int _emptyRows;

    public bool HasHeader => _headers is not null;

    /// <summary>Adds a row; empty rows are counted and skipped, the first non-empty row is the header. Returns an error text or null.</summary>
    public string? Add(int number, IReadOnlyList<string> cells)
    {
        if (cells.Count > ImportLimits.MaxColumns)
            return $"Zeile {number} hat mehr als {ImportLimits.MaxColumns} Spalten. Bitte prüfen Sie die Datei (falsches Trennzeichen?).";
        if (cells.FirstOrDefault(c => c.Length > ImportLimits.MaxCellLength) is not null)
            return $"Zeile {number} enthält eine Zelle mit mehr als {ImportLimits.MaxCellLength:N0} Zeichen.".Replace(',', '.');
        if (cells.All(string.IsNullOrWhiteSpace))
        {
            if (_headers is not null) _emptyRows++;
            return null;
        }
        if (_headers is null)
        {
            _headers = cells.Select(c => c.Replace("\uFEFF", "").Trim()).ToList();
            return null;
        }
        if (_rows.Count >= ImportLimits.MaxRows)
            return $"Die Datei hat mehr als {ImportLimits.MaxRows:N0} Datenzeilen. Bitte teilen Sie sie auf mehrere Dateien auf.".Replace(',', '.');
        _rows.Add(new TabularRow(number, cells));
        return null;
    }

    public TabularFile? Build()
    {
        if (_headers is null) return null;
        // A row longer than the header keeps its extra cells under generated column names: nothing is dropped.
        var width = Math.Max(_headers.Count, _rows.Count == 0 ? 0 : _rows.Max(r => r.Cells.Count));
        var headers = new List<string>(width);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < width; i++)
        {
            var name = i < _headers.Count && _headers[i].Length > 0 ? _headers[i] : $"Spalte {ColumnLetters(i)}";
            if (name.Length > 100) name = name[..100];
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{name} ({n})";
            headers.Add(unique);
        }
        var rows = _rows.Select(r => r.Cells.Count == width ? r
            : new TabularRow(r.Number, r.Cells.Concat(Enumerable.Repeat("", width - r.Cells.Count)).ToList())).ToList();
        return new TabularFile(format, description, headers, rows, _emptyRows);
    }

    /// <summary>Spreadsheet column letters: 0 → A, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) letters = (char)('A' + (i - 1) % 26) + letters;
        return letters;
    }
}
