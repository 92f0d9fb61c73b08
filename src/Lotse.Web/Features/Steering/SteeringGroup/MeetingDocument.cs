using Lotse.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lotse.Web.Features.Steering.SteeringGroup;

public enum MeetingDocumentKind { Agenda, Minutes }

public enum BlockKind { Heading, Text, Item }

public sealed record DocumentBlock(BlockKind Kind, string Text);

/// <summary>The agenda (Tagesordnung) or the minutes (Protokoll) of a Lenkungsgruppe meeting: the same blocks for the print view and the PDF.</summary>
public sealed record MeetingDocument(string Title, string Subtitle, IReadOnlyList<DocumentBlock> Blocks)
{
    public static MeetingDocument Of(SteeringMeetingDto m, IReadOnlyList<SteeringMemberDto> members, MeetingDocumentKind kind)
    {
        var date = m.On.ToString("dd.MM.yyyy", SteeringNames.Culture);
        var blocks = new List<DocumentBlock>();
        if (members.Count > 0)
        {
            blocks.Add(new(BlockKind.Heading, "Mitglieder der Lenkungsgruppe"));
            blocks.AddRange(members.Select(x => new DocumentBlock(BlockKind.Item,
                x.OrganisationName is { } org ? $"{x.Name} – {x.FunctionName} ({org})" : $"{x.Name} – {x.FunctionName}")));
        }
        blocks.Add(new(BlockKind.Heading, "Tagesordnung"));
        if (m.Agenda.Count == 0) blocks.Add(new(BlockKind.Text, "Noch keine Tagesordnungspunkte."));
        foreach (var a in m.Agenda)
        {
            blocks.Add(new(BlockKind.Item, $"TOP {a.Sequence}: {a.Title}"));
            if (a.ProposalId is not null)
                blocks.Add(new(BlockKind.Text, $"Vorlage der Arbeitsgruppe „{a.WorkingGroupName}“: {a.ProposalText}"));
        }
        if (kind == MeetingDocumentKind.Minutes)
        {
            blocks.Add(new(BlockKind.Heading, "Protokoll"));
            blocks.Add(new(BlockKind.Text, string.IsNullOrWhiteSpace(m.Minutes) ? "Noch kein Protokoll erfasst." : m.Minutes));
            blocks.Add(new(BlockKind.Heading, "Beschlüsse (empfehlend)"));
            if (m.Decisions.Count == 0) blocks.Add(new(BlockKind.Text, "Keine Beschlüsse."));
            foreach (var d in m.Decisions)
            {
                blocks.Add(new(BlockKind.Item, $"Beschluss {d.Number}: {d.Title}"));
                blocks.Add(new(BlockKind.Text, d.Wording));
            }
        }
        var title = kind == MeetingDocumentKind.Agenda ? "Tagesordnung" : "Protokoll";
        return new MeetingDocument($"{title} der Sitzung der Lenkungsgruppe am {date}",
            m.Location is { } loc ? $"Ort: {loc}" : "Kommunales Integrationsmanagement", blocks);
    }

    public static string FileName(MeetingDocumentKind kind, DateOnly on) =>
        $"{(kind == MeetingDocumentKind.Agenda ? "Tagesordnung" : "Protokoll")}-Lenkungsgruppe-{on:yyyy-MM-dd}.pdf";
}

/// <summary>Renders a <see cref="MeetingDocument"/> as an A4 PDF with PDFsharp (wrapped text, page numbers).</summary>
public static class MeetingPdf
{
    private static readonly Lock Gate = new();

    public static byte[] Render(MeetingDocument document)
    {
        LotseFontResolver.EnsureInstalled();
        lock (Gate)
        {
            var title = PdfFont.Create(15, XFontStyleEx.Bold);
            var heading = PdfFont.Create(12, XFontStyleEx.Bold);
            var item = PdfFont.Create(10.5, XFontStyleEx.Bold);
            var body = PdfFont.Create(10, XFontStyleEx.Regular);
            var footer = PdfFont.Create(8, XFontStyleEx.Regular);
            using var pdf = new PdfDocument();
            pdf.Info.Title = document.Title;
            pdf.Info.Creator = "Lotse";
            pdf.Language = "de";
            using (var w = new A4Writer(pdf))
            {
                w.Paragraph(document.Title, title, 4);
                w.Paragraph(document.Subtitle, body, 8);
                foreach (var block in document.Blocks)
                {
                    switch (block.Kind)
                    {
                        case BlockKind.Heading:
                            w.KeepSpace(60);
                            w.Space(8);
                            w.Paragraph(block.Text, heading, 3);
                            break;
                        case BlockKind.Item:
                            w.Space(3);
                            w.Paragraph(block.Text, item, 1);
                            break;
                        default: w.Paragraph(block.Text, body, 3); break;
                    }
                }
            }
            A4Writer.Footers(pdf, (g, page, pages) => g.DrawString($"Seite {page} von {pages}", footer.Font, XBrushes.Gray,
                new XPoint(A4Writer.MarginLeft, A4Writer.FooterTop), XStringFormats.TopLeft));
            using var output = new MemoryStream();
            pdf.Save(output, closeStream: false);
            return output.ToArray();
        }
    }
}
