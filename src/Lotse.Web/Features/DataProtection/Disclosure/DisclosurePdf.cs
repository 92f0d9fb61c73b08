using System.Globalization;
using Lotse.Web.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Lotse.Web.Features.DataProtection.Disclosure.DisclosureText;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>
/// The Auskunft as an A4 PDF for the client (German): a cover text on the rights of the data subject, then every
/// section with its blocks of label/value lines, "Seite x von y" in the footer.
/// </summary>
public static class DisclosurePdf
{
    private static readonly Lock RenderGate = new();

    public static byte[] Render(DisclosureDocument d)
    {
        LotseFontResolver.EnsureInstalled();
        lock (RenderGate) return RenderPdf(d);
    }

    private static byte[] RenderPdf(DisclosureDocument d)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"Auskunft über gespeicherte Daten – {d.FileNumber}";
        pdf.Info.Creator = "Lotse";
        pdf.Language = "de-DE";
        using (var w = new Writer(pdf))
        {
            w.Paragraph("Auskunft über Ihre gespeicherten Daten", F.Title, 6);
            w.Paragraph("nach Art. 15 Datenschutz-Grundverordnung und § 83 SGB X", F.Body, 10);
            w.Line("Aktenzeichen", d.FileNumber);
            w.Line("Person", d.ClientName);
            w.Line("Erstellt am", Time(d.GeneratedAt));
            w.Line("Erstellt von", $"{d.RequestedBy}, {d.RequestedByOrganisation}".Trim(' ', ','));
            w.Space(8);
            w.Paragraph("Diese Auskunft enthält alle Daten, die im Kommunalen Integrationsmanagement (Lotse) über Sie gespeichert sind, " +
                        "und ein Protokoll, wer wann auf diese Daten zugegriffen hat. Sie haben das Recht, unrichtige Daten berichtigen zu lassen " +
                        "(Art. 16 DSGVO), die Löschung zu verlangen (Art. 17 DSGVO), die Verarbeitung einschränken zu lassen (Art. 18 DSGVO) und " +
                        "sich bei der Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). Bitte wenden Sie sich dafür an Ihre Case Managerin oder Ihren " +
                        "Case Manager oder an die Datenschutzbeauftragte / den Datenschutzbeauftragten.", F.Body, 12);
            foreach (var section in d.Sections)
            {
                w.Keep(F.Heading.LineHeight * 3);
                w.Rule();
                w.Paragraph(section.Title, F.Heading, 4);
                foreach (var block in section.Blocks)
                {
                    if (block.Heading is { } h)
                    {
                        w.Keep(F.Sub.LineHeight + F.Body.LineHeight * 2);
                        w.Paragraph(h, F.Sub, 2);
                    }
                    var labelWidth = Math.Min(w.Width * 0.35, block.Lines.Select(l => w.Measure(l.Label, F.Bold)).DefaultIfEmpty(0).Max() + 10);
                    foreach (var line in block.Lines)
                    {
                        if (line.Label.Length == 0) w.Paragraph(line.Value, F.Body, 0);
                        else w.Line(line.Label, line.Value, labelWidth);
                    }
                    w.Space(6);
                }
            }
        }
        for (var i = 0; i < pdf.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = Writer.PageHeight - Writer.MarginBottom + 18;
            g.DrawString($"Auskunft {d.FileNumber} – vertraulich", F.Footer.Face, XBrushes.DimGray, new XPoint(Writer.MarginLeft, y), XStringFormats.TopLeft);
            g.DrawString(string.Format(CultureInfo.InvariantCulture, "Seite {0} von {1}", i + 1, pdf.PageCount), F.Footer.Face, XBrushes.DimGray,
                new XPoint(Writer.PageWidth - Writer.MarginRight, y), XStringFormats.TopRight);
        }
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private sealed record Font(XFont Face, double LineHeight);

    private static class F
    {
        public static readonly Font Title = Make(16, XFontStyleEx.Bold);
        public static readonly Font Heading = Make(12.5, XFontStyleEx.Bold);
        public static readonly Font Sub = Make(10.5, XFontStyleEx.Bold);
        public static readonly Font Body = Make(9.5, XFontStyleEx.Regular);
        public static readonly Font Bold = Make(9.5, XFontStyleEx.Bold);
        public static readonly Font Footer = Make(8, XFontStyleEx.Regular);

        private static Font Make(double size, XFontStyleEx style)
        {
            LotseFontResolver.EnsureInstalled();
            return new Font(new XFont(LotseFontResolver.FamilyName, size, style, XPdfFontOptions.UnicodeDefault), size * 1.35);
        }
    }

    /// <summary>A cursor over A4 pages that wraps text and breaks pages.</summary>
    private sealed class Writer : IDisposable
    {
        public const double PageWidth = 595.28, PageHeight = 841.89, MarginLeft = 62, MarginRight = 56, MarginTop = 56, MarginBottom = 64;
        private readonly PdfDocument _pdf;
        private XGraphics _g = null!;
        private double _y;

        public Writer(PdfDocument pdf)
        {
            _pdf = pdf;
            NewPage();
        }

        public double Width => PageWidth - MarginLeft - MarginRight;
        private double Remaining => PageHeight - MarginBottom - _y;

        private void NewPage()
        {
            _g?.Dispose();
            var page = _pdf.AddPage();
            page.Size = PageSize.A4;
            _g = XGraphics.FromPdfPage(page);
            _y = MarginTop;
        }

        public void Keep(double height)
        {
            if (Remaining < height && _y > MarginTop) NewPage();
        }

        public void Space(double points) => _y = Math.Min(_y + points, PageHeight - MarginBottom);

        public double Measure(string text, Font f) => _g.MeasureString(text, f.Face).Width;

        public void Rule()
        {
            Keep(4);
            _g.DrawLine(new XPen(XColor.FromArgb(11, 79, 138), 0.8), MarginLeft, _y, PageWidth - MarginRight, _y);
            _y += 5;
        }

        public void Paragraph(string text, Font f, double after)
        {
            foreach (var line in Wrap(text, f, Width))
            {
                if (Remaining < f.LineHeight) NewPage();
                _g.DrawString(line, f.Face, XBrushes.Black, new XPoint(MarginLeft, _y), XStringFormats.TopLeft);
                _y += f.LineHeight;
            }
            Space(after);
        }

        public void Line(string label, string value, double labelWidth = 90)
        {
            var lines = Wrap(value, F.Body, Width - labelWidth);
            var labelLines = Wrap(label, F.Bold, labelWidth - 6);
            for (var i = 0; i < Math.Max(lines.Count, labelLines.Count); i++)
            {
                if (Remaining < F.Body.LineHeight) NewPage();
                if (i < labelLines.Count) _g.DrawString(labelLines[i], F.Bold.Face, XBrushes.Black, new XPoint(MarginLeft, _y), XStringFormats.TopLeft);
                if (i < lines.Count) _g.DrawString(lines[i], F.Body.Face, XBrushes.Black, new XPoint(MarginLeft + labelWidth, _y), XStringFormats.TopLeft);
                _y += F.Body.LineHeight;
            }
        }

        private List<string> Wrap(string text, Font f, double width)
        {
            var result = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (Measure(candidate, f) <= width) { line = candidate; continue; }
                    if (line.Length > 0) result.Add(line);
                    line = word;
                    while (line.Length > 1 && Measure(line, f) > width)
                    {
                        var cut = line.Length - 1;
                        while (cut > 1 && Measure(line[..cut], f) > width) cut--;
                        result.Add(line[..cut]);
                        line = line[cut..];
                    }
                }
                result.Add(line);
            }
            return result;
        }

        public void Dispose() => _g?.Dispose();
    }
}
