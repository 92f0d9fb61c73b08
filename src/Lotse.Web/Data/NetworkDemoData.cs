using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Network;

namespace Lotse.Web.Data;

/// <summary>Demo offers, a cooperation agreement, a service chain with measured passes and a staff plan for "Kreis Musterland".</summary>
public static class NetworkDemoData
{
    public const string ChainName = "Integrationskurs für neu anerkannte Geflüchtete";
    public const string AgreementSubject = "Zusammenarbeit bei der Vermittlung in Integrationskurse";

    public static void Seed(LotseDbContext db, IReadOnlyList<Organisation> organisations, IReadOnlyList<Municipality> municipalities)
    {
        Organisation Org(string start) => organisations.First(o => o.Name.StartsWith(start, StringComparison.Ordinal));
        List<Guid> Places(params string[] names) => names.Select(n => municipalities.Single(m => m.Name == n).Id).ToList();
        var all = municipalities.Select(m => m.Id).ToList();
        var vhs = Org("Volkshochschule");
        var caritas = Org("Caritas");
        var awo = Org("AWO");
        var jobcenter = Org("Jobcenter");
        var bamf = Org("Bundesamt");
        var jmd = Org("Jugendmigrationsdienst");
        var mbe = Org("Migrationsberatung");
        var gesundheit = Org("Gesundheitsamt");
        var vielfalt = Org("Verein der Vielfalt");
        var stamp = new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

        Offer O(Organisation org, string title, LifeDomain domain, List<Guid> places, string description, int? min = null, int? max = null,
            ResidenceStatusType[]? statuses = null, string[]? languages = null, int? capacity = null, int? waiting = null) => new()
        {
            OrganisationId = org.Id, Title = title, LifeDomain = domain, MunicipalityIds = places, Description = description,
            MinAge = min, MaxAge = max, ResidenceStatusTypes = [.. statuses ?? []], Languages = [.. languages ?? ["Deutsch"]],
            Capacity = capacity, WaitingWeeks = waiting, ContactEmail = org.ContactEmail, ContactPhone = org.ContactPhone,
            ValidFrom = new DateOnly(2026, 1, 1), UpdatedAt = stamp
        };
        db.Offers.AddRange(
            O(vhs, "Integrationskurs mit Alphabetisierung", LifeDomain.Language, Places("Musterstadt", "Nordfeld"),
                "Integrationskurs (BAMF) mit Alphabetisierung, 1.200 Unterrichtseinheiten, Vormittagskurs mit Kinderbetreuung.", min: 16,
                languages: ["Deutsch", "Arabisch"], capacity: 60, waiting: 8),
            O(caritas, "Sprachcafé und Deutschkurs für Anfänger", LifeDomain.Language, Places("Musterstadt", "Bergheim am See"),
                "Niedrigschwelliger Deutschkurs (A1) für Erwachsene, auch ohne Anspruch auf einen Integrationskurs.", min: 18,
                statuses: [ResidenceStatusType.PermissionToRemain, ResidenceStatusType.Toleration], languages: ["Deutsch", "Farsi"], capacity: 25, waiting: 2),
            O(jmd, "Jugendmigrationsdienst: Begleitung in Schule und Ausbildung", LifeDomain.EducationSchool, all,
                "Individuelle Begleitung junger Menschen von 12 bis 27 Jahren beim Übergang Schule – Ausbildung.", min: 12, max: 27,
                languages: ["Deutsch", "Arabisch", "Englisch"], capacity: 80, waiting: 3),
            O(mbe, "Migrationsberatung für Erwachsene", LifeDomain.Residence, all,
                "Beratung zu Aufenthalt, Familiennachzug und Leistungen für Zugewanderte ab 27 Jahren.", min: 27,
                languages: ["Deutsch", "Russisch", "Türkisch"], capacity: 120, waiting: 4),
            O(awo, "Wohnungssuche und Mietberatung", LifeDomain.Housing, Places("Musterstadt", "Sandhagen", "Kirchlinde"),
                "Unterstützung bei Wohnungssuche, Mietvertrag und Wohnberechtigungsschein.", min: 18,
                languages: ["Deutsch", "Arabisch", "Ukrainisch"], capacity: 40, waiting: 6),
            O(gesundheit, "Sprechstunde Gesundheit für Geflüchtete", LifeDomain.Health, Places("Musterstadt"),
                "Offene Sprechstunde mit Sprachmittlung: Impfungen, Vorsorge, Weitervermittlung.",
                languages: ["Deutsch", "Arabisch", "Dari"], capacity: 30, waiting: 1),
            O(jobcenter, "Anerkennungsberatung und Qualifizierung", LifeDomain.QualificationRecognition, all,
                "Beratung zur Anerkennung ausländischer Berufsabschlüsse und Förderung von Anpassungsqualifizierungen (SGB II).", min: 18, max: 64,
                statuses: [ResidenceStatusType.ResidencePermit, ResidenceStatusType.SettlementPermit, ResidenceStatusType.EuFreeMovement],
                capacity: 50, waiting: 5),
            O(vielfalt, "Elterncafé und Kinderbetreuung", LifeDomain.ChildcareFamily, Places("Nordfeld", "Sandhagen"),
                "Treffpunkt für Eltern mit Kinderbetreuung während der Sprachkurse.",
                languages: ["Deutsch", "Tigrinya", "Arabisch"], capacity: 20, waiting: 0));

        var jobcenterStandard = new ServiceStandard
        {
            Position = 1, Text = "Das Jobcenter erteilt SGB-II-Leistungsberechtigten die Verpflichtung zum Integrationskurs innerhalb von 10 Arbeitstagen nach der Überweisung.",
            ResponsibleOrganisationId = jobcenter.Id, FromEvent = "Überweisung", ToEvent = "Verpflichtung erteilt", TargetDuration = 10, TargetUnit = DurationUnit.WorkingDays
        };
        var vhsStandard = new ServiceStandard
        {
            Position = 2, Text = "Der Kursträger bietet innerhalb von 6 Wochen nach der Anmeldung einen Kursplatz an.",
            ResponsibleOrganisationId = vhs.Id, FromEvent = "Anmeldung", ToEvent = "Kursbeginn", TargetDuration = 42, TargetUnit = DurationUnit.CalendarDays
        };
        var agreement = new Agreement
        {
            Subject = AgreementSubject, PartyIds = [jobcenter.Id, vhs.Id, Org("Kommunales").Id], ValidFrom = new DateOnly(2026, 1, 1),
            ValidUntil = new DateOnly(2027, 12, 31), Standards = [jobcenterStandard, vhsStandard]
        };
        foreach (var s in agreement.Standards) s.AgreementId = agreement.Id;
        db.Agreements.Add(agreement);

        var chain = new ServiceChain
        {
            Name = ChainName,
            Need = "Neu anerkannte Geflüchtete im SGB II sollen zügig einen Integrationskurs beginnen.",
        };
        ServiceChainStep Step(int position, string title, Organisation org, int days, DurationUnit unit, Guid? standard = null) =>
            new() { ChainId = chain.Id, Position = position, Title = title, ResponsibleOrganisationId = org.Id, TargetDuration = days, TargetUnit = unit, StandardId = standard };
        var obligation = Step(1, "Verpflichtung zum Integrationskurs", jobcenter, 10, DurationUnit.WorkingDays, jobcenterStandard.Id);
        var registration = Step(2, "Anmeldung beim Kursträger und Zulassung (BAMF)", bamf, 15, DurationUnit.WorkingDays);
        var start = Step(3, "Kursbeginn", vhs, 42, DurationUnit.CalendarDays, vhsStandard.Id);
        chain.Steps = [obligation, registration, start];
        db.ServiceChains.Add(chain);

        // Measured passes (no person behind them): deterministic durations over five months.
        var observations = new List<ServiceChainObservation>();
        void Passes(ServiceChainStep step, Organisation org, int[] durations, bool alsoStandard)
        {
            for (var i = 0; i < durations.Length; i++)
            {
                var started = new DateTimeOffset(2026, 6 + i % 5, 2 + i % 20, 8, 0, 0, TimeSpan.Zero);
                observations.Add(new ServiceChainObservation
                {
                    StepId = step.Id, StandardId = alsoStandard ? step.StandardId : null, OrganisationId = org.Id, StartedAt = started,
                    EndedAt = durations[i] < 0 ? null : started.AddDays(durations[i])
                });
            }
        }
        Passes(obligation, jobcenter, [5, 8, 12, 14, 6, 9, 20, 11, 7, 13], alsoStandard: true);
        Passes(registration, bamf, [10, 21, 28, 35, 14, 30, 25, 40, -1], alsoStandard: false);
        Passes(start, vhs, [30, 45, 60, 38, 41, 52], alsoStandard: true);
        db.ServiceChainObservations.AddRange(observations);

        var counts = new (string Kommune, int Over28, int Permitted, int Tolerated)[]
        {
            ("Musterstadt", 420, 180, 60), ("Nordfeld", 130, 45, 12), ("Sandhagen", 90, 30, 8), ("Kirchlinde", 75, 20, 5),
            ("Bergheim am See", 160, 70, 22), ("Waldbrück", 60, 18, 4), ("Talhausen", 55, 15, 6), ("Auendorf", 40, 10, 2),
        };
        var plan = new StaffPlan
        {
            FileName = "Zuwanderung_Kreis_Musterland_2026.csv", ImportedAt = stamp, TargetRatio = 100, AvailableFteTenths = 125,
            Categories = ["Neuzugewanderte über 28", "Gestattete", "Geduldete"],
        };
        foreach (var c in counts)
        {
            var id = municipalities.Single(m => m.Name == c.Kommune).Id;
            plan.Counts.Add(new StaffPlanCount { StaffPlanId = plan.Id, MunicipalityId = id, Category = "Neuzugewanderte über 28", Count = c.Over28 });
            plan.Counts.Add(new StaffPlanCount { StaffPlanId = plan.Id, MunicipalityId = id, Category = "Gestattete", Count = c.Permitted });
            plan.Counts.Add(new StaffPlanCount { StaffPlanId = plan.Id, MunicipalityId = id, Category = "Geduldete", Count = c.Tolerated });
        }
        db.StaffPlans.Add(plan);
    }
}
