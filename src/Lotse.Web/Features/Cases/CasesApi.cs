using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Cases.GoalAgreement;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Cases;

public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/cases", async (Guid clientId, CaseCommands commands, CaseQueries queries, CancellationToken ct) =>
                (await commands.OpenAsync(clientId, ct)).ToHttp(c => Results.Created($"/api/v1/cases/{c.Id}", new { id = c.Id, version = c.Version })))
            .WithTags("Fälle").WithSummary("Fall eröffnen (Case Management; ein aktiver Fall je Person).");

        var cases = api.MapGroup("/cases").WithTags("Fälle");

        cases.MapGet("/{id:guid}", async (Guid id, CaseQueries queries, CancellationToken ct) =>
                await queries.GetAsync(id, ct) is { } dto ? Results.Ok(dto) : Error.NotFound("Der Fall").ToProblem())
            .WithSummary("Fallakte mit Erstberatung, Assessments, Zielen, Schritten, Kontakten und Verlauf.");

        Map<IntakeInput>(cases, "/{id:guid}/intake", (c, id, i, ct) => c.RecordIntakeAsync(id, i, ct), "Erstberatung (Zugang) erfassen.");
        Map<AssessmentInput>(cases, "/{id:guid}/assessments", (c, id, i, ct) => c.RecordAssessmentAsync(id, i, ct), "Assessment oder Re-Assessment je Lebenslage erfassen.");
        Map<TransitionInput>(cases, "/{id:guid}/transitions", (c, id, i, ct) => c.MoveAsync(id, i, ct), "Phasenwechsel: Planning, Monitoring oder Evaluation.");
        Map<GoalInput>(cases, "/{id:guid}/goals", (c, id, i, ct) => c.AddGoalAsync(id, i, ct), "Ziel der Zielvereinbarung hinzufügen.");
        Map<PlanAgreementInput>(cases, "/{id:guid}/plan-agreement", (c, id, i, ct) => c.AgreePlanAsync(id, i, ct), "Zielvereinbarung abschließen (unterschrieben am).");
        Map<ClosureInput>(cases, "/{id:guid}/closure", (c, id, i, ct) => c.CloseAsync(id, i, ct), "Fall abschließen (Grund, Bewertung aller Ziele vorausgesetzt).");
        Map<ReopenInput>(cases, "/{id:guid}/reopening", (c, id, i, ct) => c.ReopenAsync(id, i, ct), "Abgeschlossenen Fall wiederaufnehmen.");
        Map<NoteInput>(cases, "/{id:guid}/notes", (c, id, i, ct) => c.AddNoteAsync(id, i, ct), "Kontakt dokumentieren (Monitoring).");
        Map<AppointmentInput>(cases, "/{id:guid}/appointments", (c, id, i, ct) => c.AddAppointmentAsync(id, i, ct), "Termin vereinbaren (Monitoring).");
        Map<HandOverInput>(cases, "/{id:guid}/handover", (c, id, i, ct) => c.HandOverAsync(id, i, ct), "Fall an andere Case Managerin/anderen Case Manager übergeben.");

        cases.MapPost("/{id:guid}/goals/{goalId:guid}/steps", async (Guid id, Guid goalId, StepInput input, CaseCommands c, CaseQueries q, CancellationToken ct) =>
                await Answer(await c.AddStepAsync(id, goalId, input, ct), q, ct))
            .WithSummary("Schritt zu einem Ziel hinzufügen (wer macht was bis wann).");
        cases.MapPut("/{id:guid}/steps/{stepId:guid}/status", async (Guid id, Guid stepId, StepStatusInput input, CaseCommands c, CaseQueries q, CancellationToken ct) =>
                await Answer(await c.SetStepStatusAsync(id, stepId, input, ct), q, ct))
            .WithSummary("Status eines Schritts setzen.");
        cases.MapPut("/{id:guid}/goals/{goalId:guid}/evaluation", async (Guid id, Guid goalId, GoalEvaluationInput input, CaseCommands c, CaseQueries q, CancellationToken ct) =>
                await Answer(await c.EvaluateGoalAsync(id, goalId, input, ct), q, ct))
            .WithSummary("Zielerreichung bewerten (Evaluation).");
        cases.MapGoalAgreementApi();

        api.MapGet("/caseload", async (Caseload caseload, CancellationToken ct) => Results.Ok(await caseload.MineAsync(ct)))
            .WithTags("Fälle").WithSummary("Eigene aktive Fälle mit Phase, nächster Fälligkeit und Überfälligem.");
        api.MapGet("/caseload/export", async (CaseloadExport export, CancellationToken ct, string? format = "csv") =>
                (await export.ExportAsync(format, ct)).ToHttp(f => f.ToResult()))
            .WithTags("Fälle")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Eigene Fallliste herunterladen: format=csv (UTF-8 mit BOM, „;“, TT.MM.JJJJ) oder format=xlsx.")
            .WithDescription("Zellen, die wie eine Formel beginnen (= + - @, Tabulator, Wagenrücklauf), werden entschärft. Jeder exportierte Fall wird protokolliert (Export).");
        api.MapGet("/caseload/overview", async (Caseload caseload, CancellationToken ct) =>
                await caseload.OverviewAsync(ct) is { } overview ? Results.Ok(overview)
                    : new Error(ErrorKind.Forbidden, "Die Fallzahlübersicht sieht nur die Koordinierende Stelle.").ToProblem())
            .WithTags("Fälle").WithSummary("Fallzahlen je Case Manager:in und Regionalbereich gegenüber dem Ziel 1:100 (Koordinierende Stelle).");
        return api;
    }

    private static void Map<TInput>(RouteGroupBuilder group, string pattern,
        Func<CaseCommands, Guid, TInput, CancellationToken, Task<Result<Case>>> run, string summary)
    {
        group.MapPost(pattern, async (Guid id, TInput input, CaseCommands commands, CaseQueries queries, CancellationToken ct) =>
                await Answer(await run(commands, id, input, ct), queries, ct))
            .WithSummary(summary);
    }

    /// <summary>A successful change answers with the updated case file (and its new version).</summary>
    private static async Task<IResult> Answer(Result<Case> result, CaseQueries queries, CancellationToken ct) =>
        result.IsSuccess ? Results.Ok(await queries.ToDtoAsync(result.Value!, ct)) : result.Error!.ToProblem();
}
