using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lotse.BrowserTests.Pages;

/// <summary>/Faelle/{id} (Features/Cases/Details.cshtml): the case with the actions of its current phase.</summary>
public sealed partial class CasePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator StatusMessage => page.GetByRole(AriaRole.Status);
    /// <summary>Refusals, validation errors and conflicts (role="alert").</summary>
    public ILocator ErrorSummary => page.Locator("#fehler");
    public ILocator Phases => page.GetByRole(AriaRole.List, new() { Name = "Phasen des Case Managements" });
    public ILocator CurrentPhase => Phases.Locator("[aria-current=step] .phase-name");
    public ILocator History => page.GetByRole(AriaRole.Table, new() { Name = "Verlauf des Falls, ältester zuerst" });
    public ILocator Notes => page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Kontakte", Level = 2 }) }).GetByRole(AriaRole.Table);
    public ILocator AssessmentLink => page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^(Re-)?Assessment erfassen$") });

    public ILocator Form(string name) => page.GetByRole(AriaRole.Form, new() { Name = name, Exact = true });
    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>The case's id, from the address when the page was last shown (see <see cref="ExpectShownAsync"/>).</summary>
    public Guid Id { get; private set; }

    public async Task ExpectShownAsync()
    {
        await Expect(page).ToHaveURLAsync(IdInUrl());
        await Expect(Heading).ToContainTextAsync("Fall: ");
        Id = Guid.Parse(IdInUrl().Match(page.Url).Groups[1].Value);
    }

    public async Task ExpectPhaseAsync(string phase) => await Expect(CurrentPhase).ToHaveTextAsync(phase);

    public async Task ExpectSavedAsync(string message)
    {
        await Expect(StatusMessage).ToHaveTextAsync(message);
        await Expect(ErrorSummary).ToHaveCountAsync(0);
    }

    public async Task RecordIntakeAsync(string concerns, string decision = "Case Management angezeigt", string? reason = null, string form = "Erstberatung erfassen")
    {
        await FillIntakeAsync(concerns, decision, reason, form);
        await Form(form).GetByRole(AriaRole.Button, new() { Name = "Erstberatung speichern" }).ClickAsync();
    }

    private async Task FillIntakeAsync(string concerns, string decision, string? reason, string formName)
    {
        var form = Form(formName);
        await form.GetByLabel("Zugangsweg").SelectOptionAsync(new SelectOptionValue { Label = "selbst gekommen" });
        await form.GetByLabel("Erste Anliegen").FillAsync(concerns);
        await form.GetByLabel(decision, new() { Exact = true }).CheckAsync();
        if (reason is not null) await form.GetByLabel("Begründung").FillAsync(reason);
    }

    public async Task<AssessmentPage> StartAssessmentAsync()
    {
        await AssessmentLink.ClickAsync();
        var assessment = new AssessmentPage(page);
        await assessment.ExpectShownAsync();
        return assessment;
    }

    public async Task AddGoalAsync(string domain, string description)
    {
        var form = Form("Neues Ziel");
        await form.GetByLabel("Lebenslage").SelectOptionAsync(new SelectOptionValue { Label = domain });
        await form.GetByLabel("Ziel", new() { Exact = true }).FillAsync(description);
        await form.GetByRole(AriaRole.Button, new() { Name = "Ziel hinzufügen" }).ClickAsync();
    }

    /// <summary>Adds a step to goal number <paramref name="goal"/> (1-based); the form is inside a disclosure.</summary>
    public async Task AddStepAsync(int goal, string description, string responsible, string? organisation = null, string? dueOn = null)
    {
        var disclosure = page.Locator("details").Filter(new() { Has = page.GetByText($"Schritt zu Ziel {goal} hinzufügen", new() { Exact = true }) });
        if (await disclosure.GetAttributeAsync("open") is null)
            await disclosure.Locator("summary").ClickAsync();
        var form = Form($"Schritt zu Ziel {goal} hinzufügen");
        await form.GetByLabel("Was ist zu tun?").FillAsync(description);
        await form.GetByLabel("Wer ist zuständig?").SelectOptionAsync(new SelectOptionValue { Label = responsible });
        if (organisation is not null) await form.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = organisation });
        if (dueOn is not null) await form.GetByLabel("Fällig am").FillAsync(dueOn);
        await form.GetByRole(AriaRole.Button, new() { Name = "Schritt hinzufügen" }).ClickAsync();
    }

    public async Task SetStepStatusAsync(int goal, int step, string status)
    {
        var form = Form($"Status von Schritt {step} zu Ziel {goal}");
        await form.GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = status });
        await form.GetByRole(AriaRole.Button).ClickAsync();
    }

    public async Task AgreePlanAsync()
    {
        var form = Form("Zielvereinbarung abschließen");
        await form.GetByRole(AriaRole.Button, new() { Name = "Zielvereinbarung abschließen" }).ClickAsync();
    }

    public async Task AddNoteAsync(string text, string type = "Gespräch", bool interpreter = false, int? minutes = null)
    {
        var form = Form("Kontakt dokumentieren");
        await form.GetByLabel("Art des Kontakts").SelectOptionAsync(new SelectOptionValue { Label = type });
        if (interpreter) await form.GetByLabel("mit Dolmetschung").CheckAsync();
        if (minutes is not null) await form.GetByLabel("Dauer in Minuten").FillAsync(minutes.Value.ToString());
        await form.GetByLabel("Notiz").FillAsync(text);
        await form.GetByRole(AriaRole.Button, new() { Name = "Kontakt dokumentieren" }).ClickAsync();
    }

    public async Task EvaluateGoalAsync(int goal, string attainment, string? note = null)
    {
        var form = Form($"Ziel {goal} bewerten");
        await form.GetByLabel("Zielerreichung").SelectOptionAsync(new SelectOptionValue { Label = attainment });
        if (note is not null) await form.GetByLabel("Anmerkung").FillAsync(note);
        await form.GetByRole(AriaRole.Button).ClickAsync();
    }

    public async Task ReopenAsync(string reason)
    {
        var form = Form("Fall wiederaufnehmen");
        await form.GetByLabel("Grund der Wiederaufnahme").FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = "Fall wiederaufnehmen" }).ClickAsync();
    }

    /// <summary>Hands the case over; the form is inside a disclosure.</summary>
    public async Task HandOverAsync(string caseManagerOption)
    {
        await page.GetByText("Fall an eine andere Case Managerin oder einen anderen Case Manager übergeben").ClickAsync();
        var form = Form("Fall übergeben");
        await form.GetByLabel("Übergeben an").SelectOptionAsync(new SelectOptionValue { Label = caseManagerOption });
        await form.GetByRole(AriaRole.Button, new() { Name = "Fall übergeben" }).ClickAsync();
    }

    /// <summary>The message under a field of the case page.</summary>
    public ILocator ErrorOf(ILocator field) =>
        field.Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]").Locator(".field-error");

    public async Task CloseAsync(string reason, string? systemRemark = null)
    {
        var form = Form("Fall abschließen");
        await form.GetByLabel("Grund des Abschlusses").SelectOptionAsync(new SelectOptionValue { Label = reason });
        if (systemRemark is not null) await form.GetByLabel("Was hat dieser Fall über das System gezeigt?").FillAsync(systemRemark);
        await form.GetByRole(AriaRole.Button, new() { Name = "Fall abschließen" }).ClickAsync();
    }

    [GeneratedRegex(@"/Faelle/([0-9a-f-]{36})(?:[?#].*)?$")]
    private static partial Regex IdInUrl();
}
