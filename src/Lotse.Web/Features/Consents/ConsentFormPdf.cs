using System.Globalization;
using Lotse.Web.Infrastructure.Pdf;
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
            using (var w = new A4Writer(pdf))
            {
                w.Paragraph(d.Title, F.Title, 10);
                var labelWidth = d.Fields.Max(f => w.Measure(f.Label, F.Bold)) + 12;
                foreach (var (label, value) in d.Fields) w.LabelledLine(label, value, labelWidth, F.Bold, F.Body);
                w.Space(8);
                w.Paragraph(d.Intro, F.Body, 10);
                Section(w, d.RecipientsHeading, d.Recipients, bullets: true);
                Section(w, d.CategoriesHeading, d.Categories, bullets: true);
                Section(w, d.PurposeHeading, [d.Purpose], bullets: false);
                Section(w, d.ValidityHeading, d.Validity, bullets: false);
                if (d.GuardianHeading is not null) Section(w, d.GuardianHeading, [d.GuardianText!], bullets: false);
                if (d.HealthHeading is not null) Section(w, d.HealthHeading, [d.HealthText!], bullets: false);
                Section(w, d.RightsHeading, d.Rights, bullets: false);
                Signatures(w, d);
            }
            A4Writer.Footers(pdf, (gfx, page, pages) =>
            {
                const double y = A4Writer.FooterTop;
                gfx.DrawLine(new XPen(XColor.FromArgb(150, 150, 150), 0.5), A4Writer.MarginLeft, y, A4Writer.PageWidth - A4Writer.MarginRight, y);
                gfx.DrawString(d.Footer, F.Footer.Font, XBrushes.DimGray, new XPoint(A4Writer.MarginLeft, y + 5), XStringFormats.TopLeft);
                gfx.DrawString(string.Format(CultureInfo.InvariantCulture, d.PageNumberFormat, page, pages), F.Footer.Font, XBrushes.DimGray,
                    new XPoint(A4Writer.PageWidth - A4Writer.MarginRight, y + 5), XStringFormats.TopRight);
            });
            using var output = new MemoryStream();
            pdf.Save(output, closeStream: false);
            return output.ToArray();
        }
    }

    private static void Section(A4Writer w, string heading, IReadOnlyList<string> items, bool bullets)
    {
        w.KeepSpace(F.Heading.LineHeight * 2 + F.Body.LineHeight * 3);
        w.Paragraph(heading, F.Heading, 3);
        foreach (var item in items)
        {
            if (bullets) w.Bullet(item, F.Body);
            else w.Paragraph(item, F.Body, 4);
        }
        w.Space(8);
    }

    private static void Signatures(A4Writer w, ConsentFormDocument d)
    {
        const double gap = 34, label = 14, after = 12;
        w.KeepSpace(F.Heading.LineHeight + F.Body.LineHeight * 3 + d.Signatures.Count * (gap + label + after));
        w.Paragraph(d.SignaturesHeading, F.Heading, 3);
        w.Paragraph(d.SignaturesIntro, F.Body, 6);
        var pen = new XPen(XColors.Black, 0.7);
        var placeWidth = w.Width * 0.38;
        var signLeft = A4Writer.MarginLeft + placeWidth + w.Width * 0.07;
        foreach (var (place, signature) in d.Signatures)
        {
            var y = w.Y + gap;
            w.Graphics.DrawLine(pen, A4Writer.MarginLeft, y, A4Writer.MarginLeft + placeWidth, y);
            w.Graphics.DrawLine(pen, signLeft, y, A4Writer.PageWidth - A4Writer.MarginRight, y);
            w.Text(place, F.Small, A4Writer.MarginLeft, y + 3);
            w.Text(signature, F.Small, signLeft, y + 3);
            w.Y = y + label + after;
        }
    }

    private static class F
    {
        public static readonly PdfFont Title = PdfFont.Create(15, XFontStyleEx.Bold);
        public static readonly PdfFont Heading = PdfFont.Create(12, XFontStyleEx.Bold);
        public static readonly PdfFont Body = PdfFont.Create(10, XFontStyleEx.Regular);
        public static readonly PdfFont Bold = PdfFont.Create(10, XFontStyleEx.Bold);
        public static readonly PdfFont Small = PdfFont.Create(8.5, XFontStyleEx.Regular);
        public static readonly PdfFont Footer = PdfFont.Create(8, XFontStyleEx.Regular);
    }
}
