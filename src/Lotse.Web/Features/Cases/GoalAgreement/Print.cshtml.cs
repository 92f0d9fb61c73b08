using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Cases.GoalAgreement;

/// <summary>/Faelle/{id}/Zielvereinbarung: the goal agreement as a printable page, with a link to the PDF.</summary>
public sealed class PrintModel(GoalAgreements agreements) : PageModel
{
    /// <summary>Language of the document's fixed texts (de, en, ...); the page around it stays German.</summary>
    [BindProperty(SupportsGet = true, Name = "sprache")] public string? Language { get; set; }

    /// <summary>Signature line for an interpreter: true/false; empty = suggested from the documented contacts.</summary>
    [BindProperty(SupportsGet = true, Name = "dolmetschung")] public bool? Interpreter { get; set; }

    public Guid CaseId { get; private set; }
    public GoalAgreementDocument Document { get; private set; } = null!;
    public string? LanguageNotice { get; private set; }
    public IReadOnlyList<LanguageChoice> Languages { get; private set; } = [];

    public sealed record LanguageChoice(string Code, string Name, bool Current);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var texts = GoalAgreementTexts.For(Language);
        if (texts is null)
        {
            LanguageNotice = $"Die Sprache „{GoalAgreementApi.Shorten(Language!)}“ gibt es für die Zielvereinbarung nicht; angezeigt wird Deutsch.";
            texts = GoalAgreementTexts.German;
        }

        var document = await agreements.BuildAsync(id, texts, Interpreter, ct);
        if (document is null) return NotFound();

        CaseId = id;
        Document = document;
        Languages = GoalAgreementTexts.AvailableLanguages
            .Select(code => new LanguageChoice(code, GoalAgreementTexts.For(code)!["LanguageName"], code == texts.Language))
            .ToList();
        return Page();
    }

    public bool PdfAvailable => GoalAgreementPdf.CanRender(Document);

    public string PdfUrl => $"/api/v1/cases/{CaseId}/goal-agreement.pdf?lang={Uri.EscapeDataString(Document.Language)}&interpreter={(Document.InterpreterLine ? "true" : "false")}";

    public string PageUrl(string language, bool interpreter) =>
        $"/Faelle/{CaseId}/Zielvereinbarung?sprache={Uri.EscapeDataString(language)}&dolmetschung={(interpreter ? "true" : "false")}";
}
