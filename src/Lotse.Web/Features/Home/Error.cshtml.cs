using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Web.Features.Home;

[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Ein Fehler ist aufgetreten";
    public string Text { get; private set; } = "Bei der Verarbeitung ist ein Fehler aufgetreten. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut oder wenden Sie sich an die Administration.";

    public void OnGet(int? code, int? konflikt) => Describe(code, konflikt);
    public void OnPost(int? code, int? konflikt) => Describe(code, konflikt);

    private void Describe(int? code, int? konflikt)
    {
        if (konflikt == 1)
        {
            Title = "Bearbeitungskonflikt";
            Text = "Der Datensatz wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert. Bitte laden Sie die Seite neu.";
        }
        else if (code == 404)
        {
            Title = "Seite nicht gefunden";
            Text = "Die aufgerufene Seite gibt es nicht.";
        }
        else if (code == 403)
        {
            Title = "Keine Berechtigung";
            Text = "Ihre Rolle erlaubt diesen Zugriff nicht.";
        }
        if (code is >= 400 and < 600) Response.StatusCode = code.Value;
    }
}
