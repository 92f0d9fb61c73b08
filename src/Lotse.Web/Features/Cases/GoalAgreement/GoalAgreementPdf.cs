using System.Globalization;
using Lotse.Web.Infrastructure.Pdf;
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

        using (var page = new A4Writer(pdf))
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

    private static void WriteHeader(A4Writer w, GoalAgreementDocument d)
    {
        w.Paragraph(d.Title, Fonts.Title, spaceAfter: 10);
        if (d.DraftNotice is { } notice) w.Banner(notice, Fonts.BodyBold, Colors.Draft, Colors.DraftFill, spaceAfter: 10);

        var labelWidth = d.Fields.Max(f => w.Measure(f.Label, Fonts.BodyBold)) + 12;
        foreach (var field in d.Fields)
            w.LabelledLine(field.Label, field.Value, labelWidth, Fonts.BodyBold, Fonts.Body);
        w.Space(10);
        w.Paragraph(d.Intro, Fonts.Body, spaceAfter: 14);
    }

    private static void WriteGoals(A4Writer w, GoalAgreementDocument d)
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
            w.LabelledLine(goal.DomainLabel, goal.Domain, w.Measure(goal.DomainLabel, Fonts.BodyBold) + 8, Fonts.BodyBold, Fonts.Body);
            w.Space(3);
            w.Paragraph(goal.Text, Fonts.GoalText, spaceAfter: 8);
            if (goal.NoStepsText is { } noSteps)
                w.Paragraph(noSteps, Fonts.Italic, spaceAfter: 14);
            else
                Table.Write(w, d.Columns, goal.Steps, continued: $"{goal.Heading} {d.ContinuedMark}");
            w.Space(10);
        }
    }

    private static void WriteAbout(A4Writer w, GoalAgreementDocument d)
    {
        w.KeepSpace(Fonts.Heading.Size * 2 + Fonts.Body.Size * 1.35 * 3);
        w.Paragraph(d.AboutHeading, Fonts.Heading, spaceAfter: 4);
        foreach (var paragraph in d.AboutParagraphs)
            w.Paragraph(paragraph, Fonts.Body, spaceAfter: 6);
        w.Space(10);
    }

    private static void WriteSignatures(A4Writer w, GoalAgreementDocument d)
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
        A4Writer.Footers(pdf, (gfx, page, pages) =>
        {
            const double y = A4Writer.FooterTop;
            gfx.DrawLine(Pens.Rule, A4Writer.MarginLeft, y, A4Writer.PageWidth - A4Writer.MarginRight, y);
            gfx.DrawString(d.FooterText, Fonts.Footer.Font, Colors.Muted, new XPoint(A4Writer.MarginLeft, y + 5), XStringFormats.TopLeft);
            var pageText = string.Format(CultureInfo.InvariantCulture, d.PageNumberFormat, page, pages);
            gfx.DrawString(pageText, Fonts.Footer.Font, Colors.Muted, new XPoint(A4Writer.PageWidth - A4Writer.MarginRight, y + 5), XStringFormats.TopRight);
        });
    }

    internal static class Fonts
    {
        public static readonly PdfFont Title = Make(16, XFontStyleEx.Bold, 1.3);
        public static readonly PdfFont Heading = Make(12.5, XFontStyleEx.Bold, 1.3);
        public static readonly PdfFont Subheading = Make(11, XFontStyleEx.Bold, 1.3);
        public static readonly PdfFont Body = Make(10, XFontStyleEx.Regular, 1.35);
        public static readonly PdfFont BodyBold = Make(10, XFontStyleEx.Bold, 1.35);
        public static readonly PdfFont GoalText = Make(10.5, XFontStyleEx.Regular, 1.35);
        public static readonly PdfFont Italic = Make(10, XFontStyleEx.Italic, 1.35);
        public static readonly PdfFont Cell = Make(9, XFontStyleEx.Regular, 1.3);
        public static readonly PdfFont CellBold = Make(9, XFontStyleEx.Bold, 1.3);
        public static readonly PdfFont Small = Make(8.5, XFontStyleEx.Regular, 1.3);
        public static readonly PdfFont Footer = Make(8, XFontStyleEx.Regular, 1.3);

        private static PdfFont Make(double size, XFontStyleEx style, double lineFactor) => PdfFont.Create(size, style, lineFactor);
    }

    private static class Colors
    {
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

        public static double HeaderHeight(A4Writer w, StepColumns columns) =>
            Height(w, [columns.What, columns.Who, columns.Due, columns.Status], Fonts.CellBold);

        public static void Write(A4Writer w, StepColumns columns, IReadOnlyList<StepRow> rows, string continued)
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

        private static void DrawRow(A4Writer w, string[] cells, PdfFont font, XBrush? fill)
        {
            var lines = Cells(w, cells, font);
            DrawLines(w, lines, 0, lines.Max(l => l.Count), font, fill);
        }

        private static void DrawLines(A4Writer w, List<List<string>> lines, int start, int count, PdfFont font, XBrush? fill)
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

        private static double Height(A4Writer w, string[] cells, PdfFont font) =>
            Cells(w, cells, font).Max(l => l.Count) * font.LineHeight + 2 * Padding;

        private static List<List<string>> Cells(A4Writer w, string[] cells, PdfFont font) =>
            cells.Select((text, c) => w.Wrap(text, font, w.Width * Fractions[c] - 2 * Padding)).ToList();
    }
}
