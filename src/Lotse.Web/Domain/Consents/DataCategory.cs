namespace Lotse.Web.Domain.Consents;

/// <summary>
/// The categories of client data a consent (Einwilligung / Schweigepflichtentbindung) can release to a recipient.
/// Everything Lotse shows a recipient outside the case-managing organisation is filed under exactly one of these.
/// </summary>
public enum DataCategory
{
    /// <summary>Name, birth date, address, contact details (Personalien und Kontakt).</summary>
    IdentityContact,
    /// <summary>Aufenthaltsstatus and its history.</summary>
    ResidenceStatus,
    /// <summary>Leistungsbezug (SGB II, SGB III, SGB XII, AsylbLG).</summary>
    Benefits,
    /// <summary>Assessment per Lebenslage.</summary>
    Assessment,
    /// <summary>Gesundheitsdaten (Art. 9 DSGVO): needs an explicit, separate consent.</summary>
    Health,
    /// <summary>Ziele und Integrationsplan.</summary>
    GoalsPlan,
    /// <summary>The content of a referral (Anliegen, Rückmeldungen, Ergebnis).</summary>
    ReferralContent,
    /// <summary>Dokumente.</summary>
    Documents,
    /// <summary>Integrationsleistungen for the Ausländer-/Einbürgerungsbehörde (Baustein 3): certificates, course, work, school, volunteering.</summary>
    IntegrationAchievements
}

public enum ConsentForm
{
    /// <summary>Signed on paper, scanned.</summary>
    SignedPaper,
    /// <summary>Given electronically.</summary>
    Electronic
}

public static class DataCategoryNames
{
    public static string Of(DataCategory c) => c switch
    {
        DataCategory.IdentityContact => "Personalien und Kontaktdaten",
        DataCategory.ResidenceStatus => "Aufenthaltsstatus",
        DataCategory.Benefits => "Leistungsbezug",
        DataCategory.Assessment => "Assessment (Lebenslagen)",
        DataCategory.Health => "Gesundheitsdaten",
        DataCategory.GoalsPlan => "Ziele und Integrationsplan",
        DataCategory.ReferralContent => "Inhalt der Verweisung",
        DataCategory.Documents => "Dokumente",
        DataCategory.IntegrationAchievements => "Integrationsleistungen",
        _ => c.ToString()
    };
}
