using System.Net;
using Lotse.IntegrationTests.Fixtures;

namespace Lotse.IntegrationTests.Features.Hubs;

/// <summary>The hub pages "Steuerung" and "Netzwerk" offer each role exactly the pages of the area it may open.</summary>
public abstract class HubPageTests(LotseAppFactory app)
{
    private async Task<string> PageAsync(string user, string path)
    {
        using var response = await (await app.BrowserClientAsync(user)).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("koordination", "/Steuerung", "/Fallrekonstruktionen|/Steuerung/Hemmnisse|/Steuerung/Lenkungsgruppe|/Steuerung/Arbeitsgruppen|/Stellenplanung", "")]
    [InlineData("koordination", "/Netzwerk", "/Netzwerk/Angebote|/Netzwerk/Versorgung|/Netzwerk/Vereinbarungen|/Netzwerk/Ketten", "")]
    [InlineData("cm1", "/Steuerung", "/Fallrekonstruktionen|/Steuerung/Arbeitsgruppen", "/Steuerung/Hemmnisse|/Stellenplanung|/Steuerung/Lenkungsgruppe")]
    [InlineData("lenkung", "/Netzwerk", "/Netzwerk/Versorgung", "/Netzwerk/Vereinbarungen|/Netzwerk/Ketten|/Netzwerk/Angebote")]
    public async Task A_hub_lists_the_pages_the_role_may_open_and_no_others(string user, string hub, string offered, string withheld)
    {
        var html = await PageAsync(user, hub);
        var list = html[html.IndexOf("<ul class=\"hub-list\">", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        foreach (var href in offered.Split('|')) Assert.Contains($"href=\"{href}\"", list);
        foreach (var href in withheld.Split('|', StringSplitOptions.RemoveEmptyEntries)) Assert.DoesNotContain($"href=\"{href}\"", list);
    }

    [Fact]
    public async Task A_role_without_pages_in_the_area_is_told_so()
    {
        Assert.Contains("Für Ihre Rolle gibt es in diesem Bereich keine Seiten.", await PageAsync("datenschutz", "/Netzwerk"));
    }

    [Fact]
    public async Task The_Koordinierende_Stelle_reaches_the_hubs_from_the_main_navigation()
    {
        var html = await PageAsync("koordination", "/");
        var nav = html[html.IndexOf("aria-label=\"Hauptnavigation\"", StringComparison.Ordinal)..];
        nav = nav[..nav.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("href=\"/Steuerung\">Steuerung</a>", nav);
        Assert.Contains("href=\"/Netzwerk\">Netzwerk</a>", nav);
        Assert.DoesNotContain("href=\"/Steuerung/Hemmnisse\"", nav);
    }
}

public sealed class HubPageTests_Sqlite(SqliteApp app) : HubPageTests(app), IClassFixture<SqliteApp>;
public sealed class HubPageTests_Postgres(PostgresApp app) : HubPageTests(app), IClassFixture<PostgresApp>;
