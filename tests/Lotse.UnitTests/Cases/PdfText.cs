using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Lotse.UnitTests.Cases;

/// <summary>
/// Reads a PDF back with PDFsharp and decodes the text drawn on each page: the glyph ids of every Tj/TJ
/// string are mapped to Unicode through the font's /ToUnicode CMap, as a PDF viewer's copy and search does.
/// </summary>
internal static partial class PdfText
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>One string per page; every drawn text run on its own line, in drawing order.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.Pages.Cast<PdfPage>().Select(PageText).ToList();
    }

    private static string PageText(PdfPage page)
    {
        var fonts = page.Resources.Elements.GetDictionary("/Font")!;
        var maps = new Dictionary<string, Dictionary<int, string>>();
        foreach (var name in fonts.Elements.Keys)
            maps[name] = ToUnicode(fonts.Elements.GetDictionary(name)!);

        var text = new StringBuilder();
        Dictionary<int, string>? current = null;
        foreach (var op in Operators(ContentReader.ReadContent(page)))
        {
            if (op.OpCode.Name == "Tf" && op.Operands[0] is CName font)
                current = maps.GetValueOrDefault(font.Name);
            else if (op.OpCode.Name is "Tj" or "'" or "\"" or "TJ" && current is not null)
            {
                foreach (var s in Strings(op.Operands))
                    text.Append(Decode(s, current));
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static IEnumerable<COperator> Operators(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op) yield return op;
            else if (item is CSequence inner)
                foreach (var nested in Operators(inner)) yield return nested;
        }
    }

    private static IEnumerable<CString> Strings(CSequence operands)
    {
        foreach (var item in operands)
        {
            if (item is CString s) yield return s;
            else if (item is CArray array)
                foreach (var inner in Strings(array)) yield return inner;
        }
    }

    /// <summary>Identity-H: two bytes per glyph id (PDFsharp's Unicode font encoding).</summary>
    private static string Decode(CString s, Dictionary<int, string> map)
    {
        var bytes = s.Value.Select(c => (byte)c).ToArray();
        var result = new StringBuilder();
        for (var i = 0; i + 1 < bytes.Length; i += 2)
            result.Append(map.GetValueOrDefault((bytes[i] << 8) | bytes[i + 1], "\uFFFD"));
        return result.ToString();
    }

    private static Dictionary<int, string> ToUnicode(PdfDictionary font)
    {
        var map = new Dictionary<int, string>();
        var cmap = font.Elements.GetDictionary("/ToUnicode");
        if (cmap?.Stream is null) return map;
        var source = Encoding.ASCII.GetString(cmap.Stream.UnfilteredValue);
        foreach (Match block in BfChar().Matches(source))
            foreach (Match pair in HexPair().Matches(block.Groups[1].Value))
                map[Hex(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
        foreach (Match block in BfRange().Matches(source))
            foreach (Match range in HexRange().Matches(block.Groups[1].Value))
            {
                int from = Hex(range.Groups[1].Value), to = Hex(range.Groups[2].Value), first = Hex(range.Groups[3].Value);
                for (var g = from; g <= to; g++) map[g] = char.ConvertFromUtf32(first + g - from);
            }
        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) =>
        Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)] private static partial Regex BfChar();
    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)] private static partial Regex BfRange();
    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")] private static partial Regex HexPair();
    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")] private static partial Regex HexRange();
}
