using Lotse.Web.Domain.Cases;

namespace Lotse.Web.Features.Cases;

/// <summary>German names of the case enums.</summary>
public static class CaseNames
{
    public static string Of(LifeDomain d) => d switch
    {
        LifeDomain.Housing => "Wohnen",
        LifeDomain.Language => "Sprache",
        LifeDomain.Residence => "Aufenthalt",
        LifeDomain.Livelihood => "Existenzsicherung",
        LifeDomain.Health => "Gesundheit",
        LifeDomain.EducationSchool => "Bildung/Schule",
        LifeDomain.QualificationRecognition => "Qualifikation/Anerkennung",
        LifeDomain.WorkTraining => "Arbeit/Ausbildung",
        LifeDomain.ChildcareFamily => "Kinderbetreuung/Familie",
        _ => "Soziale Teilhabe"
    };

    public static string Of(IntakeDecision d) => d switch
    {
        IntakeDecision.CaseManagementIndicated => "Case Management angezeigt",
        IntakeDecision.ShortAdvice => "Kurzberatung",
        _ => "nur Verweisung"
    };

    public static string Of(AccessRoute r) => r switch
    {
        AccessRoute.Self => "selbst gekommen",
        AccessRoute.ReferredByOrganisation => "vermittelt durch Organisation",
        AccessRoute.Outreach => "aufsuchend",
        _ => "über Familie/Community"
    };

    public static string Of(ClosureReason r) => r switch
    {
        ClosureReason.GoalsReached => "Ziele erreicht",
        ClosureReason.MovedAway => "verzogen",
        ClosureReason.HandedOver => "an anderen Dienst übergeben",
        ClosureReason.ContactLost => "Kontakt abgebrochen",
        ClosureReason.EndedByClient => "von der Person beendet",
        ClosureReason.ShortAdviceCompleted => "Kurzberatung abgeschlossen",
        ClosureReason.ReferralCompleted => "Verweisung erfolgt",
        _ => "sonstiger Grund"
    };

    public static string Of(GoalAttainment a) => a switch
    {
        GoalAttainment.Achieved => "erreicht",
        GoalAttainment.PartlyAchieved => "teilweise erreicht",
        GoalAttainment.NotAchieved => "nicht erreicht",
        _ => "verworfen"
    };

    public static string Of(StepResponsible r) => r switch
    {
        StepResponsible.Client => "Klient:in",
        StepResponsible.CaseManager => "Case Management",
        _ => "Organisation"
    };

    public static string Of(StepStatus s) => s switch
    {
        StepStatus.Open => "offen",
        StepStatus.Done => "erledigt",
        _ => "entfallen"
    };

    public static string Of(ContactType t) => t switch
    {
        ContactType.Meeting => "Gespräch",
        ContactType.Phone => "Telefonat",
        ContactType.HomeVisit => "Hausbesuch",
        ContactType.Messenger => "Messenger",
        ContactType.Email => "E-Mail",
        ContactType.Letter => "Brief",
        _ => "Sonstiges"
    };
}
