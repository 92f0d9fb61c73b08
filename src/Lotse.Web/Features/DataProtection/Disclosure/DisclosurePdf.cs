using System.Globalization;
using Lotse.Web.Infrastructure.Pdf;
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
        using (var w = new A4Writer(pdf))
        {
            w.Paragraph("Auskunft über Ihre gespeicherten Daten", F.Title, 6);
            w.Paragraph("nach Art. 15 Datenschutz-Grundverordnung und § 83 SGB X", F.Body, 10);
            const double headLabelWidth = 90;
            w.LabelledLine("Aktenzeichen", d.FileNumber, headLabelWidth, F.Bold, F.Body);
            w.LabelledLine("Person", d.ClientName, headLabelWidth, F.Bold, F.Body);
            w.LabelledLine("Erstellt am", Time(d.GeneratedAt), headLabelWidth, F.Bold, F.Body);
            w.LabelledLine("Erstellt von", $"{d.RequestedBy}, {d.RequestedByOrganisation}".Trim(' ', ','), headLabelWidth, F.Bold, F.Body);
            w.Space(8);
            w.Paragraph("Diese Auskunft enthält alle Daten, die im Kommunalen Integrationsmanagement (Lotse) über Sie gespeichert sind, " +
                        "und ein Protokoll, wer wann auf diese Daten zugegriffen hat. Sie haben das Recht, unrichtige Daten berichtigen zu lassen " +
                        "(Art. 16 DSGVO), die Löschung zu verlangen (Art. 17 DSGVO), die Verarbeitung einschränken zu lassen (Art. 18 DSGVO) und " +
                        "sich bei der Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). Bitte wenden Sie sich dafür an Ihre Case Managerin oder Ihren " +
                        "Case Manager oder an die Datenschutzbeauftragte / den Datenschutzbeauftragten.", F.Body, 12);
            foreach (var section in d.Sections)
            {
                w.KeepSpace(F.Heading.LineHeight * 3);
                w.Rule(XColor.FromArgb(11, 79, 138), 0.8, spaceAfter: 4.2);
                w.Paragraph(section.Title, F.Heading, 4);
                foreach (var block in section.Blocks)
                {
                    if (block.Heading is { } h)
                    {
                        w.KeepSpace(F.Sub.LineHeight + F.Body.LineHeight * 2);
                        w.Paragraph(h, F.Sub, 2);
                    }
                    var labelWidth = Math.Min(w.Width * 0.35, block.Lines.Select(l => w.Measure(l.Label, F.Bold)).DefaultIfEmpty(0).Max() + 10);
                    foreach (var line in block.Lines)
                    {
                        if (line.Label.Length == 0) w.Paragraph(line.Value, F.Body, 0);
                        else w.LabelledLine(line.Label, line.Value, labelWidth, F.Bold, F.Body);
                    }
                    w.Space(6);
                }
            }
        }
        A4Writer.Footers(pdf, (g, page, pages) =>
        {
            g.DrawString($"Auskunft {d.FileNumber} – vertraulich", F.Footer.Font, XBrushes.DimGray, new XPoint(A4Writer.MarginLeft, A4Writer.FooterTop), XStringFormats.TopLeft);
            g.DrawString(string.Format(CultureInfo.InvariantCulture, "Seite {0} von {1}", page, pages), F.Footer.Font, XBrushes.DimGray,
                new XPoint(A4Writer.PageWidth - A4Writer.MarginRight, A4Writer.FooterTop), XStringFormats.TopRight);
        });
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static class F
    {
        public static readonly PdfFont Title = PdfFont.Create(16, XFontStyleEx.Bold);
        public static readonly PdfFont Heading = PdfFont.Create(12.5, XFontStyleEx.Bold);
        public static readonly PdfFont Sub = PdfFont.Create(10.5, XFontStyleEx.Bold);
        public static readonly PdfFont Body = PdfFont.Create(9.5, XFontStyleEx.Regular);
        public static readonly PdfFont Bold = PdfFont.Create(9.5, XFontStyleEx.Bold);
        public static readonly PdfFont Footer = PdfFont.Create(8, XFontStyleEx.Regular);
    }
}
