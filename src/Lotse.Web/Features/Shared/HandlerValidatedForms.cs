using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Lotse.Web.Features;

/// <summary>
/// The forms of the client and case pages are validated by their handlers (the same German messages as the API), never
/// by MVC: MVC would validate them a second time, in parts and with its own order. So MVC binds these types but does not
/// validate their members; whatever MVC still reports for them is a value it could not read (see
/// <see cref="FormErrors.HasUnreadableValues"/>).
/// </summary>
public sealed class HandlerValidatedForms : IValidationMetadataProvider
{
    private static readonly Type[] Types = [typeof(ClientForm), typeof(AssessmentForm), typeof(ClientSearchInput), typeof(CaseChange),
        typeof(Consents.ConsentInput), typeof(Consents.RevocationInput),
        typeof(Referrals.ReferralInput), typeof(Referrals.ReferralChange),
        typeof(Achievements.AchievementInput), typeof(Achievements.ResidenceDecisionInput), typeof(Achievements.ImmigrationSearchInput),
        typeof(Steering.ISteeringForm),
        // Network (issue 6): validated by their handlers as well
        typeof(Network.Offers.OfferInput), typeof(Network.Agreements.AgreementInput), typeof(Network.ServiceChains.ChainInput)];

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (Types.Any(t => t.IsAssignableFrom(context.Key.ModelType)))
            context.ValidationMetadata.ValidateChildren = false;
    }
}
