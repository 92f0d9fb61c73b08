using System.Text;
using Lotse.Web.Domain.Imports;

namespace Lotse.Web.Features.Import.Parsing;

/// <summary>
/// Reads CSV as German Excel and LibreOffice write it: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252
/// when the bytes are not valid UTF-8; separator ";" (also "," or tab when that is unambiguous); RFC 4180 quoting
/// with line breaks inside quoted fields.
/// </summary>
public static partial class CsvFileReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const int SampleRecords = 50;

    static CsvFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (TabularFile? File, string? Error) Read(byte[] content)
    {
        var (text, encodingName) = Decode(content);
        if (LooksBinary(text))
            return (null, "Die Datei ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.xlsx). Bitte laden Sie eine Tabelle im CSV- oder XLSX-Format hoch.");

        // Excel's hint line "sep=;" names the separator; Excel does not show it as a row, so neither do we.
        var hint = SeparatorHint().Match(text);
        var (separator, separatorError) = hint.Success ? (hint.Groups[1].Value == "\\t" ? '\t' : hint.Groups[1].Value[0], null) : DetectSeparator(text);
        if (hint.Success) text = text[hint.Length..];
        if (separatorError is not null) return (null, separatorError);

        var builder = new TabularBuilder(ImportFormat.Csv, $"CSV, {encodingName}, Trennzeichen {SeparatorName(separator)}");
        string? error = null;
        var complete = Parse(text, separator, int.MaxValue, (number, cells) => (error = builder.Add(number, cells)) is null, out var parseError);
        if (error is not null) return (null, error);
        if (!complete && parseError is not null) return (null, parseError);
        var file = builder.Build();
        return file is null ? (null, "Die Datei enthält keine Zeilen.") : (file, null);
    }

    /// <summary>BOM first; otherwise strict UTF-8, and Windows-1252 when the bytes are not valid UTF-8.</summary>
    public static (string Text, string EncodingName) Decode(byte[] content)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..]) return (Encoding.UTF8.GetString(content, 3, content.Length - 3), "UTF-8");
        if (content is [0xFF, 0xFE, ..]) return (Encoding.Unicode.GetString(content, 2, content.Length - 2), "UTF-16");
        if (content is [0xFE, 0xFF, ..]) return (Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2), "UTF-16");
        try
        {
            return (StrictUtf8.GetString(content), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding(1252).GetString(content), "Windows-1252");
        }
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0') return true;
            if (c < 0x20 && c is not ('\t' or '\r' or '\n')) control++;
        }
        return control > sample.Length / 100 + 2;
    }

    /// <summary>
    /// ";" wins whenever it splits the header into columns consistently (German default). Otherwise tab or ",", but
    /// only one of them: a file that both could split consistently is refused as ambiguous.
    /// </summary>
    internal static (char Separator, string? Error) DetectSeparator(string text)
    {
        var candidates = new[] { ';', '\t', ',' }.Select(s => (Separator: s, Shape: Shape(text, s))).ToList();
        var consistent = candidates.Where(c => c.Shape.HeaderFields >= 2 && c.Shape.Consistent).ToList();
        if (consistent.Any(c => c.Separator == ';')) return (';', null);
        if (consistent.Count == 1) return (consistent[0].Separator, null);
        if (consistent.Count > 1)
            return (default, "Das Trennzeichen ist nicht eindeutig: Die Datei lässt sich sowohl an Tabulatoren als auch an Kommas in Spalten teilen. " +
                             "Bitte speichern Sie sie mit Semikolon als Trennzeichen (in Excel: „CSV (Trennzeichen-getrennt)“).");
        var usable = candidates.Where(c => c.Shape.HeaderFields >= 2).ToList();
        if (usable.Count > 0) return (usable[0].Separator, null);
        return (default, "In der Datei wurde kein Trennzeichen (Semikolon, Komma oder Tabulator) gefunden: Sie hat nur eine Spalte. " +
                         "Bitte prüfen Sie, ob es eine Tabelle im CSV-Format ist.");
    }

    private static (int HeaderFields, bool Consistent) Shape(string text, char separator)
    {
        var counts = new List<int>();
        Parse(text, separator, SampleRecords, (_, cells) =>
        {
            if (!cells.All(string.IsNullOrWhiteSpace)) counts.Add(cells.Count);
            return true;
        }, out _);
        if (counts.Count == 0) return (0, false);
        var data = counts.Skip(1).ToList();
        var matching = data.Count(c => c == counts[0]);
        return (counts[0], data.Count == 0 || matching * 10 >= data.Count * 8);
    }

    /// <summary>
    /// RFC 4180 with the usual leniency: a quote inside an unquoted field is text, text after a closing quote is kept.
    /// Calls <paramref name="onRecord"/> with the record's row number (1-based, as a spreadsheet counts records) and
    /// stops after <paramref name="maxRecords"/> or when it returns false. Returns false with an error for an unclosed quote.
    /// </summary>
    internal static bool Parse(string text, char separator, int maxRecords, Func<int, List<string>, bool> onRecord, out string? error)
    {
        error = null;
        var cells = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        var record = 1;
        var line = 1;
        var quoteLine = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    inQuotes = false;
                    i++;
                    continue;
                }
                if (c == '\n') line++;
                field.Append(c);
                i++;
                continue;
            }
            if (c == '"' && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
                quoteLine = line;
                i++;
                continue;
            }
            if (c == separator)
            {
                cells.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                cells.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (!onRecord(record, cells) || record >= maxRecords) return true;
                cells = [];
                record++;
                line++;
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            field.Append(c);
            fieldStarted = true;
            i++;
        }
        if (inQuotes)
        {
            error = $"Die CSV-Datei ist fehlerhaft: Das Anführungszeichen in Zeile {quoteLine} der Datei wird nicht geschlossen.";
            return false;
        }
        if (fieldStarted || field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            onRecord(record, cells);
        }
        return true;
    }

    private static string SeparatorName(char separator) => separator switch
    {
        ';' => "Semikolon",
        ',' => "Komma",
        _ => "Tabulator"
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^sep=(\\t|[;,\t|])\r?\n", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SeparatorHint();
}
