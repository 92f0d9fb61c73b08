using Lotse.Web.Features.Steering.Obstacles;

namespace Lotse.UnitTests.Steering;

public class PersonalDataCheckTests
{
    private static readonly string[] Names = ["Aster", "Tesfaye", "Tesfay", "Ahmad Al-Hassan", null!, "Müller"];

    [Theory]
    [InlineData("Frau Tesfaye wartet seit acht Wochen")]
    [InlineData("TESFAYE hat keinen Termin bekommen")]
    [InlineData("Aster bekam keinen Dolmetscher")]
    [InlineData("Herr Al-Hassan wartet")]
    [InlineData("Ahmad wartet auf den Bescheid")]
    [InlineData("Frau Mueller hat keinen Platz")]   // umlaut written out
    [InlineData("Frau Muller hat keinen Platz")]    // umlaut dropped
    public void A_name_of_the_case_is_found_in_its_spellings(string text) =>
        Assert.Contains(PersonalDataCheck.Warnings(text, Names), w => w.Contains("Namen"));

    [Theory]
    [InlineData("Termin am 12.03.2026")]
    [InlineData("geboren 1.1.90")]
    [InlineData("Bescheid vom 2026-03-12")]
    [InlineData("Frist 12/03/2026")]
    [InlineData("geb. 1985 in Asmara")]
    [InlineData("Termin am 3. März 2026")]
    public void A_date_is_found(string text) =>
        Assert.Contains(PersonalDataCheck.Warnings(text, Names), w => w.Contains("Datum"));

    [Theory]
    [InlineData("Sechs Wochen Wartezeit auf die Verpflichtung zum Integrationskurs")]
    [InlineData("Jobcenter und Ausländerbehörde widersprechen sich (§ 25 Abs. 2 AufenthG)")]
    [InlineData("Kein Kursplatz in 3 Monaten, 12 Personen auf der Warteliste")]
    [InlineData("Die Asterisk-Regel gilt nicht")] // a name inside a longer word is not the name
    [InlineData("")]
    public void An_anonymous_text_raises_no_warning(string text) =>
        Assert.Empty(PersonalDataCheck.Warnings(text, Names));

    [Fact]
    public void Short_name_parts_do_not_make_every_text_suspicious()
    {
        // "Li" and "Al" are too short to tell a name from an ordinary word.
        Assert.Empty(PersonalDataCheck.Warnings("Al fine: die Li-Regel", ["Li", "Al"]));
    }
}
