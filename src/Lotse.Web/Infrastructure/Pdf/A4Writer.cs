using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lotse.Web.Infrastructure.Pdf;

/// <summary>A font of Lotse's embedded family with the line height it is set in.</summary>
public sealed record PdfFont(XFont Font, double Size, double LineHeight)
{
    public static PdfFont Create(double size, XFontStyleEx style, double lineFactor = 1.35)
    {
        LotseFontResolver.EnsureInstalled();
        return new(new XFont(LotseFontResolver.FamilyName, size, style, XPdfFontOptions.UnicodeDefault), size, size * lineFactor);
    }
}

/// <summary>
/// A cursor over A4 pages shared by Lotse's printed documents (goal agreement, consent form, Auskunft, Lenkungsgruppe
/// agenda and minutes): measures and wraps text, keeps short blocks together and starts new pages.
/// </summary>
public sealed class A4Writer : IDisposable
{
    public const double PageWidth = 595.28, PageHeight = 841.89;
    public const double MarginLeft = 62, MarginRight = 56, MarginTop = 56, MarginBottom = 64;
    public const double FooterTop = PageHeight - MarginBottom + 18;

    private readonly PdfDocument _pdf;
    private XGraphics? _gfx;

    public A4Writer(PdfDocument pdf)
    {
        _pdf = pdf;
        NewPage();
    }

    public XGraphics Graphics => _gfx!;
    public double Y { get; set; }
    public double Left => MarginLeft;
    public double Right => PageWidth - MarginRight;
    public double Width => Right - Left;
    public double Remaining => PageHeight - MarginBottom - Y;

    /// <summary>Lines that fit below a continuation heading and a table header on a fresh page.</summary>
    public int LinesPerEmptyPage(double lineHeight, double padding) =>
        (int)Math.Floor((PageHeight - MarginBottom - MarginTop - 60 - padding) / lineHeight);

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _pdf.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        Y = MarginTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points are left on this one.</summary>
    public void KeepSpace(double height)
    {
        if (Remaining < height && Y > MarginTop) NewPage();
    }

    public void Space(double points) => Y = Math.Min(Y + points, PageHeight - MarginBottom);

    public double Measure(string text, PdfFont font) => Graphics.MeasureString(text, font.Font).Width;

    public void Text(string text, PdfFont font, double x, double y, XBrush? brush = null) =>
        Graphics.DrawString(text, font.Font, brush ?? XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);

    /// <summary>A wrapped paragraph; short ones (up to six lines) stay on one page, long ones break where the page ends.</summary>
    public void Paragraph(string text, PdfFont font, double spaceAfter, XBrush? brush = null) =>
        Lines(Wrap(text, font, Width), font, Left, spaceAfter, brush);

    /// <summary>A bulleted item, its text indented beside the bullet.</summary>
    public void Bullet(string text, PdfFont font, double indent = 14)
    {
        var lines = Wrap(text, font, Width - indent);
        KeepSpace(font.LineHeight);
        Text("•", font, Left + 2, Y);
        Lines(lines, font, Left + indent, 2);
    }

    /// <summary>A label and its value beside it, both wrapped within their columns.</summary>
    public void LabelledLine(string label, string value, double labelWidth, PdfFont labelFont, PdfFont valueFont)
    {
        var values = Wrap(value, valueFont, Width - labelWidth);
        var labels = Wrap(label, labelFont, Math.Max(labelWidth - 6, Measure(label, labelFont)));
        for (var i = 0; i < Math.Max(values.Count, labels.Count); i++)
        {
            if (Remaining < valueFont.LineHeight) NewPage();
            if (i < labels.Count) Text(labels[i], labelFont, Left, Y);
            if (i < values.Count) Text(values[i], valueFont, Left + labelWidth, Y);
            Y += valueFont.LineHeight;
        }
    }

    /// <summary>A framed, tinted box, e.g. the draft marking.</summary>
    public void Banner(string text, PdfFont font, XColor color, XBrush fill, double spaceAfter)
    {
        const double pad = 7;
        var lines = Wrap(text, font, Width - 2 * pad - 4);
        var height = lines.Count * font.LineHeight + 2 * pad;
        KeepSpace(height);
        Graphics.DrawRectangle(new XPen(color, 2), fill, Left, Y, Width, height);
        var brush = new XSolidBrush(color);
        for (var i = 0; i < lines.Count; i++)
            Text(lines[i], font, Left + pad + 2, Y + pad + i * font.LineHeight, brush);
        Y += height;
        Space(spaceAfter);
    }

    public void Rule(XColor color, double thickness, double spaceAfter = 0)
    {
        if (Remaining < thickness) NewPage();
        Graphics.DrawLine(new XPen(color, thickness), Left, Y, Right, Y);
        Y += thickness + spaceAfter;
    }

    private void Lines(List<string> lines, PdfFont font, double x, double spaceAfter, XBrush? brush = null)
    {
        if (lines.Count <= 6) KeepSpace(lines.Count * font.LineHeight);
        foreach (var line in lines)
        {
            if (Remaining < font.LineHeight) NewPage();
            Text(line, font, x, Y, brush);
            Y += font.LineHeight;
        }
        Space(spaceAfter);
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>: at spaces, at line breaks, inside over-long words.</summary>
    public List<string> Wrap(string text, PdfFont font, double width)
    {
        var result = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) result.Add(line);
                line = word;
                while (line.Length > 1 && Measure(line, font) > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && Measure(line[..cut], font) > width) cut--;
                    result.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            result.Add(line);
        }
        return result;
    }

    /// <summary>Draws a footer on every page once the document is complete ("Seite x von y" needs the page count).</summary>
    public static void Footers(PdfDocument pdf, Action<XGraphics, int, int> draw)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            draw(g, i + 1, pdf.PageCount);
        }
    }

    public void Dispose() => _gfx?.Dispose();
}
