using Lotse.UnitTests.Cases;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Consents;

namespace Lotse.UnitTests.Consents;

public class ConsentFormTextsTests
{
    [Fact]
    public void German_English_and_Arabic_are_available_German_first()
    {
        Assert.Equal("de", ConsentFormTexts.AvailableLanguages[0]);
        Assert.Contains("en", ConsentFormTexts.AvailableLanguages);
        Assert.Contains("ar", ConsentFormTexts.AvailableLanguages);
        Assert.Null(ConsentFormTexts.For("xx"));
        Assert.Equal("de", ConsentFormTexts.For(null)!.Language);
    }

    [Fact]
    public void Every_language_file_has_exactly_the_keys_of_the_German_one()
    {
        var german = ConsentFormTexts.Raw["de"].Keys.Order().ToList();
        foreach (var (language, texts) in ConsentFormTexts.Raw)
        {
            Assert.True(german.SequenceEqual(texts.Keys.Order()), $"consent-form.{language}.json: keys differ from consent-form.de.json: "
                + string.Join(", ", german.Except(texts.Keys).Select(k => "-" + k).Concat(texts.Keys.Except(german).Select(k => "+" + k))));
            Assert.All(texts, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{language}: {kv.Key} is empty"));
        }
    }

    [Fact]
    public void Every_data_category_has_a_text_and_German_is_complete()
    {
        var de = ConsentFormTexts.German;
        foreach (var category in Enum.GetValues<DataCategory>()) Assert.False(string.IsNullOrWhiteSpace(de.Of(category)));
        Assert.DoesNotContain(ConsentFormTexts.Raw["de"].Values, v => v.Contains("[TRANSLATE", StringComparison.Ordinal));
    }

    [Fact]
    public void Arabic_is_laid_out_right_to_left_and_has_no_PDF()
    {
        var ar = ConsentFormTexts.For("ar")!;
        Assert.True(ar.RightToLeft);
        Assert.False(ConsentFormPdf.CanRender(ar));
        Assert.True(ConsentFormPdf.CanRender(ConsentFormTexts.German));
    }

    [Fact]
    public void The_PDF_lists_exactly_the_recipients_categories_and_purpose_with_signature_lines()
    {
        var document = new ConsentFormDocument("de", false, "Einwilligung in die Weitergabe", [("Name", "Haddad, Amal"), ("Aktenzeichen", "2026-ABCDEF")],
            "Ich bin damit einverstanden …", "Empfangende Stellen", ["Jobcenter Kreis Musterland"], "Datenkategorien", ["Leistungsbezug", "Gesundheitsdaten"],
            "Zweck", "Prüfung der Integrationskurs-Berechtigung", "Gültigkeit", ["Erteilt am 01.11.2026", "Gültig bis 31.12.2027"],
            "Gesonderte Einwilligung: Gesundheitsdaten", "Ich willige ausdrücklich ein …", null, null,
            "Ihre Rechte", ["Freiwillig.", "Widerruf jederzeit."], "Unterschriften", "Mit meiner Unterschrift …",
            [("Ort, Datum", "Unterschrift der Person"), ("Ort, Datum", "Unterschrift Case Management")], "2026-ABCDEF", "Lotse · 2026-ABCDEF", "Seite {0} von {1}");
        var text = string.Join("\n", PdfText.Pages(ConsentFormPdf.Render(document)));
        foreach (var expected in new[] { "Jobcenter Kreis Musterland", "Leistungsbezug", "Gesundheitsdaten", "Prüfung der Integrationskurs-Berechtigung",
                     "Unterschrift der Person", "Unterschrift Case Management", "Gültig bis 31.12.2027", "Seite 1 von 1" })
            Assert.Contains(expected, text);
        Assert.Throws<NotSupportedException>(() => ConsentFormPdf.Render(document with { RightToLeft = true }));
    }
}
