using Lotse.Rules;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Rules;

/// <summary>The form "Angaben für die Perspektivprüfung" of a case's client (case managers of the case's organisation).</summary>
public sealed class FactsModel(RuleFactsCommands commands, ClientAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public FactsForm Input { get; set; } = new();
    public Guid ClientId { get; private set; }
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        var dto = await commands.GetAsync(ClientId, HttpContext.RequestAborted);
        if (dto is null) return NotFound();
        Input = FactsForm.From(dto);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        if (ModelState.HasUnreadableValues()) return Page();
        var result = await commands.SaveAsync(ClientId, Input.ToInput(), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "Die Angaben für die Perspektivprüfung wurden gespeichert.";
            return RedirectToPage("/Cases/Details", null, new { id = Id }, "perspektiven");
        }
        if (result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (result.Error.Kind == ErrorKind.NotFound) return NotFound();
        Stale = result.Error.Kind == ErrorKind.Concurrency;
        result.Error.AddTo(ModelState, nameof(Input));
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var clientId = await access.ReadableCases().Where(c => c.Id == Id).Select(c => (Guid?)c.ClientId).FirstOrDefaultAsync(ct);
        if (clientId is null) return NotFound();
        if (!await access.EditableCases().AnyAsync(c => c.Id == Id, ct)) return Forbid();
        ClientId = clientId.Value;
        return null;
    }

    public static IEnumerable<(string Value, string Text)> TriState => [("", "unbekannt"), ("true", "ja"), ("false", "nein")];
}

public sealed class FactsForm
{
    public LanguageLevel? LanguageLevel { get; set; }
    public DateOnly? LanguageLevelOn { get; set; }
    public int? SchoolYearsInGermany { get; set; }
    public bool? GermanQualification { get; set; }
    public bool? InVocationalTraining { get; set; }
    public decimal? EmploymentHoursPerWeek { get; set; }
    public DateOnly? EmployedSince { get; set; }
    public bool? LivelihoodSecured { get; set; }
    public bool? IdentityClarified { get; set; }
    /// <summary>"unknown" keeps the list unknown; otherwise the ticked programmes (none ticked = none).</summary>
    public bool ProgrammesAsked { get; set; }
    public List<string> OtherProgrammes { get; set; } = [];
    public int Version { get; set; }

    public static FactsForm From(RuleFactsDto d) => new()
    {
        LanguageLevel = d.LanguageLevel, LanguageLevelOn = d.LanguageLevelOn, SchoolYearsInGermany = d.SchoolYearsInGermany,
        GermanQualification = d.GermanQualification, InVocationalTraining = d.InVocationalTraining,
        EmploymentHoursPerWeek = d.EmploymentHoursPerWeek, EmployedSince = d.EmployedSince, LivelihoodSecured = d.LivelihoodSecured,
        IdentityClarified = d.IdentityClarified, ProgrammesAsked = d.OtherProgrammes is not null,
        OtherProgrammes = d.OtherProgrammes?.ToList() ?? [], Version = d.Version
    };

    public RuleFactsInput ToInput() => new()
    {
        LanguageLevel = LanguageLevel, LanguageLevelOn = LanguageLevelOn, SchoolYearsInGermany = SchoolYearsInGermany,
        GermanQualification = GermanQualification, InVocationalTraining = InVocationalTraining,
        EmploymentHoursPerWeek = EmploymentHoursPerWeek, EmployedSince = EmployedSince, LivelihoodSecured = LivelihoodSecured,
        IdentityClarified = IdentityClarified, OtherProgrammes = ProgrammesAsked || OtherProgrammes.Count > 0 ? OtherProgrammes : null,
        Version = Version
    };
}
