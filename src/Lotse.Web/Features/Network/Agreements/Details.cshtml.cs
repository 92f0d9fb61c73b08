using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Network.Agreements;

[Authorize(Roles = NetworkRoles.Coordination)]
public sealed class DetailsModel(Agreements agreements) : PageModel
{
    public AgreementDto Agreement { get; private set; } = null!;
    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await agreements.GetAsync(id, HttpContext.RequestAborted);
        if (!result.IsSuccess) return NotFound();
        Agreement = result.Value!;
        return Page();
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id) =>
        await agreements.DocumentAsync(id, HttpContext.RequestAborted) is { } d ? File(d.Content, d.ContentType, d.FileName) : NotFound();

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, IFormFile? file)
    {
        var (content, name, error) = await Uploads.FromFormFileAsync(file, AgreementDocumentRules.MaxBytes, AgreementDocumentRules.MaxText, HttpContext.RequestAborted);
        var result = error is null ? await agreements.UploadDocumentAsync(id, name, content!, HttpContext.RequestAborted) : error;
        if (result.IsSuccess)
        {
            StatusMessage = "Das Dokument wurde gespeichert.";
            return RedirectToPage(new { id });
        }
        if (result.Error!.Kind == Infrastructure.Http.ErrorKind.NotFound) return NotFound();
        ModelState.AddModelError("file", result.Error.Fields?.Values.SelectMany(v => v).FirstOrDefault() ?? result.Error.Message);
        return await OnGetAsync(id);
    }
}
