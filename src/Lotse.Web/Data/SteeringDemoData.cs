using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Clients;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Data;

/// <summary>
/// Demo material of the steering layer: three short-advice cases of the Caritas (closed, so they stay off the
/// caseloads) with obstacles, one topic handed to a working group, a meeting and a submitted Vorlage, one
/// Lenkungsgruppe meeting with a decision and two measures, one of them overdue.
/// </summary>
public static class SteeringDemoData
{
    public static async Task SeedAsync(LotseDbContext db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.OrganisationId), ct);
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Name, m => m.Id, ct);
        var (cm1, caritas) = users["cm1"];
        var jobcenter = orgs["Jobcenter Kreis Musterland"];
        var abh = orgs["Ausländerbehörde Kreis Musterland"];
        var bamf = orgs["Bundesamt für Migration und Flüchtlinge, Regionalkoordination"];

        Case ShortAdviceCase(string given, string family, string municipality, int daysAgo, int index)
        {
            var client = new Client
            {
                FileNumber = $"{today.Year}-HDEMO{index}", GivenName = given, FamilyName = family, BirthYear = 1980 + index * 3,
                MunicipalityId = municipalities[municipality], OwnerOrganisationId = caritas, CreatedAt = DateTimeOffset.UtcNow
            };
            ClientKeys.Refresh(client);
            db.Clients.Add(client);
            var opened = today.AddDays(-daysAgo);
            var @case = new Case { ClientId = client.Id, CaseManagerId = cm1, OrganisationId = caritas, OpenedOn = opened };
            @case.RecordIntake(new Intake
            {
                FirstContactOn = opened, Route = AccessRoute.Self, FirstConcerns = "Integrationskurs, Arbeit",
                Decision = IntakeDecision.ShortAdvice, DecisionReason = "Kurzberatung genügte; Hinweise zu Integrationskurs und Jobcenter gegeben."
            }, today);
            @case.Close(ClosureReason.ShortAdviceCompleted, "Wartezeit auf die Verpflichtung zum Integrationskurs", today);
            db.Cases.Add(@case);
            return @case;
        }

        var cases = new[]
        {
            ShortAdviceCase("Demo", "Hemmnis-Eins", "Musterstadt", 150, 1),
            ShortAdviceCase("Demo", "Hemmnis-Zwei", "Nordfeld", 90, 2),
            ShortAdviceCase("Demo", "Hemmnis-Drei", "Waldbrück", 40, 3),
        };

        Obstacle O(Case c, int daysAgo, ObstacleCategory category, Guid[] organisations, LegalDomain? legal, LifeDomain life, string text) => new()
        {
            CaseId = c.Id, RecordedByOrganisationId = caritas, RecordedById = cm1, RecordedOn = today.AddDays(-daysAgo), Phase = CasePhase.Intake,
            Category = category, OrganisationIds = [.. organisations], LegalDomain = legal, LifeDomain = life, Description = text
        };
        var waiting = new[]
        {
            O(cases[0], 140, ObstacleCategory.WaitingTime, [jobcenter], LegalDomain.SgbII, LifeDomain.Language, "Verpflichtung zum Integrationskurs kam erst nach acht Wochen."),
            O(cases[0], 120, ObstacleCategory.WaitingTime, [jobcenter, bamf], LegalDomain.SgbII, LifeDomain.Language, "Berechtigungsschein und Kursplatz: zwei Stellen, keine Absprache, sechs Wochen Wartezeit."),
            O(cases[1], 80, ObstacleCategory.WaitingTime, [jobcenter], LegalDomain.SgbII, LifeDomain.Language, "Wartezeit auf die Verpflichtung zum Integrationskurs über zwei Monate."),
            O(cases[1], 60, ObstacleCategory.WaitingTime, [jobcenter], LegalDomain.SgbII, LifeDomain.WorkTraining, "Termin zur Arbeitsvermittlung erst nach dem Sprachkurs möglich."),
            O(cases[2], 30, ObstacleCategory.WaitingTime, [jobcenter], LegalDomain.SgbII, LifeDomain.Language, "Integrationskurs-Verpflichtung fehlte, Kursbeginn verschoben."),
        };
        var others = new[]
        {
            O(cases[1], 75, ObstacleCategory.UnclearResponsibility, [abh, bamf], LegalDomain.AufenthG, LifeDomain.Language, "Unklar, ob die Ausländerbehörde oder das BAMF den Berechtigungsschein ausstellt."),
            O(cases[2], 20, ObstacleCategory.LanguageBarrier, [abh], LegalDomain.AufenthG, LifeDomain.Residence, "Bescheid nur auf Deutsch, keine Dolmetschung beim Termin."),
        };
        db.Obstacles.AddRange(waiting);
        db.Obstacles.AddRange(others);

        var group = new WorkingGroup
        {
            Name = "AG Sprache und Arbeit",
            Purpose = "Übergänge zwischen Integrationskurs, Jobcenter und Ausländerbehörde verbessern."
        };
        group.AddMember(cm1);
        group.AddMember(users["jobcenter"].Id);
        db.WorkingGroups.Add(group);

        var topic = new Topic
        {
            Title = "Wartezeiten auf die Verpflichtung zum Integrationskurs", CreatedOn = today.AddDays(-25),
            Description = "Mehrere Fälle warten sechs Wochen und länger auf die Verpflichtung durch das Jobcenter."
        };
        topic.HandTo(group.Id, today.AddDays(-25));
        db.Topics.Add(topic);
        foreach (var o in waiting) o.TopicId = topic.Id;

        group.Meetings.Add(new WorkingGroupMeeting
        {
            On = today.AddDays(-18), Participants = "Clara Caritas (Caritas), Jana Jobcenter (Jobcenter), Konrad Koordination (KI)",
            Notes = "Anonymisierte Fallverläufe besprochen; die Wartezeit entsteht zwischen Antrag und Verpflichtung.",
            Results = "Vorschlag: feste Frist von zehn Arbeitstagen für die Verpflichtung, Ansprechperson im Jobcenter."
        });
        var proposal = new Proposal
        {
            WorkingGroupId = group.Id, TopicId = topic.Id, Title = "Frist für die Verpflichtung zum Integrationskurs",
            Text = "Die Lenkungsgruppe empfiehlt dem Jobcenter, die Verpflichtung zum Integrationskurs für SGB-II-Beziehende innerhalb von zehn Arbeitstagen nach der Vermittlung auszustellen."
        };
        proposal.Submit(today.AddDays(-15));
        group.Proposals.Add(proposal);

        db.SteeringGroupMembers.AddRange(
            new SteeringGroupMembership { Name = "Leonie Lenkung", Function = SteeringMemberFunction.OrganisationRepresentative, OrganisationId = users["lenkung"].OrganisationId, UserId = users["lenkung"].Id },
            new SteeringGroupMembership { Name = "Geschäftsführung Jobcenter Kreis Musterland", Function = SteeringMemberFunction.OrganisationRepresentative, OrganisationId = jobcenter },
            new SteeringGroupMembership { Name = "Vorsitz des Integrationsrats", Function = SteeringMemberFunction.IntegrationCouncilChair },
            new SteeringGroupMembership { Name = "Vertretung der Migrantenselbstorganisationen", Function = SteeringMemberFunction.MigrantRepresentative, OrganisationId = orgs["Verein der Vielfalt e.V. (Migrantenselbstorganisation)"] });

        var meeting = new SteeringMeeting
        {
            On = today.AddDays(-10), Location = "Kreishaus, Sitzungsraum 2",
            Minutes = "Die AG Sprache und Arbeit stellte ihre Vorlage vor. Das Jobcenter sagte eine Prüfung der Abläufe zu."
        };
        meeting.AddAgendaItem("Begrüßung und Bericht der Koordinierenden Stelle", null);
        meeting.AddAgendaItem(proposal.Title, proposal.Id);
        var decision = meeting.Decide("Frist für die Verpflichtung zum Integrationskurs",
            "Die Lenkungsgruppe empfiehlt, die Verpflichtung zum Integrationskurs für SGB-II-Beziehende innerhalb von zehn Arbeitstagen auszustellen und im Jobcenter eine feste Ansprechperson für das KIM zu benennen.").Value!;
        db.SteeringMeetings.Add(meeting);
        decision.Measures.Add(new Measure { Title = "Ansprechperson im Jobcenter benennen", ResponsibleOrganisationId = jobcenter, DueOn = today.AddDays(-3) });
        var inProgress = new Measure { Title = "Ablauf Verpflichtung Integrationskurs überarbeiten", ResponsibleOrganisationId = jobcenter, DueOn = today.AddDays(60) };
        inProgress.MoveTo(MeasureStatus.InProgress, "Arbeitsgruppe im Jobcenter eingerichtet", users["koordination"].Id, today.AddDays(-5));
        decision.Measures.Add(inProgress);
        await db.SaveChangesAsync(ct);
    }
}
