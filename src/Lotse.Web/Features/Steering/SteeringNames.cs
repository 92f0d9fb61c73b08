using System.Globalization;
using Lotse.Web.Domain.Steering;

namespace Lotse.Web.Features.Steering;

public static class SteeringNames
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    public static string Of(ObstacleCategory c) => c switch
    {
        ObstacleCategory.MissingOffer => "Fehlendes Angebot",
        ObstacleCategory.WaitingTime => "Wartezeit",
        ObstacleCategory.UnclearResponsibility => "Unklare Zuständigkeit",
        ObstacleCategory.ContradictoryMeasures => "Widersprüchliche Maßnahmen zwischen Stellen",
        ObstacleCategory.LanguageBarrier => "Sprachbarriere",
        ObstacleCategory.AccessBarrier => "Zugangshürde zu einem Rechtsanspruch",
        ObstacleCategory.DataNotExchanged => "Daten nicht ausgetauscht",
        _ => "Sonstiges"
    };

    public static string Of(MeasureStatus s) => MeasureNames.Of(s);

    public static string Of(SteeringMemberFunction f) => f switch
    {
        SteeringMemberFunction.OrganisationRepresentative => "Vertretung einer Organisation",
        SteeringMemberFunction.IntegrationCouncilChair => "Vorsitz des Integrationsrats",
        SteeringMemberFunction.MigrantRepresentative => "Vertretung der Migrant:innen",
        _ => "Sonstiges Mitglied"
    };

    public static string Of(ProposalStatus s) => s == ProposalStatus.Submitted ? "bei der Lenkungsgruppe eingereicht" : "Entwurf";
}
