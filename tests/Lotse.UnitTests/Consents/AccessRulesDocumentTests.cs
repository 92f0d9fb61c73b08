using Lotse.Web.Features.Clients;

namespace Lotse.UnitTests.Consents;

/// <summary>docs/access-rules.md is generated from the rules in the code; this test fails when it is out of date.</summary>
public class AccessRulesDocumentTests
{
    /// <summary>Every rule source of the access rules; a further policy class (e.g. the referrals') is added here.</summary>
    internal static string Render() => ClientAccess.RenderRulesMarkdown(
        ("Personen, Datenkategorien, Fälle, Einwilligungen, Integrationsleistungen (Baustein 3)", "Features/Clients/ClientAccess.cs", ClientAccess.Rules),
        ("Verweisungen", "Features/Referrals/ReferralAccess.cs", Lotse.Web.Features.Referrals.ReferralAccess.Rules),
        ("Rechte der betroffenen Person (Auskunft, Berichtigung, Löschung, Aufbewahrung)", "Features/DataProtection/DataSubjectAccess.cs",
            Lotse.Web.Features.DataProtection.DataSubjectAccess.Rules));

    [Fact]
    public void The_generated_rule_table_in_the_docs_is_up_to_date()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "access-rules.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("LOTSE_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/access-rules.md fehlt: LOTSE_UPDATE_DOCS=1 dotnet test tests/Lotse.UnitTests --filter AccessRulesDocument");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"),
            "docs/access-rules.md ist veraltet: LOTSE_UPDATE_DOCS=1 dotnet test tests/Lotse.UnitTests --filter AccessRulesDocument");
    }

    [Fact]
    public void Every_role_has_at_least_one_rule()
    {
        foreach (var role in Lotse.Web.Domain.Roles.All)
            Assert.Contains(ClientAccess.Rules, r => r.Role == role);
        Assert.Contains("| Fachkraft Partnerorganisation (`PartnerCaseworker`) |", Render());
        Assert.Contains(Lotse.Web.Features.Referrals.ReferralAccess.Rules, r => r.Role == Lotse.Web.Domain.Roles.PartnerCaseworker);
        Assert.Contains(Lotse.Web.Features.DataProtection.DataSubjectAccess.Rules, r => r.Role == Lotse.Web.Domain.Roles.DataProtectionOfficer);
        Assert.Contains("## Verweisungen", Render());
        Assert.Contains("Quelle: `Features/DataProtection/DataSubjectAccess.cs`", Render());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lotse.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Lotse.slnx not found above " + AppContext.BaseDirectory);
    }
}
