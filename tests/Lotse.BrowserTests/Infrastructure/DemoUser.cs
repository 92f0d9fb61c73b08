namespace Lotse.BrowserTests.Infrastructure;

/// <summary>The demo users the app seeds in Development (src/Lotse.Web/Data/DemoData.cs), with what the start page says about them.</summary>
public sealed record DemoUser(string UserName, string DisplayName, string GermanRole, string Organisation)
{
    public const string Password = "Lotse-Demo-2026!";

    public static readonly DemoUser Admin = new("admin", "Anna Admin", "Systemadministration", "Kommunales Integrationszentrum Kreis Musterland");
    public static readonly DemoUser Coordinator = new("koordination", "Konrad Koordination", "Koordinierende Stelle", "Kommunales Integrationszentrum Kreis Musterland");
    public static readonly DemoUser CaseManager1 = new("cm1", "Clara Caritas", "Case Management", "Caritasverband für den Kreis Musterland e.V.");
    public static readonly DemoUser CaseManager2 = new("cm2", "Ahmet Awo", "Case Management", "AWO Kreisverband Musterland e.V.");
    public static readonly DemoUser Jobcenter = new("jobcenter", "Jana Jobcenter", "Fachkraft Partnerorganisation", "Jobcenter Kreis Musterland");
    public static readonly DemoUser Abh = new("abh", "Anton Ausländerbehörde", "Ausländer-/Einbürgerungsbehörde", "Ausländerbehörde Kreis Musterland");
    public static readonly DemoUser Steering = new("lenkung", "Leonie Lenkung", "Lenkungsgruppe", "Sozialamt Kreis Musterland");
    public static readonly DemoUser DataProtection = new("datenschutz", "Dieter Datenschutz", "Datenschutzbeauftragte:r", "Kommunales Integrationszentrum Kreis Musterland");

    public static readonly IReadOnlyDictionary<string, DemoUser> ByName =
        new[] { Admin, Coordinator, CaseManager1, CaseManager2, Jobcenter, Abh, Steering, DataProtection }.ToDictionary(u => u.UserName);

    public override string ToString() => UserName;
}
