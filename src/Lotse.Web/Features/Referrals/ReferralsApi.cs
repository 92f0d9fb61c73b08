using Lotse.Web.Domain.Referrals;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Referrals;

public static class ReferralsApi
{
    public static RouteGroupBuilder MapReferralsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/referrals").WithTags("Verweisungen");

        g.MapPost("/", async (ReferralInput input, ReferralCommands commands, ReferralQueries queries, CancellationToken ct) =>
            {
                if (input.CaseId is not { } caseId) return Error.Invalid("caseId", "Bitte geben Sie den Fall an, aus dem verwiesen wird.").ToProblem();
                var result = await commands.CreateAsync(caseId, input, ct);
                if (!result.IsSuccess) return result.Error!.ToProblem();
                var dto = await queries.GetAsync(result.Value!.Id, ct);
                return dto.ToHttp(d => Results.Created($"/api/v1/referrals/{d.Id}", d));
            })
            .Produces<ReferralDto>(StatusCodes.Status201Created)
            .WithSummary("Verweisung als Entwurf anlegen (aus einem Fall ab der Phase Linking).")
            .WithDescription("Empfangende Organisation, optional eine Person dort, Leistung, Ziel bzw. Schritt, weitergegebene Datenkategorien, Dringlichkeit, Frist, Nachricht, Aktenzeichen der Partnerorganisation (SGB II/III/VIII).");

        g.MapGet("/{id:guid}", async (Guid id, ReferralQueries queries, CancellationToken ct) => (await queries.GetAsync(id, ct)).ToHttp(Results.Ok))
            .Produces<ReferralDto>()
            .WithSummary("Eine Verweisung mit Verlauf, Durchlaufzeiten und – für die empfangende Stelle – den freigegebenen Daten der Person.")
            .WithDescription("Die empfangende Organisation sieht nur die weitergegebenen Kategorien, die eine gültige Einwilligung jetzt abdeckt. Nicht sichtbare Verweisungen: 404.");

        g.MapPost("/{id:guid}/seen", async (Guid id, ReferralQueries queries, CancellationToken ct) => (await queries.GetAsync(id, ct, markSeen: true)).ToHttp(Results.Ok))
            .Produces<ReferralDto>()
            .WithSummary("Ergebnis/Rückmeldung als gesehen markieren (Case Management; Hinweis auf der Startseite verschwindet).");

        g.MapGet("/mine", async (ReferralQueries queries, CancellationToken ct, ReferralStatus? status, string? after, int? pageSize) =>
                Results.Ok(await queries.MineAsync(new ReferralListQuery { Status = status, After = after, PageSize = pageSize ?? 25 }, ct)))
            .Produces<ReferralPage>()
            .WithSummary("Verweisungen aus den Fällen der eigenen Organisation (neueste zuerst; Keyset-Paging über „next“ → after).");

        g.MapGet("/inbox", async (ReferralQueries queries, CancellationToken ct, ReferralStatus? status, string? after, int? pageSize) =>
                Results.Ok(await queries.InboxAsync(new ReferralListQuery { Status = status, After = after, PageSize = pageSize ?? 25 }, ct)))
            .Produces<ReferralPage>()
            .WithSummary("Eingang Verweisungen der empfangenden Organisation (neueste zuerst, Statusfilter, Keyset-Paging).");

        Map<ReferralChange>(g, "/{id:guid}/send", (c, id, i, ct) => c.SendAsync(id, i, ct),
            "Entwurf versenden; abgelehnt (400), wenn eine weitergegebene Kategorie nicht durch eine gültige Einwilligung gedeckt ist.");
        Map<ReasonInput>(g, "/{id:guid}/cancel", (c, id, i, ct) => c.CancelAsync(id, i, ct), "Verweisung stornieren (mit Begründung).");
        Map<AcceptInput>(g, "/{id:guid}/accept", (c, id, i, ct) => c.AcceptAsync(id, i, ct), "Verweisung annehmen (empfangende Organisation), optional mit eigenem Aktenzeichen.");
        Map<ReasonInput>(g, "/{id:guid}/reject", (c, id, i, ct) => c.RejectAsync(id, i, ct), "Verweisung ablehnen (mit Begründung).");
        Map<FirstAppointmentInput>(g, "/{id:guid}/first-appointment", (c, id, i, ct) => c.RecordFirstAppointmentAsync(id, i, ct),
            "Ersttermin erfassen; die Verweisung ist dann in Bearbeitung.");
        Map<FeedbackInput>(g, "/{id:guid}/feedback", (c, id, i, ct) => c.AddFeedbackAsync(id, i, ct), "Rückmeldung schreiben (beide Seiten).");
        Map<CompleteInput>(g, "/{id:guid}/complete", (c, id, i, ct) => c.CompleteAsync(id, i, ct),
            "Verweisung mit Ergebnis abschließen; der verknüpfte Schritt im Fall wird erledigt.");

        g.MapGet("/lead-times", async (ReferralQueries queries, ReferralAccess access, TimeProvider clock, CancellationToken ct,
                DateOnly? from, DateOnly? to, Guid? organisationId) =>
            {
                var today = Domain.LocalCalendar.Today(clock);
                var rows = await queries.LeadTimesAsync(from ?? today.AddYears(-1), to ?? today, organisationId, ct);
                var exact = access.IsCoordinator;
                return Results.Ok(rows.Select(r => LeadTimesView.Of(r, exact)));
            })
            .WithSummary("Durchlaufzeiten je empfangender Organisation und Leistung: Median und 80. Perzentil in Tagen, mit Anzahl.")
            .WithDescription("Perzentile durch lineare Interpolation (Typ 7, wie QUANTIL.INKL). Außerhalb der Koordinierenden Stelle werden Gruppen mit weniger als 5 Verweisungen nur als „< 5“ gezeigt, ohne Werte.");
        return api;
    }

    private static void Map<TInput>(RouteGroupBuilder group, string pattern,
        Func<ReferralCommands, Guid, TInput, CancellationToken, Task<Result<Referral>>> run, string summary)
    {
        group.MapPost(pattern, async (Guid id, TInput input, ReferralCommands commands, ReferralQueries queries, CancellationToken ct) =>
            {
                var result = await run(commands, id, input, ct);
                return result.IsSuccess ? (await queries.GetAsync(id, ct)).ToHttp(Results.Ok) : result.Error!.ToProblem();
            })
            .Produces<ReferralDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary);
    }
}

/// <summary>A lead-time row as shown to a viewer: small groups withheld outside the Koordinierende Stelle.</summary>
public sealed record LeadTimesView(Guid OrganisationId, string OrganisationName, string Service, string Referrals, bool Withheld,
    LeadTimeStat? SentToAccepted, LeadTimeStat? AcceptedToFirstAppointment, LeadTimeStat? SentToCompleted)
{
    public static LeadTimesView Of(LeadTimeRow r, bool exact)
    {
        var withheld = !exact && r.Referrals < LeadTimes.SmallCount;
        return new LeadTimesView(r.OrganisationId, r.OrganisationName, r.Service, LeadTimes.Count(r.Referrals, exact), withheld,
            withheld ? null : r.SentToAccepted, withheld ? null : r.AcceptedToFirstAppointment, withheld ? null : r.SentToCompleted);
    }
}
