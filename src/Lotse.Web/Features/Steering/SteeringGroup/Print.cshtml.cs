using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.Steering.SteeringGroup;

/// <summary>Print view of a meeting's agenda or minutes (the same content as the PDF).</summary>
public sealed class PrintModel(SteeringGroupWork work) : SteeringPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Art { get; set; }

    public MeetingDocument Document { get; private set; } = null!;
    public MeetingDocumentKind Kind { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Kind = Art == "protokoll" ? MeetingDocumentKind.Minutes : MeetingDocumentKind.Agenda;
        var result = await work.DocumentAsync(Id, Kind, HttpContext.RequestAborted);
        if (!result.IsSuccess) return result.Error!.Kind == Infrastructure.Http.ErrorKind.Forbidden ? Forbid() : NotFound();
        Document = result.Value!.Document;
        return Page();
    }

    public string PdfUrl => $"/api/v1/steering/steering-group/meetings/{Id}/{(Kind == MeetingDocumentKind.Agenda ? "agenda" : "minutes")}.pdf";
}
