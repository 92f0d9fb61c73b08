using System.Globalization;
using Lotse.Web.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lotse.Web.Features.Cases.GoalAgreement;

/// <summary>
/// Renders a <see cref="GoalAgreementDocument"/> as an A4 PDF with PDFsharp: wrapped text, step tables that
/// continue on a new page (header repeated), signature block kept on one page, "Seite x von y" in the footer.
/// </summary>
public static class GoalAgreementPdf
{
    /// <summary>
    /// PDFsharp sets glyphs one by one, left to right: it has no Arabic shaping and no bidirectional layout,
    /// so right-to-left languages are offered in the HTML print view only.
    /// </summary>
    public static bool CanRender(GoalAgreementDocument document) => !document.RightToLeft;

    public static bool CanRender(GoalAgreementTexts texts) => !texts.RightToLeft;

    public static byte[] Render(GoalAgreementDocument document)
    {
        if (!CanRender(document))
            throw new NotSupportedException("Die PDF-Ausgabe unterstützt keine Schrift, die von rechts nach links läuft.");
        LotseFontResolver.EnsureInstalled();
        // Goal agreements are printed a few times a day; one at a time keeps PDFsharp's shared fonts,
        // pens and brushes (the static fields below) out of any threading question.
        lock (RenderGate) return RenderPdf(document);
    }

    private static readonly Lock RenderGate = new();

    private static byte[] RenderPdf(GoalAgreementDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{document.Title} – {document.FileNumber}";
        pdf.Info.Creator = "Lotse";
        pdf.Language = document.Language;

        using (var page = new PageWriter(pdf))
        {
            WriteHeader(page, document);
            WriteGoals(page, document);
            WriteAbout(page, document);
            WriteSignatures(page, document);
        }
        WriteFooters(pdf, document);

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void WriteHeader(PageWriter w, GoalAgreementDocument d)
    {
        w.Paragraph(d.Title, Fonts.Title, spaceAfter: 10);
        if (d.DraftNotice is { } notice) w.Banner(notice, Fonts.BodyBold, Colors.Draft, spaceAfter: 10);

        var labelWidth = d.Fields.Max(f => w.Measure(f.Label, Fonts.BodyBold)) + 12;
        foreach (var field in d.Fields)
            w.LabelledLine(field.Label, field.Value, labelWidth);
        w.Space(10);
        w.Paragraph(d.Intro, Fonts.Body, spaceAfter: 14);
    }

    private static void WriteGoals(PageWriter w, GoalAgreementDocument d)
    {
        w.KeepSpace(Fonts.Heading.Size * 2 + Fonts.Body.Size * 6);
        w.Paragraph(d.GoalsHeading, Fonts.Heading, spaceAfter: 6);
        if (d.NoGoalsText is { } none)
        {
            w.Paragraph(none, Fonts.Body, spaceAfter: 12);
            return;
        }
        foreach (var goal in d.Goals)
        {
            // Heading, life domain, the first lines of the goal and the table header stay together.
            w.KeepSpace(Fonts.Subheading.Size * 1.4 + Fonts.Body.Size * 1.35 * 4 + Table.HeaderHeight(w, d.Columns) + 30);
            w.Rule(Colors.Rule, 0.8);
            w.Space(6);
            w.Paragraph(goal.Heading, Fonts.Subheading, spaceAfter: 2);
            w.LabelledLine(goal.DomainLabel, goal.Domain, w.Measure(goal.DomainLabel, Fonts.BodyBold) + 8);
            w.Space(3);
            w.Paragraph(goal.Text, Fonts.GoalText, spaceAfter: 8);
            if (goal.NoStepsText is { } noSteps)
                w.Paragraph(noSteps, Fonts.Italic, spaceAfter: 14);
            else
                Table.Write(w, d.Columns, goal.Steps, continued: $"{goal.Heading} {d.ContinuedMark}");
            w.Space(10);
        }
    }

    private static void WriteAbout(PageWriter w, GoalAgreementDocument d)
    {
        w.KeepSpace(Fonts.Heading.Size * 2 + Fonts.Body.Size * 1.35 * 3);
        w.Paragraph(d.AboutHeading, Fonts.Heading, spaceAfter: 4);
        foreach (var paragraph in d.AboutParagraphs)
            w.Paragraph(paragraph, Fonts.Body, spaceAfter: 6);
        w.Space(10);
    }

    private static void WriteSignatures(PageWriter w, GoalAgreementDocument d)
    {
        const double lineGap = 34, labelHeight = 14, after = 12;
        var introHeight = w.Wrap(d.SignaturesIntro, Fonts.Body, w.Width).Count * Fonts.Body.LineHeight;
        var height = Fonts.Heading.LineHeight + 4 + introHeight + 6 + d.Signatures.Count * (lineGap + labelHeight + after);
        w.KeepSpace(height);
        w.Paragraph(d.SignaturesHeading, Fonts.Heading, spaceAfter: 4);
        w.Paragraph(d.SignaturesIntro, Fonts.Body, spaceAfter: 6);
        var placeWidth = w.Width * 0.38;
        var signatureLeft = w.Left + placeWidth + w.Width * 0.07;
        foreach (var line in d.Signatures)
        {
            var y = w.Y + lineGap;
            w.Graphics.DrawLine(Pens.Signature, w.Left, y, w.Left + placeWidth, y);
            w.Graphics.DrawLine(Pens.Signature, signatureLeft, y, w.Right, y);
            w.Text(line.PlaceDateLabel, Fonts.Small, w.Left, y + 3);
            w.Text(line.SignatureLabel, Fonts.Small, signatureLeft, y + 3);
            w.Y = y + labelHeight + after;
        }
    }

    private static void WriteFooters(PdfDocument pdf, GoalAgreementDocument d)
    {
        var count = pdf.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = PageWriter.FooterTop;
            gfx.DrawLine(Pens.Rule, PageWriter.MarginLeft, y, PageWriter.PageWidth - PageWriter.MarginRight, y);
            gfx.DrawString(d.FooterText, Fonts.Footer.Font, Colors.Muted, new XPoint(PageWriter.MarginLeft, y + 5), XStringFormats.TopLeft);
            var pageText = string.Format(CultureInfo.InvariantCulture, d.PageNumberFormat, i + 1, count);
            gfx.DrawString(pageText, Fonts.Footer.Font, Colors.Muted, new XPoint(PageWriter.PageWidth - PageWriter.MarginRight, y + 5), XStringFormats.TopRight);
        }
    }

    /// <summary>A font with its size and line height.</summary>
    internal sealed record FontSpec(XFont Font, double Size, double LineHeight);

    internal static class Fonts
    {
        public static readonly FontSpec Title = Make(16, XFontStyleEx.Bold, 1.3);
        public static readonly FontSpec Heading = Make(12.5, XFontStyleEx.Bold, 1.3);
        public static readonly FontSpec Subheading = Make(11, XFontStyleEx.Bold, 1.3);
        public static readonly FontSpec Body = Make(10, XFontStyleEx.Regular, 1.35);
        public static readonly FontSpec BodyBold = Make(10, XFontStyleEx.Bold, 1.35);
        public static readonly FontSpec GoalText = Make(10.5, XFontStyleEx.Regular, 1.35);
        public static readonly FontSpec Italic = Make(10, XFontStyleEx.Italic, 1.35);
        public static readonly FontSpec Cell = Make(9, XFontStyleEx.Regular, 1.3);
        public static readonly FontSpec CellBold = Make(9, XFontStyleEx.Bold, 1.3);
        public static readonly FontSpec Small = Make(8.5, XFontStyleEx.Regular, 1.3);
        public static readonly FontSpec Footer = Make(8, XFontStyleEx.Regular, 1.3);

        private static FontSpec Make(double size, XFontStyleEx style, double lineFactor)
        {
            LotseFontResolver.EnsureInstalled();
            return new(new XFont(LotseFontResolver.FamilyName, size, style, XPdfFontOptions.UnicodeDefault), size, size * lineFactor);
        }
    }

    private static class Colors
    {
        public static readonly XBrush Text = XBrushes.Black;
        public static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(85, 85, 85));
        public static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(233, 237, 242));
        public static readonly XBrush DraftFill = new XSolidBrush(XColor.FromArgb(255, 244, 224));
        public static readonly XColor Draft = XColor.FromArgb(122, 75, 0);
        public static readonly XColor Rule = XColor.FromArgb(11, 79, 138);
    }

    private static class Pens
    {
        public static readonly XPen Grid = new(XColor.FromArgb(150, 150, 150), 0.5);
        public static readonly XPen Rule = new(XColor.FromArgb(150, 150, 150), 0.5);
        public static readonly XPen Signature = new(XColors.Black, 0.7);
    }

    /// <summary>The steps of one goal: what, who, by when, status.</summary>
    private static class Table
    {
        private static readonly double[] Fractions = [0.44, 0.25, 0.14, 0.17];
        private const double Padding = 4;

        public static double HeaderHeight(PageWriter w, StepColumns columns) =>
            Height(w, [columns.What, columns.Who, columns.Due, columns.Status], Fonts.CellBold);

        public static void Write(PageWriter w, StepColumns columns, IReadOnlyList<StepRow> rows, string continued)
        {
            string[] header = [columns.What, columns.Who, columns.Due, columns.Status];
            DrawRow(w, header, Fonts.CellBold, Colors.HeaderFill);
            foreach (var row in rows)
            {
                var lines = Cells(w, [row.What, row.Who, row.Due, row.Status], Fonts.Cell);
                var start = 0;
                var total = lines.Max(l => l.Count);
                var onFreshPage = false;
                while (start < total)
                {
                    var rest = total - start;
                    var fit = (int)Math.Floor((w.Remaining - 2 * Padding) / Fonts.Cell.LineHeight);
                    // A row that does not fit moves to the next page whole; only a row longer than a page is split.
                    var fitsOnFreshPage = rest <= w.LinesPerEmptyPage(Fonts.Cell.LineHeight, 2 * Padding);
                    if (fit < rest && !onFreshPage && (fitsOnFreshPage || fit < 3))
                    {
                        w.NewPage();
                        w.Paragraph(continued, Fonts.Subheading, spaceAfter: 4);
                        DrawRow(w, header, Fonts.CellBold, Colors.HeaderFill);
                        onFreshPage = true;
                        continue;
                    }
                    var take = Math.Clamp(fit, 1, rest);
                    DrawLines(w, lines, start, take, Fonts.Cell, fill: null);
                    start += take;
                    onFreshPage = false;
                }
            }
        }

        private static void DrawRow(PageWriter w, string[] cells, FontSpec font, XBrush? fill)
        {
            var lines = Cells(w, cells, font);
            DrawLines(w, lines, 0, lines.Max(l => l.Count), font, fill);
        }

        private static void DrawLines(PageWriter w, List<List<string>> lines, int start, int count, FontSpec font, XBrush? fill)
        {
            var height = count * font.LineHeight + 2 * Padding;
            var x = w.Left;
            if (fill is not null) w.Graphics.DrawRectangle(fill, x, w.Y, w.Width, height);
            for (var c = 0; c < lines.Count; c++)
            {
                var width = w.Width * Fractions[c];
                w.Graphics.DrawRectangle(Pens.Grid, x, w.Y, width, height);
                for (var i = start; i < Math.Min(start + count, lines[c].Count); i++)
                    w.Text(lines[c][i], font, x + Padding, w.Y + Padding + (i - start) * font.LineHeight);
                x += width;
            }
            w.Y += height;
        }

        private static double Height(PageWriter w, string[] cells, FontSpec font) =>
            Cells(w, cells, font).Max(l => l.Count) * font.LineHeight + 2 * Padding;

        private static List<List<string>> Cells(PageWriter w, string[] cells, FontSpec font) =>
            cells.Select((text, c) => w.Wrap(text, font, w.Width * Fractions[c] - 2 * Padding)).ToList();
    }

    /// <summary>A cursor over A4 pages: measures, wraps and breaks pages.</summary>
    private sealed class PageWriter : IDisposable
    {
        public const double PageWidth = 595.28, PageHeight = 841.89;
        public const double MarginLeft = 62, MarginRight = 56, MarginTop = 56, MarginBottom = 64;
        public const double FooterTop = PageHeight - MarginBottom + 18;

        private readonly PdfDocument _pdf;
        private XGraphics? _gfx;

        public PageWriter(PdfDocument pdf)
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

        public double Measure(string text, FontSpec font) => Graphics.MeasureString(text, font.Font).Width;

        public void Text(string text, FontSpec font, double x, double y, XBrush? brush = null) =>
            Graphics.DrawString(text, font.Font, brush ?? Colors.Text, new XPoint(x, y), XStringFormats.TopLeft);

        public void Paragraph(string text, FontSpec font, double spaceAfter, XBrush? brush = null)
        {
            var lines = Wrap(text, font, Width);
            // Short paragraphs stay on one page; long ones break wherever the page ends.
            if (lines.Count <= 6) KeepSpace(lines.Count * font.LineHeight);
            foreach (var line in lines)
            {
                if (Remaining < font.LineHeight) NewPage();
                Text(line, font, Left, Y, brush);
                Y += font.LineHeight;
            }
            Space(spaceAfter);
        }

        /// <summary>A label in bold and its value, wrapped beside it.</summary>
        public void LabelledLine(string label, string value, double labelWidth)
        {
            var lines = Wrap(value, Fonts.Body, Width - labelWidth);
            for (var i = 0; i < lines.Count; i++)
            {
                if (Remaining < Fonts.Body.LineHeight) NewPage();
                if (i == 0) Text(label, Fonts.BodyBold, Left, Y);
                Text(lines[i], Fonts.Body, Left + labelWidth, Y);
                Y += Fonts.Body.LineHeight;
            }
        }

        /// <summary>A framed, tinted box: the draft marking.</summary>
        public void Banner(string text, FontSpec font, XColor color, double spaceAfter)
        {
            const double pad = 7;
            var lines = Wrap(text, font, Width - 2 * pad - 4);
            var height = lines.Count * font.LineHeight + 2 * pad;
            KeepSpace(height);
            Graphics.DrawRectangle(new XPen(color, 2), Colors.DraftFill, Left, Y, Width, height);
            var brush = new XSolidBrush(color);
            for (var i = 0; i < lines.Count; i++)
                Text(lines[i], font, Left + pad + 2, Y + pad + i * font.LineHeight, brush);
            Y += height;
            Space(spaceAfter);
        }

        public void Rule(XColor color, double thickness)
        {
            if (Remaining < thickness) NewPage();
            Graphics.DrawLine(new XPen(color, thickness), Left, Y, Right, Y);
            Y += thickness;
        }

        /// <summary>Breaks text into lines no wider than <paramref name="width"/>: at spaces, at line breaks, inside over-long words.</summary>
        public List<string> Wrap(string text, FontSpec font, double width)
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
                    while (Measure(line, font) > width && line.Length > 1)
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
