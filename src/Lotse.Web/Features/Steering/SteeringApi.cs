using Lotse.Web.Features.Steering.Obstacles;
using Lotse.Web.Features.Steering.SteeringGroup;
using Lotse.Web.Features.Steering.WorkingGroups;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Steering;

/// <summary>Baustein 1 over the API: obstacles in cases, the obstacle board and topics, working groups, Lenkungsgruppe.</summary>
public static class SteeringApi
{
    public static RouteGroupBuilder MapSteeringApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/obstacles", async (Guid id, ObstacleWork work, CancellationToken ct) =>
                await work.OfCaseAsync(id, ct) is { } list ? Results.Ok(list) : Error.NotFound("Der Fall").ToProblem())
            .WithTags("Hemmnisse").WithSummary("Hemmnisse eines Falls (für die Beteiligten des Falls).");
        api.MapPost("/cases/{id:guid}/obstacles", async (Guid id, ObstacleInput input, ObstacleWork work, CancellationToken ct) =>
                (await work.RecordAsync(id, input, ct)).ToHttp(o => Results.Created($"/api/v1/cases/{id}/obstacles", new { id = o.Id })))
            .WithTags("Hemmnisse")
            .WithSummary("Hemmnis im eigenen Fall erfassen (Case Management).")
            .WithDescription("Sieht die Beschreibung nach einem Namen der Personen des Falls oder nach einem Datum aus, antwortet Lotse mit 400 und den Hinweisen unter „confirmNoPersonalData“; mit confirmNoPersonalData = true wird dann gespeichert.");

        var steering = api.MapGroup("/steering").WithTags("Steuerung");
        steering.MapGet("/obstacles/board", async ([AsParameters] BoardFilter filter, ObstacleBoard board, CancellationToken ct) =>
                (await board.BoardAsync(filter, ct)).ToHttp(Results.Ok))
            .WithSummary("Hemmnisse aggregiert nach Art, Organisation, Rechtskreis, Lebenslage, Regionalbereich und Monat (from/to = JJJJ-MM). Außerhalb der Koordinierenden Stelle: kleine Zellen als „< 5“.");
        steering.MapGet("/obstacles", async ([AsParameters] BoardFilter filter, ObstacleBoard board, CancellationToken ct, bool withoutTopic = false) =>
                (await board.ListAsync(filter, withoutTopic, ct)).ToHttp(Results.Ok))
            .WithSummary("Einzelne Hemmnisse ohne Bezug zu Person oder Fall (Koordinierende Stelle), zum Zusammenfassen in Themen.");

        steering.MapGet("/topics", async (ObstacleBoard board, CancellationToken ct) => (await board.TopicsAsync(ct)).ToHttp(Results.Ok))
            .WithSummary("Themen (Koordinierende Stelle: alle; Arbeitsgruppen: die ihnen übergebenen).");
        steering.MapPost("/topics", async (TopicInput input, ObstacleBoard board, CancellationToken ct) =>
                (await board.CreateTopicAsync(input, ct)).ToHttp(t => Results.Created($"/api/v1/steering/topics/{t.Id}", new { id = t.Id, version = t.Version })))
            .WithSummary("Thema anlegen und Hemmnisse darin zusammenfassen (Koordinierende Stelle).");
        steering.MapGet("/topics/{id:guid}", async (Guid id, ObstacleBoard board, CancellationToken ct) => (await board.TopicAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Thema mit seinen Hemmnissen (aggregiert; die Beschreibungen nur für die Koordinierende Stelle).");
        steering.MapPost("/topics/{id:guid}/obstacles", async (Guid id, TopicObstaclesInput input, ObstacleBoard board, CancellationToken ct) =>
                (await board.AddObstaclesAsync(id, input, ct)).ToHttp(t => Results.Ok(new { id = t.Id, version = t.Version })))
            .WithSummary("Weitere Hemmnisse einem Thema zuordnen (Koordinierende Stelle).");
        steering.MapPost("/topics/{id:guid}/handover", async (Guid id, TopicHandOverInput input, ObstacleBoard board, CancellationToken ct) =>
                (await board.HandOverAsync(id, input, ct)).ToHttp(t => Results.Ok(new { id = t.Id, version = t.Version })))
            .WithSummary("Thema an eine Arbeitsgruppe übergeben (Koordinierende Stelle).");

        var groups = steering.MapGroup("/working-groups");
        groups.MapGet("", async (WorkingGroupWork work, CancellationToken ct) => (await work.ListAsync(ct)).ToHttp(Results.Ok))
            .WithSummary("Arbeitsgruppen (Koordinierende Stelle: alle; sonst die eigenen).");
        groups.MapPost("", async (WorkingGroupInput input, WorkingGroupWork work, CancellationToken ct) =>
                (await work.CreateAsync(input, ct)).ToHttp(g => Results.Created($"/api/v1/steering/working-groups/{g.Id}", new { id = g.Id })))
            .WithSummary("Arbeitsgruppe einrichten (Koordinierende Stelle).");
        groups.MapGet("/{id:guid}", async (Guid id, WorkingGroupWork work, CancellationToken ct) => (await work.GetAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Arbeitsgruppe mit Mitgliedern, Themen, Sitzungen und Vorlagen (für Mitglieder und Koordinierende Stelle).");
        groups.MapPost("/{id:guid}/members", async (Guid id, MemberInput input, WorkingGroupWork work, CancellationToken ct) =>
                await Group(await work.AddMemberAsync(id, input, ct), work, ct))
            .WithSummary("Mitglied aufnehmen (Koordinierende Stelle).");
        groups.MapDelete("/{id:guid}/members/{userId:guid}", async (Guid id, Guid userId, WorkingGroupWork work, CancellationToken ct) =>
                await Group(await work.RemoveMemberAsync(id, userId, ct), work, ct))
            .WithSummary("Mitglied entfernen (Koordinierende Stelle).");
        groups.MapPost("/{id:guid}/meetings", async (Guid id, MeetingInput input, WorkingGroupWork work, CancellationToken ct) =>
                await Group(await work.AddMeetingAsync(id, input, ct), work, ct))
            .WithSummary("Sitzung dokumentieren: Datum, Teilnehmende, Notizen, Ergebnisse.");
        groups.MapPost("/{id:guid}/proposals", async (Guid id, ProposalInput input, WorkingGroupWork work, CancellationToken ct) =>
                await Group(await work.AddProposalAsync(id, input, ct), work, ct))
            .WithSummary("Vorlage für die Lenkungsgruppe entwerfen.");
        groups.MapPost("/{id:guid}/proposals/{proposalId:guid}/submission", async (Guid id, Guid proposalId, WorkingGroupWork work, CancellationToken ct) =>
                await Group(await work.SubmitProposalAsync(id, proposalId, ct), work, ct))
            .WithSummary("Vorlage bei der Lenkungsgruppe einreichen.");

        var sg = steering.MapGroup("/steering-group");
        sg.MapGet("/proposals", async (WorkingGroupWork work, CancellationToken ct) => (await work.SubmittedProposalsAsync(ct)).ToHttp(Results.Ok))
            .WithSummary("Eingereichte Vorlagen der Arbeitsgruppen.");
        sg.MapGet("/members", async (SteeringGroupWork work, CancellationToken ct) => (await work.MembersAsync(ct)).ToHttp(Results.Ok))
            .WithSummary("Mitglieder der Lenkungsgruppe.");
        sg.MapPost("/members", async (SteeringMemberInput input, SteeringGroupWork work, CancellationToken ct) =>
                (await work.AddMemberAsync(input, ct)).ToHttp(m => Results.Created($"/api/v1/steering/steering-group/members/{m.Id}", new { id = m.Id })))
            .WithSummary("Mitglied der Lenkungsgruppe eintragen (Koordinierende Stelle).");
        sg.MapGet("/meetings", async (SteeringGroupWork work, CancellationToken ct) => (await work.MeetingsAsync(ct)).ToHttp(Results.Ok))
            .WithSummary("Sitzungen der Lenkungsgruppe.");
        sg.MapPost("/meetings", async (SteeringMeetingInput input, SteeringGroupWork work, CancellationToken ct) =>
                (await work.CreateMeetingAsync(input, ct)).ToHttp(m => Results.Created($"/api/v1/steering/steering-group/meetings/{m.Id}", new { id = m.Id, version = m.Version })))
            .WithSummary("Sitzung anlegen (Koordinierende Stelle).");
        sg.MapGet("/meetings/{id:guid}", async (Guid id, SteeringGroupWork work, CancellationToken ct) => (await work.MeetingAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Sitzung mit Tagesordnung, Protokoll und Beschlüssen.");
        sg.MapPost("/meetings/{id:guid}/agenda", async (Guid id, AgendaItemInput input, SteeringGroupWork work, CancellationToken ct) =>
                await Meeting(await work.AddAgendaItemAsync(id, input, ct), work, ct))
            .WithSummary("Tagesordnungspunkt hinzufügen, auch eine eingereichte Vorlage (Koordinierende Stelle).");
        sg.MapPut("/meetings/{id:guid}/minutes", async (Guid id, MinutesInput input, SteeringGroupWork work, CancellationToken ct) =>
                await Meeting(await work.SetMinutesAsync(id, input, ct), work, ct))
            .WithSummary("Protokoll speichern (Koordinierende Stelle).");
        sg.MapPost("/meetings/{id:guid}/decisions", async (Guid id, DecisionInput input, SteeringGroupWork work, CancellationToken ct) =>
                (await work.DecideAsync(id, input, ct)).ToHttp(d => Results.Created($"/api/v1/steering/steering-group/decisions/{d.Id}", new { id = d.Id, number = d.Number })))
            .WithSummary("Empfehlenden Beschluss mit Wortlaut erfassen (Koordinierende Stelle).");
        sg.MapGet("/meetings/{id:guid}/agenda.pdf", (Guid id, SteeringGroupWork work, HttpContext http, CancellationToken ct) =>
                Pdf(id, MeetingDocumentKind.Agenda, work, http, ct))
            .Produces(200, contentType: "application/pdf").WithSummary("Tagesordnung als PDF (Koordinierende Stelle).");
        sg.MapGet("/meetings/{id:guid}/minutes.pdf", (Guid id, SteeringGroupWork work, HttpContext http, CancellationToken ct) =>
                Pdf(id, MeetingDocumentKind.Minutes, work, http, ct))
            .Produces(200, contentType: "application/pdf").WithSummary("Protokoll mit Beschlüssen als PDF (Koordinierende Stelle).");
        sg.MapGet("/decisions/{id:guid}", async (Guid id, SteeringGroupWork work, CancellationToken ct) => (await work.DecisionAsync(id, ct)).ToHttp(Results.Ok))
            .WithSummary("Beschluss mit seinen Maßnahmen und deren Statusverlauf: was aus ihm geworden ist.");
        sg.MapPost("/decisions/{id:guid}/measures", async (Guid id, MeasureInput input, SteeringGroupWork work, CancellationToken ct) =>
                (await work.AddMeasureAsync(id, input, ct)).ToHttp(m => Results.Created($"/api/v1/steering/steering-group/decisions/{id}", new { id = m.Id, version = m.Version })))
            .WithSummary("Maßnahme zu einem Beschluss: verantwortliche Organisation, Frist (Koordinierende Stelle).");
        sg.MapPost("/measures/{id:guid}/status", async (Guid id, MeasureStatusInput input, SteeringGroupWork work, CancellationToken ct) =>
                (await work.SetMeasureStatusAsync(id, input, ct)).ToHttp(m => Results.Ok(new { id = m.Id, status = m.Status, version = m.Version })))
            .WithSummary("Status einer Maßnahme ändern: offen → in Arbeit → erledigt, oder nicht weiterverfolgt (mit Begründung).");
        sg.MapGet("/measures/overdue", async (SteeringGroupWork work, CancellationToken ct) => (await work.OverdueAsync(ct)).ToHttp(Results.Ok))
            .WithSummary("Überfällige Maßnahmen.");
        return api;
    }

    private static async Task<IResult> Group(Result<Domain.Steering.WorkingGroup> result, WorkingGroupWork work, CancellationToken ct) =>
        result.IsSuccess ? (await work.GetAsync(result.Value!.Id, ct)).ToHttp(Results.Ok) : result.Error!.ToProblem();

    private static async Task<IResult> Meeting(Result<Domain.Steering.SteeringMeeting> result, SteeringGroupWork work, CancellationToken ct) =>
        result.IsSuccess ? (await work.MeetingAsync(result.Value!.Id, ct)).ToHttp(Results.Ok) : result.Error!.ToProblem();

    private static async Task<IResult> Pdf(Guid id, MeetingDocumentKind kind, SteeringGroupWork work, HttpContext http, CancellationToken ct)
    {
        var doc = await work.DocumentAsync(id, kind, ct);
        if (!doc.IsSuccess) return doc.Error!.ToProblem();
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{MeetingDocument.FileName(kind, doc.Value!.On)}\"";
        return Results.File(MeetingPdf.Render(doc.Value.Document), "application/pdf");
    }
}
