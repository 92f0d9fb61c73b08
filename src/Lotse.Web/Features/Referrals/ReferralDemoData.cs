using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Clients;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// Demo referrals of cm1 (Caritas): one sent to the Jobcenter under a valid consent, one completed by the
/// Ausländerbehörde with its result (the plan step done), one rejected by the Agentur für Arbeit.
/// </summary>
public static class ReferralDemoData
{
    public static async Task SeedAsync(LotseDbContext db, CancellationToken ct)
    {
        var orgs = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var cm1 = await db.Users.Where(u => u.UserName == "cm1").Select(u => new { u.Id, u.OrganisationId }).SingleAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var today = LocalCalendar.Day(now);

        Referral Referral(Case c, Guid to, string service, PlanStep step, Goal goal, ReferralUrgency urgency, string message, params DataCategory[] shared) => new()
        {
            ClientId = c.ClientId, CaseId = c.Id, FromOrganisationId = cm1.OrganisationId, CreatedByUserId = cm1.Id, ToOrganisationId = to,
            Service = service, Message = message, GoalId = goal.Id, PlanStepId = step.Id, SharedCategories = shared.ToList(),
            Urgency = urgency, CreatedAt = now.AddDays(-21)
        };

        // 1. Sent to the Jobcenter, valid consent.
        var (haddad, haddadCase, haddadGoal, haddadStep) = await CaseAsync(db, cm1.Id, cm1.OrganisationId, "Yusuf", "Haddad", 1988, "SYR",
            LifeDomain.WorkTraining, "Eine Arbeitsstelle als Elektriker finden", "Beratung zur Arbeitsaufnahme beim Jobcenter", today, ct);
        db.Consents.Add(Consent(haddad.Id, orgs["Jobcenter Kreis Musterland"], cm1.Id, today.AddDays(-20), now,
            DataCategory.IdentityContact, DataCategory.Benefits, DataCategory.ReferralContent, DataCategory.GoalsPlan));
        var sent = Referral(haddadCase, orgs["Jobcenter Kreis Musterland"], "Beratung zur Arbeitsaufnahme", haddadStep, haddadGoal, ReferralUrgency.Urgent,
            "Herr Haddad ist ausgebildeter Elektriker und möchte so bald wie möglich arbeiten. Bitte um Beratung zu Vermittlung und Anerkennung.",
            DataCategory.IdentityContact, DataCategory.ReferralContent, DataCategory.GoalsPlan);
        sent.DueOn = today.AddDays(14);
        sent.PartnerCaseReference = "BG 59999-0042";
        Check(sent.Send([], now.AddDays(-2)));
        db.Referrals.Add(sent);

        // 2. Completed by the Ausländerbehörde: the result flowed back into the plan.
        var (osman, osmanCase, osmanGoal, osmanStep) = await CaseAsync(db, cm1.Id, cm1.OrganisationId, "Amina", "Osman", 1995, "SOM",
            LifeDomain.Language, "Deutsch auf B1-Niveau sprechen", "Berechtigung zum Integrationskurs klären", today, ct);
        db.Consents.Add(Consent(osman.Id, orgs["Ausländerbehörde Kreis Musterland"], cm1.Id, today.AddDays(-30), now,
            DataCategory.IdentityContact, DataCategory.ResidenceStatus, DataCategory.ReferralContent));
        var completed = Referral(osmanCase, orgs["Ausländerbehörde Kreis Musterland"], "Integrationskurs-Berechtigung", osmanStep, osmanGoal, ReferralUrgency.Normal,
            "Frau Osman möchte einen Integrationskurs besuchen. Bitte prüfen Sie die Berechtigung.",
            DataCategory.IdentityContact, DataCategory.ResidenceStatus, DataCategory.ReferralContent);
        Check(completed.Send([], now.AddDays(-20)));
        Check(completed.Accept(now.AddDays(-17)));
        Check(completed.RecordFirstAppointment(LocalCalendar.Day(now.AddDays(-12)), now.AddDays(-16)));
        var granted = LocalCalendar.Day(now.AddDays(-6));
        Check(completed.Complete($"Integrationskurs-Berechtigung erteilt am {German.Date(granted)}", now.AddDays(-6)));
        osmanCase.RecordReferralOutcome(osmanStep.Id, true, $"Verweisung „Integrationskurs-Berechtigung“ abgeschlossen: Integrationskurs-Berechtigung erteilt am {German.Date(granted)}", granted);
        db.Referrals.Add(completed);

        // 3. Rejected by the Agentur für Arbeit.
        var (karimi, karimiCase, karimiGoal, karimiStep) = await CaseAsync(db, cm1.Id, cm1.OrganisationId, "Reza", "Karimi", 2001, "AFG",
            LifeDomain.WorkTraining, "Einen Ausbildungsplatz finden", "Berufsberatung bei der Agentur für Arbeit", today, ct);
        db.Consents.Add(Consent(karimi.Id, orgs["Agentur für Arbeit Musterstadt"], cm1.Id, today.AddDays(-15), now,
            DataCategory.IdentityContact, DataCategory.ReferralContent));
        var rejected = Referral(karimiCase, orgs["Agentur für Arbeit Musterstadt"], "Berufsberatung", karimiStep, karimiGoal, ReferralUrgency.Normal,
            "Herr Karimi sucht einen Ausbildungsplatz als Kfz-Mechatroniker.", DataCategory.IdentityContact, DataCategory.ReferralContent);
        Check(rejected.Send([], now.AddDays(-10)));
        Check(rejected.Reject("Nicht zuständig: Herr Karimi bezieht Bürgergeld; bitte an das Jobcenter (U25-Team) wenden.", now.AddDays(-8)));
        karimiCase.RecordReferralOutcome(karimiStep.Id, false, "Verweisung „Berufsberatung“ abgelehnt", LocalCalendar.Day(now.AddDays(-8)));
        db.Referrals.Add(rejected);

        await db.SaveChangesAsync(ct);
    }

    private static async Task<(Client, Case, Goal, PlanStep)> CaseAsync(LotseDbContext db, Guid cm, Guid org, string given, string family, int birthYear,
        string nationality, LifeDomain domain, string goalText, string stepText, DateOnly today, CancellationToken ct)
    {
        var fileNumber = $"{today.Year}-D{family.ToUpperInvariant()[..3]}{birthYear % 100:00}";
        var client = new Client
        {
            FileNumber = fileNumber, GivenName = given, FamilyName = family, BirthYear = birthYear, Nationalities = [nationality],
            OwnerOrganisationId = org, CreatedAt = DateTimeOffset.UtcNow.AddDays(-40), EntryDate = today.AddYears(-2)
        };
        ClientKeys.Refresh(client);
        db.Clients.Add(client);
        var start = today.AddDays(-35);
        var c = new Case { ClientId = client.Id, CaseManagerId = cm, OrganisationId = org, OpenedOn = start };
        Check(c.RecordIntake(new Intake { FirstContactOn = start, Route = AccessRoute.Self, FirstConcerns = goalText, Decision = IntakeDecision.CaseManagementIndicated }, start));
        Check(c.RecordAssessment(new Assessment { AssessedOn = start.AddDays(3), Ratings = [new LifeDomainRating { Domain = domain, Rating = 4, Need = goalText }] }, start.AddDays(3)));
        Check(c.StartPlanning(start.AddDays(7)));
        var step = new PlanStep { Sequence = 1, Description = stepText, Responsible = StepResponsible.Organisation, DueOn = today.AddDays(14) };
        var goal = new Goal { Domain = domain, Description = goalText, Steps = [step] };
        Check(c.AddGoal(goal, start.AddDays(7)));
        Check(c.AgreePlan(start.AddDays(10), start.AddDays(10)));
        db.Cases.Add(c);
        await Task.CompletedTask;
        return (client, c, goal, step);
    }

    private static Consent Consent(Guid clientId, Guid to, Guid recordedBy, DateOnly givenOn, DateTimeOffset now, params DataCategory[] categories) => new()
    {
        ClientId = clientId, RecipientOrganisationIds = [to], Categories = categories.ToList(), Purpose = "Verweisung im Rahmen des Case Managements",
        GivenOn = givenOn, Form = ConsentForm.SignedPaper, RecordedByUserId = recordedBy, RecordedAt = now.AddDays(-20), ValidUntil = givenOn.AddYears(1)
    };

    private static void Check(Infrastructure.Http.Error? error)
    {
        if (error is not null) throw new InvalidOperationException("Demo data (referrals): " + error.Message);
    }
}
