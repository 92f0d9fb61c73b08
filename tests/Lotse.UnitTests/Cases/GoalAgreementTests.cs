using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Cases.GoalAgreement;

namespace Lotse.UnitTests.Cases;

public class GoalAgreementTests
{
    private static readonly DateOnly AgreedOn = new(2026, 11, 24);
    private static readonly DateOnly PrintedOn = new(2026, 11, 25);
    private static readonly Guid Vhs = Guid.NewGuid();
    private static readonly Guid UnnamedOrganisation = Guid.NewGuid();

    private static StepDto Step(string what, StepResponsible who, DateOnly? due, StepStatus status = StepStatus.Open,
        Guid? organisation = null, DateOnly? doneOn = null) =>
        new(Guid.NewGuid(), what, who, organisation, due, status, doneOn, false);

    private static GoalDto Goal(LifeDomain domain, string text, params StepDto[] steps) =>
        new(Guid.NewGuid(), domain, CaseNames.Of(domain), text, null, null, steps);

    private static CaseDto Case(DateOnly? agreedOn, IReadOnlyList<GoalDto> goals, bool interpreterInNotes = false) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "2026-4F7K2Q", "Haddad, Amina", Guid.NewGuid(), "Clara Berger", Guid.NewGuid(),
            CasePhase.Planning, "Planung", new DateOnly(2026, 10, 1), null, null, null, null, agreedOn, [], goals,
            interpreterInNotes ? [new NoteDto(Guid.NewGuid(), new DateOnly(2026, 11, 2), ContactType.Meeting, true, 60, "Gespräch")] : [],
            [], 4);

    private static GoalAgreementParties Parties(bool interpreter = false) =>
        new("Caritasverband Musterkreis e. V.", "Clara Berger",
            new Dictionary<Guid, string> { [Vhs] = "Volkshochschule Musterstadt" }, interpreter, PrintedOn);

    private static IReadOnlyList<GoalDto> ThreeGoals() =>
    [
        Goal(LifeDomain.Language, "Sprachniveau B1 bis Sommer 2027 erreichen",
            Step("Anmeldung zum Integrationskurs", StepResponsible.Client, new DateOnly(2026, 12, 1), StepStatus.Done, doneOn: new DateOnly(2026, 11, 20)),
            Step("Kursplatz mit Kinderbetreuung vermitteln", StepResponsible.Organisation, new DateOnly(2026, 12, 15), organisation: Vhs),
            Step("Fahrtkosten klären", StepResponsible.CaseManager, null)),
        Goal(LifeDomain.Housing, "Eine eigene Wohnung in Musterstadt finden",
            Step("Wohnberechtigungsschein beantragen", StepResponsible.Client, new DateOnly(2027, 1, 10)),
            Step("Kontakt zur Wohnungsgesellschaft", StepResponsible.Organisation, new DateOnly(2027, 2, 1), StepStatus.Cancelled, UnnamedOrganisation)),
        Goal(LifeDomain.WorkTraining, "Ausbildungsplatz in der Pflege")
    ];

    private static GoalAgreementDocument Build(CaseDto c, string language = "de", bool interpreter = false) =>
        GoalAgreementBuilder.Build(c, Parties(interpreter), GoalAgreementTexts.For(language)!);

    [Fact]
    public void Document_holds_every_goal_and_step_in_order()
    {
        var doc = Build(Case(AgreedOn, ThreeGoals()));

        Assert.Equal("Zielvereinbarung (Integrationsplan)", doc.Title);
        Assert.Equal(["Ziel 1", "Ziel 2", "Ziel 3"], doc.Goals.Select(g => g.Heading));
        Assert.Equal(["Sprache", "Wohnen", "Arbeit/Ausbildung"], doc.Goals.Select(g => g.Domain));
        Assert.Equal(["Sprachniveau B1 bis Sommer 2027 erreichen", "Eine eigene Wohnung in Musterstadt finden", "Ausbildungsplatz in der Pflege"],
            doc.Goals.Select(g => g.Text));

        var language = doc.Goals[0].Steps;
        Assert.Equal(["Anmeldung zum Integrationskurs", "Kursplatz mit Kinderbetreuung vermitteln", "Fahrtkosten klären"], language.Select(s => s.What));
        Assert.Equal(["Klient:in", "Volkshochschule Musterstadt", "Case Management"], language.Select(s => s.Who));
        Assert.Equal(["01.12.2026", "15.12.2026", "ohne Termin"], language.Select(s => s.Due));
        Assert.Equal(["erledigt am 20.11.2026", "offen", "offen"], language.Select(s => s.Status));

        var housing = doc.Goals[1].Steps;
        Assert.Equal(["Wohnberechtigungsschein beantragen", "Kontakt zur Wohnungsgesellschaft"], housing.Select(s => s.What));
        Assert.Equal("Organisation", housing[1].Who); // no name on record
        Assert.Equal("entfallen", housing[1].Status);

        Assert.Empty(doc.Goals[2].Steps);
        Assert.Equal("Für dieses Ziel sind noch keine Schritte festgehalten.", doc.Goals[2].NoStepsText);
    }

    [Fact]
    public void Steps_without_a_date_come_after_the_dated_ones()
    {
        // The case file lists steps by due date, those without one first.
        var goal = Goal(LifeDomain.Health, "Hausärztliche Versorgung",
            Step("Termin ohne Datum", StepResponsible.CaseManager, null),
            Step("Erster Termin", StepResponsible.Client, new DateOnly(2026, 12, 1)),
            Step("Zweiter Termin", StepResponsible.Client, new DateOnly(2026, 12, 8)));
        var doc = Build(Case(AgreedOn, [goal]));
        Assert.Equal(["Erster Termin", "Zweiter Termin", "Termin ohne Datum"], doc.Goals[0].Steps.Select(s => s.What));
    }

    [Fact]
    public void Header_names_client_file_number_case_manager_and_organisation()
    {
        var doc = Build(Case(AgreedOn, ThreeGoals()));
        var fields = doc.Fields.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("Haddad, Amina", fields["Klient:in"]);
        Assert.Equal("2026-4F7K2Q", fields["Aktenzeichen"]);
        Assert.Equal("24.11.2026", fields["Vereinbart am"]);
        Assert.Equal("Clara Berger", fields["Case Management"]);
        Assert.Equal("Caritasverband Musterkreis e. V.", fields["Organisation"]);
        Assert.Equal("25.11.2026", fields["Stand"]);
        Assert.False(doc.IsDraft);
        Assert.Null(doc.DraftNotice);
        Assert.DoesNotContain("Entwurf", doc.FooterText);
        Assert.DoesNotContain("Haddad", doc.FooterText);
    }

    [Fact]
    public void Plan_not_agreed_yet_is_a_marked_draft()
    {
        var doc = Build(Case(agreedOn: null, ThreeGoals()));
        Assert.True(doc.IsDraft);
        Assert.StartsWith("Entwurf", doc.DraftNotice);
        Assert.Equal("Entwurf – noch nicht vereinbart", doc.Fields.Single(f => f.Label == "Vereinbart am").Value);
        Assert.EndsWith("Entwurf", doc.FooterText);
    }

    [Fact]
    public void Fixed_texts_and_signature_lines()
    {
        var doc = Build(Case(AgreedOn, ThreeGoals()));
        Assert.Equal(3, doc.AboutParagraphs.Count);
        Assert.Contains("freiwillig", doc.AboutParagraphs[0]);
        Assert.Contains("jederzeit gemeinsam", doc.AboutParagraphs[1]);
        Assert.Contains("Datenschutz", doc.AboutParagraphs[2]);
        Assert.Equal(["Unterschrift Klient:in", "Unterschrift Case Management"], doc.Signatures.Select(s => s.SignatureLabel));
        Assert.All(doc.Signatures, s => Assert.Equal("Ort, Datum", s.PlaceDateLabel));
        Assert.False(doc.InterpreterLine);

        var withInterpreter = Build(Case(AgreedOn, ThreeGoals()), interpreter: true);
        Assert.Equal("Unterschrift Dolmetscher:in (Name, Sprache)", withInterpreter.Signatures[^1].SignatureLabel);
        Assert.True(withInterpreter.InterpreterLine);
    }

    [Fact]
    public void Interpreter_line_is_suggested_when_a_contact_used_an_interpreter()
    {
        Assert.True(GoalAgreements.SuggestInterpreterLine(Case(AgreedOn, ThreeGoals(), interpreterInNotes: true)));
        Assert.False(GoalAgreements.SuggestInterpreterLine(Case(AgreedOn, ThreeGoals())));
    }

    [Fact]
    public void No_goals_yet_says_so()
    {
        var doc = Build(Case(null, []));
        Assert.Empty(doc.Goals);
        Assert.Equal("Es sind noch keine Ziele festgehalten.", doc.NoGoalsText);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(GoalAgreementPdf.Render(doc), 0, 5));
    }

    [Fact]
    public void English_variant_uses_English_texts()
    {
        var doc = Build(Case(null, ThreeGoals()), "en");
        Assert.Equal("en", doc.Language);
        Assert.False(doc.RightToLeft);
        Assert.Equal("Goal agreement (integration plan)", doc.Title);
        Assert.Equal(new StepColumns("What needs to be done?", "Who is responsible?", "By when?", "Status"), doc.Columns);
        Assert.Equal(["Goal 1", "Goal 2", "Goal 3"], doc.Goals.Select(g => g.Heading));
        Assert.Equal(["Language", "Housing", "Work/vocational training"], doc.Goals.Select(g => g.Domain));
        Assert.Equal(["Client", "Volkshochschule Musterstadt", "Case management"], doc.Goals[0].Steps.Select(s => s.Who));
        Assert.Equal("done on 20.11.2026", doc.Goals[0].Steps[0].Status);
        Assert.Equal("Draft – not yet agreed", doc.Fields.Single(f => f.Label == "Agreed on").Value);
        Assert.Equal("What this agreement means", doc.AboutHeading);
        Assert.Equal("Page {0} of {1}", doc.PageNumberFormat);
        // What the client and case manager wrote stays as written.
        Assert.Equal("Sprachniveau B1 bis Sommer 2027 erreichen", doc.Goals[0].Text);
    }

    [Fact]
    public void Languages_are_the_shipped_resx_files()
    {
        Assert.Equal(["de", "en"], GoalAgreementTexts.AvailableLanguages);
        Assert.Equal("de", GoalAgreementTexts.For(null)!.Language);
        Assert.Equal("de", GoalAgreementTexts.For("")!.Language);
        Assert.Equal("en", GoalAgreementTexts.For("EN")!.Language);
        Assert.Null(GoalAgreementTexts.For("xx"));
        Assert.Null(GoalAgreementTexts.For("../de"));
    }

    /// <summary>A translation must be complete: every key, no empty value, the same {n} placeholders.</summary>
    [Fact]
    public void Every_language_has_every_text()
    {
        var german = Entries(CultureInfo.InvariantCulture);
        Assert.NotEmpty(german);
        foreach (var language in GoalAgreementTexts.AvailableLanguages.Where(l => l != GoalAgreementTexts.DefaultLanguage))
        {
            var translated = Entries(CultureInfo.GetCultureInfo(language));
            Assert.Equal(german.Keys.Order(), translated.Keys.Order());
            foreach (var (key, value) in translated)
            {
                Assert.False(string.IsNullOrWhiteSpace(value), $"{language}: {key} is empty");
                Assert.Equal(Placeholders(german[key]), Placeholders(value));
            }
        }
    }

    [Fact]
    public void German_texts_match_the_names_used_elsewhere_in_Lotse()
    {
        var t = GoalAgreementTexts.German;
        foreach (var d in Enum.GetValues<LifeDomain>()) Assert.Equal(CaseNames.Of(d), t.Of(d));
        foreach (var r in Enum.GetValues<StepResponsible>()) Assert.Equal(CaseNames.Of(r), t.Of(r));
        foreach (var s in Enum.GetValues<StepStatus>()) Assert.Equal(CaseNames.Of(s), t.Of(s));
    }

    [Fact]
    public void Right_to_left_language_is_laid_out_rtl_and_not_offered_as_pdf()
    {
        var texts = GoalAgreementTexts.ForCulture(CultureInfo.GetCultureInfo("ar"));
        Assert.True(texts.RightToLeft);
        var doc = GoalAgreementBuilder.Build(Case(AgreedOn, ThreeGoals()), Parties(), texts);
        Assert.True(doc.RightToLeft);
        Assert.False(GoalAgreementPdf.CanRender(doc));
        Assert.Throws<NotSupportedException>(() => GoalAgreementPdf.Render(doc));

        Assert.False(Build(Case(AgreedOn, ThreeGoals())).RightToLeft);
    }

    [Fact]
    public void Pdf_is_valid_and_shows_every_goal_and_step()
    {
        var doc = Build(Case(AgreedOn, ThreeGoals()));
        var pdf = GoalAgreementPdf.Render(doc);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using (var parsed = PdfText.Open(pdf))
        {
            Assert.Equal(2, parsed.PageCount); // goals on the first page, the rest of the fixed texts and the signatures on the second
            foreach (var page in parsed.Pages)
            {
                Assert.Equal(595, page.Width.Point, 0); // A4
                Assert.Equal(842, page.Height.Point, 0);
            }
        }

        var pages = PdfText.Pages(pdf);
        var text = string.Concat(pages);
        var flat = Flat(text);
        foreach (var goal in doc.Goals)
        {
            Assert.Contains(Flat(goal.Text), flat);
            foreach (var step in goal.Steps) Assert.Contains(Flat(step.What), flat);
        }
        Assert.Contains("Zielvereinbarung (Integrationsplan)", text);
        Assert.Contains("Haddad, Amina", text);
        Assert.Contains("Volkshochschule", text);
        Assert.Contains("Unterschrift Klient:in", text);
        Assert.Contains("Seite 1 von 2", pages[0]);
        Assert.Contains("Seite 2 von 2", pages[1]);
        Assert.Contains("Unterschrift Case Management", pages[1]);
        Assert.DoesNotContain("Entwurf", text);
        Assert.True(flat.IndexOf(Flat(doc.Goals[0].Text), StringComparison.Ordinal) < flat.IndexOf(Flat(doc.Goals[1].Text), StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_pdf_is_marked_on_every_page()
    {
        var pages = PdfText.Pages(GoalAgreementPdf.Render(Build(Case(null, LongPlan(8)))));
        Assert.True(pages.Count > 1);
        Assert.Contains("Entwurf: Diese Zielvereinbarung ist noch nicht abgeschlossen.", pages[0]);
        Assert.All(pages, p => Assert.Contains("Aktenzeichen 2026-4F7K2Q · Entwurf", p));
    }

    /// <summary>
    /// The fonts are shipped with the app, so the layout is the same on every machine: the page count of
    /// this plan is fixed. If a layout change moves it, check the rendered pages and update the number.
    /// </summary>
    [Fact]
    public void Long_plan_runs_over_several_numbered_pages_and_keeps_every_text()
    {
        var doc = Build(Case(AgreedOn, LongPlan(12)), "en");
        var pdf = GoalAgreementPdf.Render(doc);
        var pages = PdfText.Pages(pdf);

        Assert.Equal(7, pages.Count);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);

        var flat = Flat(string.Concat(pages));
        var position = -1;
        foreach (var goal in doc.Goals)
        {
            var at = flat.IndexOf(Flat(goal.Text), StringComparison.Ordinal);
            Assert.True(at > position, $"{goal.Heading} missing or out of order");
            position = at;
            foreach (var step in goal.Steps) Assert.Contains(Flat(step.What), flat);
        }
        Assert.Contains("Signature of the client", pages[^1]);
        Assert.DoesNotContain("Seite", flat);
    }

    [Fact]
    public void Step_table_continues_on_the_next_page_with_its_header()
    {
        var steps = Enumerable.Range(1, 45).Select(i => Step($"Schritt Nummer {i} des langen Plans", StepResponsible.Client, new DateOnly(2027, 1, 1).AddDays(i))).ToArray();
        var doc = Build(Case(AgreedOn, [Goal(LifeDomain.Health, "Gesundheitliche Versorgung sichern", steps)]));
        var pages = PdfText.Pages(GoalAgreementPdf.Render(doc));

        Assert.True(pages.Count >= 2);
        Assert.Contains("Ziel 1 (Fortsetzung)", pages[1]);
        Assert.Contains("Was ist zu tun?", pages[1]);
        var flat = Flat(string.Concat(pages));
        for (var i = 1; i <= 45; i++) Assert.Contains(Flat($"Schritt Nummer {i} des langen Plans"), flat);
    }

    [Fact]
    public void Long_texts_and_over_long_words_are_wrapped_not_cut()
    {
        var longWord = "https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungsberatung-und-unterstuetzung-fuer-pflegeberufe.php";
        var longStep = string.Join(' ', Enumerable.Repeat("Unterlagen für die Anerkennung zusammenstellen und einreichen;", 30)) + " " + longWord;
        var longGoal = string.Join(' ', Enumerable.Repeat("Frau Haddad arbeitet als anerkannte Pflegefachfrau in Vollzeit.", 25));
        var doc = Build(Case(AgreedOn, [Goal(LifeDomain.QualificationRecognition, longGoal, Step(longStep, StepResponsible.Client, null))]));

        var pages = PdfText.Pages(GoalAgreementPdf.Render(doc));

        // The step is taller than a page: its row is split, and the rest continues below the repeated header.
        Assert.True(pages.Count >= 3);
        Assert.Contains("Ziel 1 (Fortsetzung)", pages[1]);
        string[] furniture = [doc.FooterText, "Ziel 1 (Fortsetzung)", doc.Columns.What, doc.Columns.Who, doc.Columns.Due, doc.Columns.Status,
            "Klient:in", "ohne Termin", "offen", .. Enumerable.Range(1, pages.Count).Select(i => $"Seite {i} von {pages.Count}")];
        var body = Flat(string.Join("\n", pages.SelectMany(p => p.Split('\n')).Where(line => !furniture.Contains(line))));
        Assert.Contains(Flat(longGoal), body);
        Assert.Contains(Flat(longStep), body);
    }

    [Theory]
    [InlineData("2026-4F7K2Q", "Zielvereinbarung-2026-4F7K2Q.pdf")]
    [InlineData("2026/4F7\"K2Q", "Zielvereinbarung-2026_4F7_K2Q.pdf")]
    public void File_name_carries_the_file_number_only(string fileNumber, string expected) =>
        Assert.Equal(expected, GoalAgreementApi.FileName(fileNumber));

    private static IReadOnlyList<GoalDto> LongPlan(int goals) =>
        Enumerable.Range(1, goals).Select(g => Goal(Enum.GetValues<LifeDomain>()[g % 10],
            $"Ziel {g}: " + string.Join(' ', Enumerable.Repeat("Die Klientin erreicht Schritt für Schritt mehr Selbstständigkeit in diesem Bereich.", 3)),
            Enumerable.Range(1, 5).Select(s => Step(
                s == 2 ? $"Ziel {g}, Schritt {s}: " + string.Join(' ', Enumerable.Repeat("Unterlagen zusammenstellen, Termin vereinbaren und gemeinsam vorbereiten.", 4))
                       : $"Ziel {g}, Schritt {s}: Termin wahrnehmen",
                (StepResponsible)(s % 3), new DateOnly(2027, 1, s), organisation: s % 3 == 2 ? Vhs : null)).ToArray())).ToList();

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = GoalAgreementTexts.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string Placeholders(string text) => string.Join(",", Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order());

    /// <summary>Text without whitespace: wrapped lines join up again.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", "");
}
