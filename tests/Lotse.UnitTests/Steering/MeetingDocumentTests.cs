using Lotse.UnitTests.Cases;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Steering.SteeringGroup;

namespace Lotse.UnitTests.Steering;

public class MeetingDocumentTests
{
    private static readonly SteeringMeetingDto Meeting = new(Guid.NewGuid(), new DateOnly(2026, 11, 12), "Kreishaus, Sitzungsraum 2",
        [
            new AgendaItemDto(Guid.NewGuid(), 1, "Begrüßung", null, null, null, null),
            new AgendaItemDto(Guid.NewGuid(), 2, "Frist für die Verpflichtung", Guid.NewGuid(), "Frist für die Verpflichtung", "Zehn Arbeitstage.", "AG Sprache und Arbeit")
        ],
        "Die Vorlage wurde beraten.",
        [new DecisionSummaryDto(Guid.NewGuid(), 1, "Zehn Arbeitstage", "Die Lenkungsgruppe empfiehlt zehn Arbeitstage.", 2, 1)], 3);

    private static readonly SteeringMemberDto[] Members =
        [new(Guid.NewGuid(), "Vorsitz des Integrationsrats", SteeringMemberFunction.IntegrationCouncilChair, "Vorsitz des Integrationsrats", null, null, false)];

    [Fact]
    public void The_agenda_lists_the_items_with_their_proposals_but_no_minutes_or_decisions()
    {
        var d = MeetingDocument.Of(Meeting, Members, MeetingDocumentKind.Agenda);
        Assert.Equal("Tagesordnung der Sitzung der Lenkungsgruppe am 12.11.2026", d.Title);
        var text = string.Join("\n", d.Blocks.Select(b => b.Text));
        Assert.Contains("TOP 2: Frist für die Verpflichtung", text);
        Assert.Contains("Vorlage der Arbeitsgruppe „AG Sprache und Arbeit“: Zehn Arbeitstage.", text);
        Assert.DoesNotContain("Die Vorlage wurde beraten.", text);
        Assert.DoesNotContain("Beschluss 1", text);
    }

    [Fact]
    public void The_minutes_pdf_carries_agenda_minutes_and_decisions()
    {
        var pdf = MeetingPdf.Render(MeetingDocument.Of(Meeting, Members, MeetingDocumentKind.Minutes));
        // Wrapped lines come back as separate runs: compare with single spaces.
        var text = System.Text.RegularExpressions.Regex.Replace(string.Join(" ", PdfText.Pages(pdf)), @"\s+", " ");
        Assert.Contains("Protokoll der Sitzung der Lenkungsgruppe am 12.11.2026", text);
        Assert.Contains("TOP 1: Begrüßung", text);
        Assert.Contains("Die Vorlage wurde beraten.", text);
        Assert.Contains("Beschluss 1: Zehn Arbeitstage", text);
        Assert.Contains("Seite 1 von 1", text);
    }
}
