using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Lotse.IntegrationTests.Features.Consents;

/// <summary>Consents and referrals written directly through the domain (the referral UI is another feature's).</summary>
internal static class ConsentSetup
{
    public static Task<Guid> OrganisationOfAsync(LotseAppFactory app, string userName) =>
        app.WithDb(db => db.Users.Where(u => u.UserName == userName).Select(u => u.OrganisationId).SingleAsync());

    public static Task<Guid> ConsentAsync(LotseAppFactory app, Guid clientId, Guid recipient, DataCategory[] categories,
        DateOnly? givenOn = null, DateOnly? validUntil = null, bool revoked = false, bool healthExplicit = false) =>
        app.WithDb(async db =>
        {
            var consent = new Consent
            {
                ClientId = clientId, RecipientOrganisationIds = [recipient], Categories = [.. categories],
                Purpose = "Prüfung der Integrationskurs-Berechtigung", GivenOn = givenOn ?? DateOnly.FromDateTime(DateTime.Today).AddDays(-30),
                Form = ConsentForm.SignedPaper, ValidUntil = validUntil, HealthExplicit = healthExplicit,
                RecordedAt = DateTimeOffset.UtcNow
            };
            if (revoked) Assert.Null(consent.Revoke(DateTimeOffset.UtcNow.AddMinutes(-1), "Widerruf in der Beratung"));
            db.Consents.Add(consent);
            await db.SaveChangesAsync();
            return consent.Id;
        });

    /// <summary>A sent referral from the client's case organisation to <paramref name="to"/>, sharing <paramref name="shared"/>.</summary>
    public static Task<Guid> SentReferralAsync(LotseAppFactory app, Guid clientId, Guid to, DataCategory[] shared, ReferralStatus status = ReferralStatus.Sent) =>
        app.WithDb(async db =>
        {
            var @case = await db.Cases.AsNoTracking().FirstAsync(k => k.ClientId == clientId);
            var referral = new Referral
            {
                ClientId = clientId, CaseId = @case.Id, FromOrganisationId = @case.OrganisationId, CreatedByUserId = @case.CaseManagerId,
                ToOrganisationId = to, Service = "Integrationskurs-Berechtigung", SharedCategories = [.. shared],
                CreatedAt = DateTimeOffset.UtcNow
            };
            var now = DateTimeOffset.UtcNow;
            Assert.Null(referral.Send([], now));
            if (status is ReferralStatus.Accepted or ReferralStatus.InProgress or ReferralStatus.Completed) Assert.Null(referral.Accept(now));
            if (status is ReferralStatus.InProgress) Assert.Null(referral.StartWork(now));
            if (status is ReferralStatus.Completed) Assert.Null(referral.Complete("Berechtigung erteilt", now));
            if (status is ReferralStatus.Cancelled) Assert.Null(referral.Cancel("nicht mehr nötig", now));
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral.Id;
        });
}
