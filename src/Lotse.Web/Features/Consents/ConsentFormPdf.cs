using System.Globalization;
using Lotse.Web.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lotse.Web.Features.Consents;

/// <summary>
/// Renders a <see cref="ConsentFormDocument"/> as an A4 PDF with PDFsharp: headed sections with bulleted recipients
/// and categories, the signature block kept on one page, "Seite x von y" in the footer. PDFsharp has no Arabic shaping
/// or bidirectional layout, so right-to-left languages are offered as the HTML print view only.
/// </summary>
public static class ConsentFormPdf
{
    public static bool CanRender(ConsentFormTexts texts) => !texts.RightToLeft;

    private static readonly Lock Gate = new();

    public static byte[] Render(ConsentFormDocument d)
    {
        if (d.RightToLeft) throw new NotSupportedException("Die PDF-Ausgabe unterstützt keine Schrift, die von rechts nach links läuft.");
        LotseFontResolver.EnsureInstalled();
        lock (Gate)
        {
            using var pdf = new PdfDocument();
            pdf.Info.Title = $"{d.Title} – {d.FileNumber}";
            pdf.Info.Creator = "Lotse";
            pdf.Language = d.Language;
            using (var w = new Writer(pdf))
            {
                w.Paragraph(d.Title, w.Title, 10);
                var labelWidth = d.Fields.Max(f => w.Measure(f.Label, w.Bold)) + 12;
                foreach (var (label, value) in d.Fields) w.Labelled(label, value, labelWidth);
                w.Space(8);
                w.Paragraph(d.Intro, w.Body, 10);
                Section(w, d.RecipientsHeading, d.Recipients, bullets: true);
                Section(w, d.CategoriesHeading, d.Categories, bullets: true);
                Section(w, d.PurposeHeading, [d.Purpose], bullets: false);
                Section(w, d.ValidityHeading, d.Validity, bullets: false);
                if (d.GuardianHeading is not null) Section(w, d.GuardianHeading, [d.GuardianText!], bullets: false);
                if (d.HealthHeading is not null) Section(w, d.HealthHeading, [d.HealthText!], bullets: false);
                Section(w, d.RightsHeading, d.Rights, bullets: false);
                Signatures(w, d);
            }
            for (var i = 0; i < pdf.PageCount; i++)
            {
                using var gfx = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
                var font = new XFont(LotseFontResolver.FamilyName, 8, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
                var y = Writer.PageHeight - Writer.MarginBottom + 18;
                gfx.DrawLine(new XPen(XColor.FromArgb(150, 150, 150), 0.5), Writer.MarginLeft, y, Writer.PageWidth - Writer.MarginRight, y);
                gfx.DrawString(d.Footer, font, XBrushes.DimGray, new XPoint(Writer.MarginLeft, y + 5), XStringFormats.TopLeft);
                gfx.DrawString(string.Format(CultureInfo.InvariantCulture, d.PageNumberFormat, i + 1, pdf.PageCount), font, XBrushes.DimGray,
                    new XPoint(Writer.PageWidth - Writer.MarginRight, y + 5), XStringFormats.TopRight);
            }
            using var output = new MemoryStream();
            pdf.Save(output, closeStream: false);
            return output.ToArray();
        }
    }

    private static void Section(Writer w, string heading, IReadOnlyList<string> items, bool bullets)
    {
        w.Keep(w.Heading.Height * 2 + w.Body.Height * 3);
        w.Paragraph(heading, w.Heading, 3);
        foreach (var item in items)
        {
            if (bullets) w.Bullet(item);
            else w.Paragraph(item, w.Body, 4);
        }
        w.Space(8);
    }

    private static void Signatures(Writer w, ConsentFormDocument d)
    {
        const double gap = 34, label = 14, after = 12;
        w.Keep(w.Heading.Height + w.Body.Height * 3 + d.Signatures.Count * (gap + label + after));
        w.Paragraph(d.SignaturesHeading, w.Heading, 3);
        w.Paragraph(d.SignaturesIntro, w.Body, 6);
        var pen = new XPen(XColors.Black, 0.7);
        var placeWidth = w.Width * 0.38;
        var signLeft = Writer.MarginLeft + placeWidth + w.Width * 0.07;
        foreach (var (place, signature) in d.Signatures)
        {
            var y = w.Y + gap;
            w.Gfx.DrawLine(pen, Writer.MarginLeft, y, Writer.MarginLeft + placeWidth, y);
            w.Gfx.DrawLine(pen, signLeft, y, Writer.PageWidth - Writer.MarginRight, y);
            w.Text(place, w.Small, Writer.MarginLeft, y + 3);
            w.Text(signature, w.Small, signLeft, y + 3);
            w.Y = y + label + after;
        }
    }

    private sealed record Font(XFont X, double Height);

    /// <summary>A cursor over A4 pages that wraps text and breaks pages.</summary>
    private sealed class Writer : IDisposable
    {
        public const double PageWidth = 595.28, PageHeight = 841.89, MarginLeft = 62, MarginRight = 56, MarginTop = 56, MarginBottom = 64;
        private readonly PdfDocument _pdf;
        private XGraphics? _gfx;

        public Writer(PdfDocument pdf)
        {
            _pdf = pdf;
            NewPage();
        }

        public Font Title { get; } = Make(15, XFontStyleEx.Bold);
        public Font Heading { get; } = Make(12, XFontStyleEx.Bold);
        public Font Body { get; } = Make(10, XFontStyleEx.Regular);
        public Font Bold { get; } = Make(10, XFontStyleEx.Bold);
        public Font Small { get; } = Make(8.5, XFontStyleEx.Regular);

        public XGraphics Gfx => _gfx!;
        public double Y { get; set; }
        public double Width => PageWidth - MarginLeft - MarginRight;
        private double Remaining => PageHeight - MarginBottom - Y;

        private static Font Make(double size, XFontStyleEx style) =>
            new(new XFont(LotseFontResolver.FamilyName, size, style, XPdfFontOptions.UnicodeDefault), size * 1.35);

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _pdf.AddPage();
            page.Size = PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            Y = MarginTop;
        }

        public void Keep(double height)
        {
            if (Remaining < height && Y > MarginTop) NewPage();
        }

        public void Space(double points) => Y = Math.Min(Y + points, PageHeight - MarginBottom);

        public double Measure(string text, Font font) => Gfx.MeasureString(text, font.X).Width;

        public void Text(string text, Font font, double x, double y) =>
            Gfx.DrawString(text, font.X, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);

        public void Paragraph(string text, Font font, double after) => Lines(Wrap(text, font, Width), font, MarginLeft, after);

        public void Bullet(string text)
        {
            var lines = Wrap(text, Body, Width - 14);
            Keep(Body.Height);
            Text("•", Body, MarginLeft + 2, Y);
            Lines(lines, Body, MarginLeft + 14, 2);
        }

        public void Labelled(string label, string value, double labelWidth)
        {
            var lines = Wrap(value, Body, Width - labelWidth);
            Keep(Body.Height);
            Text(label, Bold, MarginLeft, Y);
            Lines(lines, Body, MarginLeft + labelWidth, 0);
        }

        private void Lines(List<string> lines, Font font, double x, double after)
        {
            if (lines.Count <= 6) Keep(lines.Count * font.Height);
            foreach (var line in lines)
            {
                if (Remaining < font.Height) NewPage();
                Text(line, font, x, Y);
                Y += font.Height;
            }
            Space(after);
        }

        private List<string> Wrap(string text, Font font, double width)
        {
            var result = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (Measure(candidate, font) <= width) { line = candidate; continue; }
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

        public void Dispose() => _gfx?.Dispose();
    }
}
