using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Infrastructure.Http;

public static class ProblemResponses
{
    public static Task WriteAuthProblem(HttpContext context, int status) => (status == 401
        ? Results.Problem(statusCode: 401, title: "Nicht angemeldet",
            detail: "Bitte melden Sie sich an: POST /api/v1/auth/token liefert ein Zugriffstoken für den Header „Authorization: Bearer …“.",
            type: ProblemTypes.Unauthenticated)
        : Results.Problem(statusCode: 403, title: "Keine Berechtigung",
            detail: "Ihre Rolle erlaubt diesen Zugriff nicht.", type: ProblemTypes.Forbidden)).ExecuteAsync(context);
}

/// <summary>Unexpected exceptions become German problem details without internals; a lost race becomes 409.</summary>
public sealed class ProblemDetailsExceptionHandler(ILogger<ProblemDetailsExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // UseExceptionHandler("/Fehler") has already rewritten Request.Path when handlers run; the original is in the feature.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        var isApi = new PathString(path).StartsWithSegments("/api");
        if (exception is DbUpdateConcurrencyException)
        {
            if (isApi) await Error.Stale("Der Datensatz").ToProblem().ExecuteAsync(context);
            else context.Response.Redirect("/Fehler?konflikt=1");
            return true;
        }
        if (isApi && exception is BadHttpRequestException bad)
        {
            await Results.Problem(statusCode: bad.StatusCode, title: "Ungültige Anfrage",
                detail: "Die Anfrage konnte nicht gelesen werden. Bitte prüfen Sie das JSON-Format und die Datentypen.",
                type: ProblemTypes.Validation).ExecuteAsync(context);
            return true;
        }
        // Log type and trace id only: exception messages can carry values from the request.
        log.LogError("Unhandled {ExceptionType} in request {TraceId}", exception.GetType().FullName, context.TraceIdentifier);
        if (!isApi) return false; // pages: the error page (/Fehler) is shown
        await Results.Problem(statusCode: 500, title: "Interner Fehler",
            detail: "Bei der Verarbeitung ist ein Fehler aufgetreten. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut oder wenden Sie sich an die Administration.",
            type: ProblemTypes.ServerError).ExecuteAsync(context);
        return true;
    }
}
