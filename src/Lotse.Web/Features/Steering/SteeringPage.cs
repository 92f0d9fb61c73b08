using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lotse.Web.Features.Steering;

/// <summary>
/// Shared page mechanics of the steering pages: run a handler, on success redirect with a status message,
/// on refusal map Forbidden to 403, NotFound to 404, and everything else into the model state of the form.
/// </summary>
public abstract class SteeringPage : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    /// <summary>The anchor of the form whose submission failed.</summary>
    public string? FailedForm { get; protected set; }

    protected async Task<IActionResult> RunAsync<T>(string form, string prefix, Func<CancellationToken, Task<Result<T>>> change,
        string success, Func<T, IActionResult> onSuccess, Func<Task<IActionResult>> show)
    {
        if (ModelState.HasUnreadableValues())
        {
            FailedForm = form;
            return await show();
        }
        var result = await change(HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            StatusMessage = success;
            return onSuccess(result.Value!);
        }
        if (Denied(result.Error!) is { } denied) return denied;
        FailedForm = form;
        result.Error!.AddToForm(ModelState, prefix);
        return await show();
    }

    protected IActionResult? Denied(Error error) => error.Kind switch
    {
        ErrorKind.Forbidden => Forbid(),
        ErrorKind.NotFound when FailedForm is null => NotFound(),
        _ => null
    };

    public static IEnumerable<SelectListItem> Options<T>(Func<T, string> name) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(name(v), v.ToString()));
}

/// <summary>The forms of the steering pages: validated by their handlers (as in the API), never by MVC (see <see cref="HandlerValidatedForms"/>).</summary>
public interface ISteeringForm;
