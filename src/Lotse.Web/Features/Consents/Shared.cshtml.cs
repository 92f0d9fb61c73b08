using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Consents;

/// <summary>/Personen/{id}/Freigabe: what a partner organisation or the ABH/EBH may see of a client, by category.</summary>
public sealed class SharedModel(SharedClientView view) : PageModel
{
    public SharedClientDto Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await view.GetAsync(id, ct) is not { } client) return NotFound();
        Client = client;
        return Page();
    }
}
