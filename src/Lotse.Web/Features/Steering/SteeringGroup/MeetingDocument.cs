using Lotse.Web.Infrastructure.Pdf;
using PdfSharp;
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
    private const double Width = 595.28, Height = 841.89, Left = 62, Right = 56, Top = 56, Bottom = 64;
    private static readonly Lock Gate = new();

    public static byte[] Render(MeetingDocument document)
    {
        LotseFontResolver.EnsureInstalled();
        lock (Gate)
        {
            var title = Font(15, XFontStyleEx.Bold);
            var heading = Font(12, XFontStyleEx.Bold);
            var item = Font(10.5, XFontStyleEx.Bold);
            var body = Font(10, XFontStyleEx.Regular);
            var footer = Font(8, XFontStyleEx.Regular);
            using var pdf = new PdfDocument();
            pdf.Info.Title = document.Title;
            pdf.Info.Creator = "Lotse";
            pdf.Language = "de";
            XGraphics? gfx = null;
            double y = 0;
            void NewPage()
            {
                gfx?.Dispose();
                var page = pdf.AddPage();
                page.Size = PageSize.A4;
                gfx = XGraphics.FromPdfPage(page);
                y = Top;
            }
            void Write(string text, XFont font, double size, double before, double after)
            {
                var lineHeight = size * 1.35;
                y += before;
                foreach (var line in Wrap(gfx!, text, font, Width - Left - Right))
                {
                    if (y + lineHeight > Height - Bottom) NewPage();
                    gfx!.DrawString(line, font, XBrushes.Black, new XPoint(Left, y), XStringFormats.TopLeft);
                    y += lineHeight;
                }
                y += after;
            }
            NewPage();
            Write(document.Title, title, 15, 0, 4);
            Write(document.Subtitle, body, 10, 0, 8);
            foreach (var block in document.Blocks)
            {
                switch (block.Kind)
                {
                    case BlockKind.Heading:
                        if (y + 60 > Height - Bottom) NewPage();
                        Write(block.Text, heading, 12, 8, 3);
                        break;
                    case BlockKind.Item: Write(block.Text, item, 10.5, 3, 1); break;
                    default: Write(block.Text, body, 10, 0, 3); break;
                }
            }
            gfx?.Dispose();
            for (var i = 0; i < pdf.PageCount; i++)
            {
                using var g = XGraphics.FromPdfPage(pdf.Pages[i]);
                g.DrawString($"Seite {i + 1} von {pdf.PageCount}", footer, XBrushes.Gray, new XPoint(Left, Height - Bottom + 18), XStringFormats.TopLeft);
            }
            using var output = new MemoryStream();
            pdf.Save(output, closeStream: false);
            return output.ToArray();
        }
    }

    private static XFont Font(double size, XFontStyleEx style) => new(LotseFontResolver.FamilyName, size, style, XPdfFontOptions.UnicodeDefault);

    private static IEnumerable<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && g.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else line = candidate;
            }
            yield return line;
        }
    }
}
