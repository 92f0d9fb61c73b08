using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lotse.Web.Infrastructure.Http;

/// <summary>Machine-readable problem types (RFC 9457 "type").</summary>
public static class ProblemTypes
{
    public const string Validation = "urn:lotse:problem:validation";
    public const string NotFound = "urn:lotse:problem:not-found";
    public const string Concurrency = "urn:lotse:problem:concurrency-conflict";
    public const string Conflict = "urn:lotse:problem:conflict";
    public const string Forbidden = "urn:lotse:problem:forbidden";
    public const string Unauthenticated = "urn:lotse:problem:unauthenticated";
    public const string TwoFactorRequired = "urn:lotse:problem:two-factor-required";
    public const string LockedOut = "urn:lotse:problem:locked-out";
    public const string ServerError = "urn:lotse:problem:server-error";
}

public enum ErrorKind { Validation, NotFound, Concurrency, Conflict, Forbidden }

/// <summary>An expected failure of a use case; mapped once to ModelState (pages) or problem details (API).</summary>
public sealed record Error(ErrorKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string what) => new(ErrorKind.NotFound, $"{what} wurde nicht gefunden.");
    public static Error Stale(string what) => new(ErrorKind.Concurrency,
        $"{what} wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Seite neu und prüfen Sie die aktuellen Daten.");
    public static Error Invalid(string field, string message) =>
        new(ErrorKind.Validation, message, new Dictionary<string, string[]> { [field] = [message] });
    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "Bitte prüfen Sie Ihre Eingaben.", fields);

    public IResult ToProblem() => Kind switch
    {
        ErrorKind.Validation => Results.ValidationProblem(
            Fields?.ToDictionary() ?? new Dictionary<string, string[]> { [""] = [Message] },
            detail: Message, title: "Ungültige Eingabe", type: ProblemTypes.Validation),
        ErrorKind.NotFound => Results.Problem(statusCode: 404, title: "Nicht gefunden", detail: Message, type: ProblemTypes.NotFound),
        ErrorKind.Concurrency => Results.Problem(statusCode: 409, title: "Bearbeitungskonflikt", detail: Message, type: ProblemTypes.Concurrency),
        ErrorKind.Conflict => Results.Problem(statusCode: 409, title: "Konflikt", detail: Message, type: ProblemTypes.Conflict),
        _ => Results.Problem(statusCode: 403, title: "Keine Berechtigung", detail: Message, type: ProblemTypes.Forbidden)
    };

    public void AddTo(ModelStateDictionary modelState, string prefix = "Input")
    {
        if (Fields is null || Fields.Count == 0)
        {
            modelState.AddModelError(string.Empty, Message);
            return;
        }
        foreach (var (field, messages) in Fields)
            foreach (var m in messages)
                modelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{field}", m);
    }
}

/// <summary>Either a value or an <see cref="Error"/>.</summary>
public readonly record struct Result<T>
{
    public T? Value { get; }
    public Error? Error { get; }
    public bool IsSuccess => Error is null;
    private Result(T? value, Error? error) { Value = value; Error = error; }
    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);

    /// <summary>The API's answer: the success result, or the error as problem details.</summary>
    public IResult ToHttp(Func<T, IResult> onSuccess) => IsSuccess ? onSuccess(Value!) : Error!.ToProblem();
}
