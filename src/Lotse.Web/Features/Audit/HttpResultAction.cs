using Microsoft.AspNetCore.Mvc;

namespace Lotse.Web.Features.Audit;

/// <summary>Lets a page handler answer with the same <see cref="IResult"/> as the API (here: the streamed CSV download).</summary>
public sealed class HttpResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
