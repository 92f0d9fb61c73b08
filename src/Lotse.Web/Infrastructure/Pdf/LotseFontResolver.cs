using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Lotse.Web.Infrastructure.Pdf;

/// <summary>
/// PDFsharp's font source: the DejaVu Sans faces shipped inside this assembly (Infrastructure/Pdf/Fonts,
/// licence in LICENSE-DejaVu.txt), so producing a PDF needs no font installed on the server.
/// Every family name resolves to DejaVu Sans; italic is simulated by PDFsharp.
/// </summary>
public sealed class LotseFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly LotseFontResolver Instance = new();
    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    private LotseFontResolver() { }

    /// <summary>
    /// PDFsharp keeps one resolver per process and refuses a second one once fonts were used,
    /// so every caller installs the same instance, once.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not LotseFontResolver)
                GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"Lotse.Web.Fonts.{faceName}.ttf";
        using var stream = typeof(LotseFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Die eingebettete Schrift {name} fehlt in der Anwendung.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
