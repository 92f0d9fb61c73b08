using System.Globalization;
using System.Text.Json;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.TypicalCases;

namespace Lotse.UnitTests.TypicalCases;

/// <summary>
/// Property test of the typical-case reconstruction: for many random clients and cases (seeded), no identifying value
/// of the source — names and name variants, household and contact names, birth date in any common format, street,
/// postal code, phone, e-mail, file number, any free text (notes, concerns, goals, steps, situations, remarks,
/// appointments, reopening reason; referrals' service outside the fixed vocabulary, message, result, reasons, feedback and
/// partner case reference; obstacles' descriptions), and no absolute date of the case — appears anywhere in the serialised output.
/// </summary>
public class ReconstructionAnonymisationTests
{
    private static readonly string[] Syllables = ["qa", "zu", "xe", "vo", "ky", "jo", "qi", "zy", "xo", "wu", "ze", "qo"];
    private static readonly Dictionary<Guid, string> Organisations = new[]
    {
        "Jobcenter Kreis Musterland", "Ausländerbehörde Kreis Musterland", "Caritasverband Musterland", "Volkshochschule Musterland",
        "Jugendamt Kreis Musterland", "Agentur für Arbeit Musterstadt"
    }.ToDictionary(_ => Guid.NewGuid(), n => n);

    [Fact]
    public async Task No_identifying_value_of_the_source_appears_in_the_reconstruction()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 300; run++)
        {
            var (client, @case, secrets, referrals, obstacles) = Generate(random);
            var (json, entries) = await ReconstructAsync(client, @case, referrals, obstacles,
                new CaseTimelineSource(), new ReferralTimelineSource(), new ObstacleTimelineSource());
            Assert.NotEmpty(entries); // guards against a vacuous pass
            Assert.Equal(referrals.Count > 0, entries.Any(e => e.Kind == "Verweisung"));
            Assert.Equal(obstacles.Count > 0, entries.Any(e => e.Kind == "Hemmnis"));
            Assert.Empty(Leaks(json, secrets));
        }
    }

    [Fact]
    public async Task The_check_finds_a_source_that_leaks_a_name_a_note_or_a_date()
    {
        var random = new Random(7);
        var (client, @case, secrets, referrals, obstacles) = Generate(random);
        var (json, _) = await ReconstructAsync(client, @case, referrals, obstacles, new CaseTimelineSource(), new LeakingSource());
        var leaks = Leaks(json, secrets);
        Assert.Contains(client.FamilyName, leaks);
        Assert.Contains(@case.Notes[0].Text, leaks);
        Assert.Contains(@case.OpenedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), leaks);
    }

    private sealed class LeakingSource : ITimelineSource
    {
        public Task<IReadOnlyList<RawTimelineEntry>> EntriesAsync(TimelineSourceContext c, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<RawTimelineEntry>>(
                [new RawTimelineEntry(c.Case.OpenedOn, "Kontakt", $"{c.Client.FamilyName}: {c.Case.Notes[0].Text} am {c.Case.OpenedOn:dd.MM.yyyy}")]);
    }

    private static async Task<(string Json, IReadOnlyList<Lotse.Web.Domain.TypicalCases.TimelineEntry> Entries)> ReconstructAsync(Client client, Case @case,
        IReadOnlyList<Referral> referrals, IReadOnlyList<Obstacle> obstacles, params ITimelineSource[] sources)
    {
        var snapshot = await CaseReconstructions.ReconstructAsync(client, @case, sources,
            new TimelineSourceContext(client, @case, null, referrals, obstacles), Organisations, "Typischer Fall", 21, default);
        snapshot.Id = Guid.Empty;
        Assert.Equal(0, snapshot.Entries[0].Day);
        return (JsonSerializer.Serialize(snapshot, Json), snapshot.Entries);
    }

    /// <summary>Unescaped, so that "straße" or "März" are compared as written.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static List<string> Leaks(string json, IEnumerable<string> secrets) =>
        secrets.Where(s => json.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();

    [Fact]
    public void Waiting_periods_longer_than_the_threshold_are_marked_and_days_are_relative()
    {
        var start = new DateOnly(2025, 3, 3);
        var org = Organisations.First();
        var (entries, duration) = TimelineBuilder.Build(
        [
            new RawTimelineEntry(start.AddDays(50), "Kontakt", "Kontakt: Gespräch"),
            new RawTimelineEntry(start, "Zugang", "Erstberatung", org.Key),
            new RawTimelineEntry(start.AddDays(14), "Assessment", "Assessment"),
        ], Organisations, 28);

        Assert.Equal([0, 14, 50], entries.Select(e => e.Day));
        Assert.Equal([null, null, 36], entries.Select(e => e.WaitingDays));
        Assert.Equal(org.Value, entries[0].Organisation);
        Assert.Equal(50, duration);
        Assert.Equal("Tag 14", TimelineBuilder.DayLabel(entries[1].Day));
    }

    [Theory]
    [InlineData(1990, 5, 20, "2026-05-19", "35 bis 44 Jahre")]
    [InlineData(1990, 5, 20, "2015-05-19", "18 bis 24 Jahre")]
    [InlineData(2010, null, null, "2026-01-01", "unter 18 Jahre")]
    [InlineData(1950, 1, null, "2026-06-01", "65 Jahre und älter")]
    public void Ages_become_ranges(int year, int? month, int? day, string on, string expected) =>
        Assert.Equal(expected, TimelineBuilder.AgeRange(year, month, day, DateOnly.Parse(on, CultureInfo.InvariantCulture)));

    private static string Word(Random r, int min = 3, int max = 4) =>
        string.Concat(Enumerable.Range(0, r.Next(min, max + 1)).Select(_ => Syllables[r.Next(Syllables.Length)]));

    private static string Name(Random r) { var w = Word(r); return char.ToUpperInvariant(w[0]) + w[1..]; }

    private static string Text(Random r, List<string> secrets, string? mention = null)
    {
        var text = string.Join(' ', Enumerable.Range(0, r.Next(3, 8)).Select(_ => Word(r, 2, 4))) + (mention is null ? "" : " " + mention);
        secrets.Add(text);
        return text;
    }

    private static (Client, Case, List<string>, List<Referral>, List<Obstacle>) Generate(Random r)
    {
        var secrets = new List<string>();
        var birth = new DateOnly(r.Next(1945, 2010), r.Next(1, 13), r.Next(1, 29));
        var client = new Client
        {
            FileNumber = $"2026-{Word(r, 3, 3).ToUpperInvariant()}",
            GivenName = Name(r), FamilyName = Name(r),
            NameVariants = [new NameVariant { GivenName = Name(r), FamilyName = Name(r), Source = "Pass" }],
            BirthYear = birth.Year, BirthMonth = birth.Month, BirthDay = birth.Day,
            Street = $"{Name(r)}straße {r.Next(1, 200)}", PostalCode = r.Next(10000, 99999).ToString(CultureInfo.InvariantCulture),
            Household = [new HouseholdMember { Relation = "Kind", Name = Name(r), BirthYear = birth.Year + 25 }],
            Contacts = [new ExternalContact { PersonName = Name(r), Phone = $"0{r.Next(100000000, 999999999)}", Email = $"{Word(r)}@example.org" }],
            Nationalities = ["SYR"],
        };
        secrets.AddRange([client.FileNumber, client.GivenName, client.FamilyName, client.NameVariants[0].GivenName, client.NameVariants[0].FamilyName,
            client.Street, client.PostalCode, client.Household[0].Name!, client.Contacts[0].PersonName, client.Contacts[0].Phone!, client.Contacts[0].Email!]);
        secrets.AddRange(DateFormats(birth));
        secrets.Add($"{birth.Month:00}.{birth.Year}");
        secrets.Add($"{birth.Year}-{birth.Month:00}");

        var orgs = Organisations.Keys.ToList();
        var today = new DateOnly(r.Next(2019, 2025), r.Next(1, 13), r.Next(1, 29));
        var @case = new Case { ClientId = client.Id, CaseManagerId = Guid.NewGuid(), OrganisationId = orgs[r.Next(orgs.Count)], OpenedOn = today };
        var dates = new List<DateOnly> { today };
        DateOnly Next() { today = today.AddDays(r.Next(0, 60)); dates.Add(today); return today; }

        Ok(@case.RecordIntake(new Intake
        {
            FirstContactOn = today, Route = AccessRoute.ReferredByOrganisation, ReferredByOrganisationId = orgs[r.Next(orgs.Count)],
            FirstConcerns = Text(r, secrets, client.FamilyName), Decision = IntakeDecision.CaseManagementIndicated
        }, today));
        var domains = Enum.GetValues<LifeDomain>();
        Ok(@case.RecordAssessment(new Assessment
        {
            AssessedOn = Next(),
            Ratings = domains.OrderBy(_ => r.Next()).Take(r.Next(1, 4)).Select(d => new LifeDomainRating
                { Domain = d, Rating = r.Next(1, 6), Situation = Text(r, secrets), Need = Text(r, secrets), ClientView = Text(r, secrets, client.GivenName) }).ToList()
        }, today));
        Ok(@case.StartPlanning(Next()));
        for (var g = 0; g < r.Next(1, 4); g++)
        {
            var goal = new Goal { Domain = domains[r.Next(domains.Length)], Description = Text(r, secrets, client.FamilyName) };
            for (var s = 0; s < r.Next(1, 4); s++)
            {
                var responsible = (StepResponsible)r.Next(3);
                var due = today.AddDays(r.Next(5, 90));
                dates.Add(due);
                goal.Steps.Add(new PlanStep
                {
                    Description = Text(r, secrets), Responsible = responsible, Sequence = s + 1,
                    ResponsibleOrganisationId = responsible == StepResponsible.Organisation ? orgs[r.Next(orgs.Count)] : null,
                    DueOn = due, Status = r.Next(2) == 0 ? StepStatus.Done : StepStatus.Open,
                });
                if (goal.Steps[^1].Status == StepStatus.Done) { goal.Steps[^1].DoneOn = due.AddDays(r.Next(-3, 20)); dates.Add(goal.Steps[^1].DoneOn!.Value); }
            }
            Ok(@case.AddGoal(goal, today));
        }
        Ok(@case.AgreePlan(today, Next()));
        Ok(@case.StartMonitoring(Next()));
        for (var n = 0; n < r.Next(1, 6); n++)
            Ok(@case.AddNote(new CaseNote { On = Next(), ContactType = (ContactType)r.Next(7), InterpreterUsed = r.Next(2) == 0, DurationMinutes = r.Next(10, 90),
                Text = Text(r, secrets, client.GivenName + " " + client.FamilyName) }, today));
        Ok(@case.AddAppointment(new Appointment { At = new DateTimeOffset(Next().ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), Title = Text(r, secrets), Location = Text(r, secrets) }, today));
        var referrals = new List<Referral>();
        for (var n = 0; n < r.Next(0, 4); n++)
        {
            DateTimeOffset At(DateOnly d) => new(d.ToDateTime(new TimeOnly(r.Next(6, 20), r.Next(60))), TimeSpan.Zero);
            var referral = new Referral
            {
                ClientId = client.Id, CaseId = @case.Id, FromOrganisationId = @case.OrganisationId, ToOrganisationId = orgs[r.Next(orgs.Count)],
                Service = r.Next(2) == 0
                    ? ReferralTimelineSource.ServiceVocabulary[r.Next(ReferralTimelineSource.ServiceVocabulary.Count)]
                    : Text(r, secrets, client.FamilyName),
                Message = Text(r, secrets, client.GivenName + " " + client.FamilyName + " " + client.Street),
                PartnerCaseReference = "JC-" + Word(r, 3, 3).ToUpperInvariant(), CreatedAt = At(today)
            };
            secrets.Add(referral.PartnerCaseReference);
            Ok(referral.Send([], At(Next())));
            var outcome = r.Next(4);
            if (outcome == 0) Ok(referral.Reject(Text(r, secrets, client.FamilyName), At(Next())));
            else if (outcome == 1) Ok(referral.Cancel(Text(r, secrets, client.GivenName), At(Next())));
            else
            {
                Ok(referral.Accept(At(Next())));
                Ok(referral.AddFeedback(new ReferralFeedback { At = At(today), Text = Text(r, secrets, client.FamilyName + ", geb. " + birth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)) }));
                if (r.Next(3) > 0) Ok(referral.RecordFirstAppointment(Next(), At(today)));
                if (outcome == 3) Ok(referral.Complete(Text(r, secrets, client.FamilyName), At(Next())));
            }
            referrals.Add(referral);
        }
        var obstacles = new List<Obstacle>();
        for (var n = 0; n < r.Next(0, 3); n++)
            obstacles.Add(new Obstacle
            {
                CaseId = @case.Id, RecordedByOrganisationId = @case.OrganisationId, RecordedOn = Next(), Phase = @case.Phase,
                Category = (ObstacleCategory)r.Next(8), LifeDomain = domains[r.Next(domains.Length)], OrganisationIds = [orgs[r.Next(orgs.Count)]],
                Description = Text(r, secrets, client.GivenName + " " + client.FamilyName)
            });
        Ok(@case.StartEvaluation(Next()));
        foreach (var goal in @case.Goals) { goal.Attainment = (GoalAttainment)r.Next(4); goal.EvaluationNote = Text(r, secrets); }
        Ok(@case.Close(ClosureReason.GoalsReached, Text(r, secrets, client.FamilyName), Next()));
        if (r.Next(2) == 0)
        {
            Ok(@case.Reopen(Text(r, secrets, client.GivenName), Next()));
        }
        secrets.AddRange(dates.Distinct().SelectMany(DateFormats));
        return (client, @case, secrets, referrals, obstacles);
    }

    private static IEnumerable<string> DateFormats(DateOnly d) =>
    [
        d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        d.ToString("d.M.yyyy", CultureInfo.InvariantCulture), d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), d.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        d.ToString("dd.MM.yy", CultureInfo.InvariantCulture), d.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE")),
    ];

    private static void Ok(Lotse.Web.Infrastructure.Http.Error? error) => Assert.Null(error);
}
