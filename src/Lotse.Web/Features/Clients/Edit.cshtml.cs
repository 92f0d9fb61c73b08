using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

/// <summary>Edit a client's data with the version it was read at; a stale version saves nothing.</summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class EditModel(LotseDbContext db, ClientFile file, ClientQueries queries, ClientAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ClientForm Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public string FileNumber { get; private set; } = "";
    /// <summary>Someone else saved in between: nothing was saved, the typed values are kept to compare.</summary>
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!await access.EditableClients().AnyAsync(c => c.Id == Id, ct)) return NotFound();
        var client = await queries.GetAsync(Id, ct, "Personendaten bearbeiten");
        if (client is null) return NotFound();
        FileNumber = client.FileNumber;
        Input = ClientForm.From(client).WithEmptyRows();
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        FileNumber = await access.EditableClients().Where(c => c.Id == Id).Select(c => c.FileNumber).FirstOrDefaultAsync(ct) ?? "";
        if (FileNumber.Length == 0) return NotFound();
        if (ModelState.HasUnreadableValues()) return await ShowAsync();

        var result = await file.UpdateAsync(Id, Input.ToInput(out var rows), ct);
        if (result.IsSuccess)
        {
            StatusMessage = "Die Personendaten wurden gespeichert.";
            return RedirectToPage("/Clients/Details", new { id = Id });
        }
        switch (result.Error!.Kind)
        {
            case ErrorKind.NotFound: return NotFound();
            case ErrorKind.Forbidden: return Forbid();
            case ErrorKind.Concurrency: Stale = true; break;
        }
        result.Error.AddToForm(ModelState, nameof(Input), rows.RowOf);
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Input.WithEmptyRows();
        await LoadOptionsAsync();
        return Page();
    }

    private async Task LoadOptionsAsync() =>
        ViewData[ClientFormOptions.ViewDataKey] = await ClientFormOptions.LoadAsync(db, HttpContext.RequestAborted);
}
