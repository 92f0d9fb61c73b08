using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Consents;

/// <summary>/Einwilligungen/{id}/Formular: the consent form as a printable page, with a link to the PDF.</summary>
public sealed class PrintModel(ConsentForms forms) : PageModel
{
    /// <summary>Language of the form's fixed texts (de, en, ar); the page around it stays German.</summary>
    [BindProperty(SupportsGet = true, Name = "sprache")] public string? Language { get; set; }

    public Guid ConsentId { get; private set; }
    public ConsentFormDocument Document { get; private set; } = null!;
    public string? LanguageNotice { get; private set; }
    public IReadOnlyList<(string Code, string Name, bool Current)> Languages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var texts = ConsentFormTexts.For(Language);
        if (texts is null)
        {
            LanguageNotice = "Diese Sprache gibt es für das Einwilligungsformular nicht; angezeigt wird Deutsch.";
            texts = ConsentFormTexts.German;
        }
        var document = await forms.BuildAsync(id, texts, ct);
        if (!document.IsSuccess) return document.Error!.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        ConsentId = id;
        Document = document.Value!;
        Languages = ConsentFormTexts.AvailableLanguages.Select(code => (code, ConsentFormTexts.For(code)!["LanguageName"], code == texts.Language)).ToList();
        PdfAvailable = ConsentFormPdf.CanRender(texts);
        return Page();
    }

    public bool PdfAvailable { get; private set; }
    public string PdfUrl => $"/api/v1/consents/{ConsentId}/form.pdf?lang={Uri.EscapeDataString(Document.Language)}";
}
