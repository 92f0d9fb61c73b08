using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Clients;

/// <summary>
/// "Neue Person anlegen": the duplicate check runs first; when it finds someone, nothing is created until the user
/// confirms "Trotzdem neu anlegen" for exactly the names, birth date and nationalities that were checked.
/// </summary>
[Authorize(Roles = Roles.CaseManager)]
public sealed class RegisterModel(LotseDbContext db, ClientFile file, DuplicateCheck duplicates, ClientQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty] public ClientForm Input { get; set; } = new();
    /// <summary>Set by the button "Trotzdem neu anlegen": the duplicate-check key the user saw the candidates for.</summary>
    [BindProperty] public string? ConfirmFor { get; set; }
    /// <summary>A confirmation given earlier (kept while the user corrects other fields).</summary>
    [BindProperty] public string? ConfirmedFor { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    public IReadOnlyList<DuplicateView> Duplicates { get; private set; } = [];
    /// <summary>The key the shown candidates belong to (the value of "Trotzdem neu anlegen").</summary>
    public string? CheckedFor { get; private set; }

    public async Task OnGetAsync()
    {
        Input = new ClientForm().WithEmptyRows();
        await LoadOptionsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (ModelState.HasUnreadableValues()) return await ShowAsync();

        var key = Input.DuplicateCheckKey();
        var confirmed = (ConfirmFor ?? ConfirmedFor) == key;
        ConfirmedFor = confirmed ? key : null;
        if (!confirmed)
        {
            var check = await duplicates.FindAsync(Input.ToDuplicateCheck(), ct);
            if (!check.IsSuccess)
            {
                // Names or birth date unusable: nothing is checked, nothing created. Show every field rule the form breaks
                // at once (the client's own DataAnnotations), not only the ones the duplicate check looks at.
                var everything = Validation.Validate(Input.ToInput(out _));
                foreach (var error in new[] { check.Error!, everything }.OfType<Error>())
                    error.AddToForm(ModelState, nameof(Input));
                ModelState.RemoveDuplicateErrors();
                return await ShowAsync();
            }
            if (check.Value!.Count > 0)
            {
                Duplicates = await DescribeAsync(check.Value!, ct);
                CheckedFor = key;
                return await ShowAsync();
            }
        }

        var input = Input.ToInput(out var rows);
        var result = await file.RegisterAsync(input, ct);
        if (result.IsSuccess)
        {
            StatusMessage = $"Die Person wurde angelegt. Aktenzeichen: {result.Value!.FileNumber}.";
            return RedirectToPage("/Clients/Details", new { id = result.Value.Id });
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        result.Error.AddToForm(ModelState, nameof(Input), rows.RowOf);
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Input.WithEmptyRows();
        await LoadOptionsAsync();
        return Page();
    }

    private async Task<IReadOnlyList<DuplicateView>> DescribeAsync(IReadOnlyList<DuplicateCandidate> candidates, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var views = new List<DuplicateView>();
        foreach (var c in candidates)
            if (await queries.GetAsync(c.ClientId, ct, "Dublettenprüfung") is { } client)
                views.Add(new DuplicateView(client.Id, $"{client.LastName}, {client.FirstName}", client.FileNumber,
                    client.BirthDateGerman, ClientDisplay.Age(client.BirthDate, today), DuplicateView.LikelihoodOf(c.Score), c.Reasons,
                    client.NameVariants.Select(v => $"{v.LastName}, {v.FirstName}".TrimEnd(',', ' ')).ToList()));
        return views;
    }

    private async Task LoadOptionsAsync() =>
        ViewData[ClientFormOptions.ViewDataKey] = await ClientFormOptions.LoadAsync(db, HttpContext.RequestAborted);
}

public sealed record DuplicateView(Guid Id, string Name, string FileNumber, string? BirthDate, string? Age, string Likelihood,
    IReadOnlyList<string> Reasons, IReadOnlyList<string> Spellings)
{
    /// <summary>The score in words: from <see cref="DuplicateMatcher.LikelyDuplicate"/> on "wahrscheinlich".</summary>
    public static string LikelihoodOf(double score) => score switch
    {
        >= 0.95 => "sehr wahrscheinlich",
        >= DuplicateMatcher.LikelyDuplicate => "wahrscheinlich",
        _ => "möglich"
    };
}
