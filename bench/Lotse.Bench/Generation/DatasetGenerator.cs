using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;

namespace Lotse.Bench.Generation;

public sealed record GenerateOptions
{
    public int Clients { get; init; } = 1_000_000;
    /// <summary>Cases per client on average (a share of clients had an earlier, closed case).</summary>
    public double CasesPerClient { get; init; } = 1.2;
    /// <summary>Documented contacts (CaseNotes, the "activities") per case on average.</summary>
    public double ActivitiesPerCase { get; init; } = 15;
    /// <summary>Share of clients whose last case is active; the rest have only closed cases.</summary>
    public double ActiveShare { get; init; } = 0.95;
    public int TargetCaseload { get; init; } = 100;
    public int CaseManagersPerOrganisation { get; init; } = 25;
    public int Seed { get; init; } = 20261125;
    public int Workers { get; init; } = 2;
}

public sealed record GenerationResult(IReadOnlyDictionary<string, long> Rows, TimeSpan LoadTime, TimeSpan IndexTime, TimeSpan VacuumTime, int CaseManagers, int Organisations, int Regions);

/// <summary>
/// Writes a synthetic but realistic KIM dataset straight into the migrated PostgreSQL database with binary COPY
/// (never row by row through EF). Name keys are computed with the app's own <see cref="ClientKeys"/>.
/// Deterministic for a given seed and size.
/// </summary>
public sealed class DatasetGenerator(string connectionString, GenerateOptions options, Action<string> log)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private const string FileNumberAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.Now);
    private readonly double[] _originWeights = CumulativeWeights(NameLists.Origins.Select(o => o.Weight));

    private sealed record Manager(Guid Id, Guid OrganisationId, int Region);
    private sealed record RegionInfo(Guid Id, string Name, List<Guid> Municipalities);

    private List<RegionInfo> _regions = [];
    private List<Manager> _managers = [];
    private Guid[] _partnerOrganisations = [];

    private const int MaxDemoClients = 100;

    public async Task<GenerationResult> RunAsync()
    {
        await using var data = NpgsqlDataSource.Create(connectionString);
        await using (var c = await data.OpenConnectionAsync())
        {
            // The demo seed brings a few dozen demo clients at most; more means an earlier dataset.
            var existing = (long)(await new NpgsqlCommand("SELECT count(*) FROM \"Clients\"", c).ExecuteScalarAsync())!;
            if (existing > MaxDemoClients)
                throw new InvalidOperationException($"The database already has {existing} clients; generate into a fresh database.");
            await CreateTerritoryAndStaffAsync(c);
        }

        BulkSchema schema;
        await using (var c = await data.OpenConnectionAsync())
        {
            schema = await BulkSchema.CaptureAsync(c);
            await schema.DropAsync(c);
            // The caseload counts, name search keys and due summaries are kept by row triggers on the case and client
            // tables (migrations CaseloadCounts, ClientSearchKeys, CaseDueSummaries): off for the COPY (one trigger call per
            // row would dominate the load), rebuilt once afterwards.
            await using var off = new NpgsqlCommand("""ALTER TABLE "Cases" DISABLE TRIGGER USER; ALTER TABLE "Clients" DISABLE TRIGGER USER; ALTER TABLE "CaseGoals" DISABLE TRIGGER USER; ALTER TABLE "CasePlanSteps" DISABLE TRIGGER USER; ALTER TABLE "CaseAssessments" DISABLE TRIGGER USER;""", c);
            await off.ExecuteNonQueryAsync();
        }
        log($"Dropped {schema.IndexCount} indexes/keys of {BulkSchema.Tables.Length} tables for the load (recreated afterwards from the same definitions).");

        var workers = Math.Max(1, options.Workers);
        var perWorker = Enumerable.Range(0, workers).Select(_ => new Counters()).ToArray();
        var load = Stopwatch.StartNew();
        using var progressStop = new CancellationTokenSource();
        var progress = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), progressStop.Token);
                    var total = perWorker.Sum(x => x.Total);
                    log($"  {load.Elapsed.TotalSeconds,5:F0} s: {perWorker.Sum(x => x.Clients):N0} clients, {total:N0} rows ({total / load.Elapsed.TotalSeconds:N0} rows/s)");
                }
            }
            catch (OperationCanceledException) { }
        });
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => LoadRangeAsync(data, w, workers, perWorker[w]))));
        var counters = Counters.Sum(perWorker);
        load.Stop();
        progressStop.Cancel();
        await progress;
        log($"Loaded {counters.Total:N0} rows in {load.Elapsed.TotalSeconds:F1} s ({counters.Total / load.Elapsed.TotalSeconds:N0} rows/s, {counters.Clients / load.Elapsed.TotalSeconds:N0} clients/s).");

        var index = Stopwatch.StartNew();
        log("Recreating primary keys, indexes and foreign keys:");
        await schema.RecreateAsync(async () => await data.OpenConnectionAsync(), log);
        await using (var c = await data.OpenConnectionAsync())
        {
            await using var on = new NpgsqlCommand("""ALTER TABLE "Cases" ENABLE TRIGGER USER; ALTER TABLE "Clients" ENABLE TRIGGER USER; ALTER TABLE "CaseGoals" ENABLE TRIGGER USER; ALTER TABLE "CasePlanSteps" ENABLE TRIGGER USER; ALTER TABLE "CaseAssessments" ENABLE TRIGGER USER;"""
                + Lotse.Web.Domain.Cases.CaseloadCountsSql.PostgresRecount + Lotse.Web.Domain.Clients.ClientSearchKeysSql.PostgresRebuild
                + Lotse.Web.Domain.Cases.CaseDueSummarySql.PostgresRebuild, c) { CommandTimeout = 0 };
            await on.ExecuteNonQueryAsync();
        }
        index.Stop();
        log($"Indexes, keys and the trigger-maintained tables (caseload counts, name search keys, due summaries) in {index.Elapsed.TotalSeconds:F1} s.");

        var vacuum = Stopwatch.StartNew();
        await using (var c = await data.OpenConnectionAsync())
        {
            await using var cmd = new NpgsqlCommand("VACUUM (ANALYZE)", c) { CommandTimeout = 0 };
            await cmd.ExecuteNonQueryAsync();
        }
        vacuum.Stop();
        log($"VACUUM ANALYZE in {vacuum.Elapsed.TotalSeconds:F1} s.");
        return new GenerationResult(counters.ToDictionary(), load.Elapsed, index.Elapsed, vacuum.Elapsed,
            _managers.Count, _managers.Select(m => m.OrganisationId).Distinct().Count(), _regions.Count);
    }

    // ---------------------------------------------------------------- territory, organisations, staff

    private async Task CreateTerritoryAndStaffAsync(NpgsqlConnection c)
    {
        var rng = new Random(options.Seed);
        var activeCases = (int)Math.Round(options.Clients * options.ActiveShare);
        var managerCount = Math.Max(2, (int)Math.Round(activeCases / (double)options.TargetCaseload));

        // The demo's Kreis Musterland (three RBs) plus more Regionalbereiche as the dataset grows.
        _regions = [];
        await using (var cmd = new NpgsqlCommand("""
            SELECT r."Id", r."Name", array_agg(m."Id" ORDER BY m."Name")
            FROM "Regions" r JOIN "Municipalities" m ON m."RegionId" = r."Id" GROUP BY r."Id", r."Name" ORDER BY r."Name"
            """, c))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync())
                _regions.Add(new RegionInfo(r.GetGuid(0), r.GetString(1), [.. r.GetFieldValue<Guid[]>(2)]));
        if (_regions.Count == 0) throw new InvalidOperationException("No demo territory: seed the demo data first.");
        var demoMitte = _regions.FindIndex(x => x.Name.Contains("Mitte"));

        var newRegions = Math.Clamp(options.Clients / 40_000, 1, NameLists.Cities.Length);
        string[] districts = ["", "-Nord", "-Süd", "-Ost", "-West", "-Mitte", "-Altstadt", "-Neustadt", "-Heide", "-Feld", "-Berg", "-Tal"];
        await using (var w = await c.BeginBinaryImportAsync("COPY \"Regions\" (\"Id\",\"Name\",\"MainSite\",\"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < newRegions; i++)
            {
                var city = NameLists.Cities[i];
                var region = new RegionInfo(NewGuid(rng), $"Regionalbereich {city}", []);
                _regions.Add(region);
                await w.StartRowAsync();
                await w.WriteAsync(region.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(region.Name, NpgsqlDbType.Varchar);
                await w.WriteAsync(city, NpgsqlDbType.Varchar);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }
            await w.CompleteAsync();
        }
        await using (var w = await c.BeginBinaryImportAsync("COPY \"Municipalities\" (\"Id\",\"Name\",\"OfficialKey\",\"RegionId\",\"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            var key = 5_900_000;
            for (var i = 0; i < newRegions; i++)
            {
                var region = _regions[^newRegions..][i];
                var city = NameLists.Cities[i];
                var count = 5 + rng.Next(8);
                for (var d = 0; d < count; d++)
                {
                    var id = NewGuid(rng);
                    region.Municipalities.Add(id);
                    await w.StartRowAsync();
                    await w.WriteAsync(id, NpgsqlDbType.Uuid);
                    await w.WriteAsync(city + districts[d], NpgsqlDbType.Varchar);
                    await w.WriteAsync($"0{key++}", NpgsqlDbType.Varchar);
                    await w.WriteAsync(region.Id, NpgsqlDbType.Uuid);
                    await w.WriteAsync(0, NpgsqlDbType.Integer);
                }
            }
            await w.CompleteAsync();
        }

        // Case-management organisations (local teams of the welfare organisations), ~25 case managers each.
        var demoUsers = new Dictionary<string, (Guid Id, Guid Org)>();
        await using (var cmd = new NpgsqlCommand("SELECT \"UserName\", \"Id\", \"OrganisationId\" FROM \"AspNetUsers\" WHERE \"UserName\" IN ('cm1','cm2')", c))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) demoUsers[r.GetString(0)] = (r.GetGuid(1), r.GetGuid(2));
        if (demoUsers.Count != 2) throw new InvalidOperationException("Demo users cm1/cm2 are missing: seed the demo data first.");
        var caseManagerRole = (Guid)(await new NpgsqlCommand($"SELECT \"Id\" FROM \"AspNetRoles\" WHERE \"Name\" = '{Roles.CaseManager}'", c).ExecuteScalarAsync())!;
        var partners = new List<Guid>();
        await using (var cmd = new NpgsqlCommand("SELECT \"Id\" FROM \"Organisations\" WHERE \"Type\" NOT IN ('WelfareOrganisation','CoordinationOffice') ORDER BY \"Name\"", c))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) partners.Add(r.GetGuid(0));
        _partnerOrganisations = [.. partners];

        _managers = [new(demoUsers["cm1"].Id, demoUsers["cm1"].Org, demoMitte), new(demoUsers["cm2"].Id, demoUsers["cm2"].Org, demoMitte)];
        var perOrg = options.CaseManagersPerOrganisation;
        // The demo organisations of cm1 and cm2 get a normal team too, so their caseload and visibility are typical.
        var newUsers = new List<(Guid Id, Guid Org, string UserName, string Display)>();
        var organisations = new List<(Guid Id, string Name, int Region)>();
        var demoTeam = Math.Min(perOrg - 1, Math.Max(0, (managerCount - 2) / 2));
        foreach (var (demo, org) in new[] { ("cm1", demoUsers["cm1"].Org), ("cm2", demoUsers["cm2"].Org) })
            for (var i = 0; i < demoTeam / 2 && _managers.Count < managerCount; i++)
                AddManager(org, demoMitte, $"{demo}-team{i + 1}");
        string[] providers = ["Caritasverband", "AWO", "Diakonie", "DRK-Kreisverband", "Der Paritätische", "Stadt", "IN VIA", "Internationaler Bund", "SkF", "Malteser"];
        var orgNumber = 0;
        while (_managers.Count < managerCount)
        {
            var region = 0 + (orgNumber % _regions.Count);
            var orgId = NewGuid(rng);
            var place = _regions[region].Name.Replace("Regionalbereich ", "");
            organisations.Add((orgId, $"{providers[orgNumber % providers.Length]} {place}, KIM-Team {orgNumber / providers.Length + 1}", region));
            for (var i = 0; i < perOrg && _managers.Count < managerCount; i++)
                AddManager(orgId, region, $"cm-o{orgNumber + 1}-{i + 1}");
            orgNumber++;
        }

        void AddManager(Guid org, int region, string userName)
        {
            var id = NewGuid(rng);
            _managers.Add(new Manager(id, org, region));
            var origin = PickOrigin(rng);
            var female = rng.NextDouble() < 0.7;
            newUsers.Add((id, org, userName, $"{Spelling(Pick(rng, female ? origin.FemaleGiven : origin.MaleGiven), rng, 0.9)} {Spelling(Pick(rng, origin.Family), rng, 0.9)}"));
        }

        await using (var w = await c.BeginBinaryImportAsync("""
            COPY "Organisations" ("Id","Name","Type","LegalDomain","City","MunicipalityId","IsActive","Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (id, name, region) in organisations)
            {
                await w.StartRowAsync();
                await w.WriteAsync(id, NpgsqlDbType.Uuid);
                await w.WriteAsync(name, NpgsqlDbType.Varchar);
                await w.WriteAsync("WelfareOrganisation", NpgsqlDbType.Varchar);
                await w.WriteAsync("None", NpgsqlDbType.Varchar);
                await w.WriteAsync(_regions[region].Name.Replace("Regionalbereich ", ""), NpgsqlDbType.Varchar);
                await w.WriteAsync(_regions[region].Municipalities[0], NpgsqlDbType.Uuid);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }
            await w.CompleteAsync();
        }

        // One password hash for every generated account (the demo password; PBKDF2 per account would take minutes).
        var hash = new PasswordHasher<LotseUser>().HashPassword(null!, Lotse.Web.Data.DemoData.Password);
        await using (var w = await c.BeginBinaryImportAsync("""
            COPY "AspNetUsers" ("Id","DisplayName","OrganisationId","IsActive","UserName","NormalizedUserName","Email","NormalizedEmail",
              "EmailConfirmed","PasswordHash","SecurityStamp","ConcurrencyStamp","PhoneNumberConfirmed","TwoFactorEnabled","LockoutEnabled","AccessFailedCount")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var u in newUsers)
            {
                await w.StartRowAsync();
                await w.WriteAsync(u.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(u.Display, NpgsqlDbType.Varchar);
                await w.WriteAsync(u.Org, NpgsqlDbType.Uuid);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync(u.UserName, NpgsqlDbType.Varchar);
                await w.WriteAsync(u.UserName.ToUpperInvariant(), NpgsqlDbType.Varchar);
                await w.WriteAsync($"{u.UserName}@lotse-bench.example", NpgsqlDbType.Varchar);
                await w.WriteAsync($"{u.UserName}@lotse-bench.example".ToUpperInvariant(), NpgsqlDbType.Varchar);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync(hash, NpgsqlDbType.Text);
                await w.WriteAsync(Guid.NewGuid().ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
                await w.WriteAsync(Guid.NewGuid().ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }
            await w.CompleteAsync();
        }
        await using (var w = await c.BeginBinaryImportAsync("COPY \"AspNetUserRoles\" (\"UserId\",\"RoleId\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var u in newUsers)
            {
                await w.StartRowAsync();
                await w.WriteAsync(u.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(caseManagerRole, NpgsqlDbType.Uuid);
            }
            await w.CompleteAsync();
        }
        log($"Territory and staff: {_regions.Count} Regionalbereiche, {_regions.Sum(r => r.Municipalities.Count)} Kommunen, " +
            $"{organisations.Count} new case-management organisations, {_managers.Count} case managers (incl. cm1, cm2; {newUsers.Count} new accounts, password = demo password).");
    }

    // ---------------------------------------------------------------- clients and cases

    private sealed class Counters
    {
        public long Clients, ResidenceStatuses, Cases, Assessments, Goals, Steps, Events, Notes, Appointments;
        public long Total => Interlocked.Read(ref Clients) + Interlocked.Read(ref ResidenceStatuses) + Interlocked.Read(ref Cases)
            + Interlocked.Read(ref Assessments) + Interlocked.Read(ref Goals) + Interlocked.Read(ref Steps)
            + Interlocked.Read(ref Events) + Interlocked.Read(ref Notes) + Interlocked.Read(ref Appointments);
        public static Counters Sum(IEnumerable<Counters> all)
        {
            var s = new Counters();
            foreach (var c in all)
            {
                s.Clients += c.Clients; s.ResidenceStatuses += c.ResidenceStatuses; s.Cases += c.Cases; s.Assessments += c.Assessments;
                s.Goals += c.Goals; s.Steps += c.Steps; s.Events += c.Events; s.Notes += c.Notes; s.Appointments += c.Appointments;
            }
            return s;
        }

        public Dictionary<string, long> ToDictionary() => new()
        {
            ["Clients"] = Clients, ["ResidenceStatuses"] = ResidenceStatuses, ["Cases"] = Cases, ["CaseAssessments"] = Assessments,
            ["CaseGoals"] = Goals, ["CasePlanSteps"] = Steps, ["CaseEvents"] = Events, ["CaseNotes"] = Notes, ["CaseAppointments"] = Appointments
        };
    }

    /// <summary>One COPY per table, all open at once (one connection each), fed client by client.</summary>
    private sealed class Writers : IAsyncDisposable
    {
        private readonly List<NpgsqlConnection> _connections = [];
        public NpgsqlBinaryImporter Clients = null!, Statuses = null!, Cases = null!, Assessments = null!, Goals = null!,
            Steps = null!, Events = null!, Notes = null!, Appointments = null!;

        public static async Task<Writers> OpenAsync(NpgsqlDataSource data)
        {
            var w = new Writers();
            async Task<NpgsqlBinaryImporter> Open(string copy)
            {
                var c = await data.OpenConnectionAsync();
                w._connections.Add(c);
                return await c.BeginBinaryImportAsync(copy + " FROM STDIN (FORMAT BINARY)");
            }
            w.Clients = await Open("""
                COPY "Clients" ("Id","FileNumber","GivenName","FamilyName","BirthYear","BirthMonth","BirthDay","Sex","Nationalities","Languages",
                  "InterpreterNeeded","InterpreterLanguage","Street","PostalCode","MunicipalityId","EntryDate","OwnerOrganisationId","CreatedAt",
                  "NameKey","PhoneticKey","Version","Benefits","Contacts","Household","NameVariants")
                """);
            w.Statuses = await Open("""COPY "ResidenceStatuses" ("Id","ClientId","Type","LegalBasis","IssuedOn","ValidUntil","Source")""");
            w.Cases = await Open("""
                COPY "Cases" ("Id","ClientId","CaseManagerId","OrganisationId","Phase","OpenedOn","ClosedOn","ClosureReason","SystemRemark",
                  "Intake_FirstContactOn","Intake_Route","Intake_ReferredByOrganisationId","Intake_FirstConcerns","Intake_Decision","Intake_DecisionReason",
                  "PlanAgreedOn","Version")
                """);
            w.Assessments = await Open("""COPY "CaseAssessments" ("Id","AssessedOn","CaseId","Ratings")""");
            w.Goals = await Open("""COPY "CaseGoals" ("Id","Domain","Description","Attainment","EvaluationNote","CaseId")""");
            w.Steps = await Open("""COPY "CasePlanSteps" ("Id","Description","Responsible","ResponsibleOrganisationId","DueOn","Status","DoneOn","GoalId")""");
            w.Events = await Open("""COPY "CaseEvents" ("Id","Sequence","On","Phase","Description","CaseId")""");
            w.Notes = await Open("""COPY "CaseNotes" ("Id","On","ContactType","InterpreterUsed","DurationMinutes","Text","AuthorId","CaseId")""");
            w.Appointments = await Open("""COPY "CaseAppointments" ("Id","At","Title","Location","CaseId")""");
            return w;
        }

        public async Task CompleteAsync()
        {
            foreach (var importer in new[] { Clients, Statuses, Cases, Assessments, Goals, Steps, Events, Notes, Appointments })
            {
                await importer.CompleteAsync();
                await importer.DisposeAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var c in _connections) await c.DisposeAsync();
        }
    }

    private async Task LoadRangeAsync(NpgsqlDataSource data, int worker, int workers, Counters counters)
    {
        await using var w = await Writers.OpenAsync(data);
        const int chunk = 1000;
        for (var start = worker * chunk; start < options.Clients; start += workers * chunk)
        {
            var rng = new Random(HashCode.Combine(options.Seed, start));
            var end = Math.Min(options.Clients, start + chunk);
            for (var i = start; i < end; i++)
                await WriteClientAsync(w, rng, i, counters);
            Interlocked.Add(ref counters.Clients, end - start);
        }
        await w.CompleteAsync();
    }

    private sealed record JsonVariant(string GivenName, string FamilyName, string? Source);
    private sealed record JsonBenefit(string Kind, DateOnly From, DateOnly? Until);
    private sealed record JsonHousehold(string Relation, string? Name, int? BirthYear, bool IsMinorChild);
    private sealed record JsonContact(Guid? OrganisationId, string PersonName, string? Phone, string? Email, string? Role);
    private sealed record JsonRating(string Domain, string? Situation, string? Resources, string? Need, int Rating, string? ClientView);

    private static readonly string[] Phases = ["Intake", "Assessment", "Planning", "Linking", "Monitoring", "Evaluation"];
    private static readonly double[] PhaseShare = CumulativeWeights([6, 10, 12, 17, 50, 5]);
    private static readonly double[] PhaseActivity = [0.2, 0.45, 0.6, 0.85, 1.25, 1.4, 1.1]; // per phase, last = closed
    private static readonly string[] LifeDomains =
        ["Housing", "Language", "Residence", "Livelihood", "Health", "EducationSchool", "QualificationRecognition", "WorkTraining", "ChildcareFamily", "SocialParticipation"];

    private async Task WriteClientAsync(Writers w, Random rng, int index, Counters counters)
    {
        var origin = PickOrigin(rng);
        var female = rng.NextDouble() < 0.48;
        var givenGroup = Pick(rng, female ? origin.FemaleGiven : origin.MaleGiven);
        var familyGroup = Pick(rng, origin.Family);
        var client = new Client
        {
            Id = NewGuid(rng),
            GivenName = Spelling(givenGroup, rng, 0.6),
            FamilyName = Spelling(familyGroup, rng, 0.6),
            Sex = rng.NextDouble() < 0.01 ? Sex.Diverse : female ? Sex.Female : Sex.Male,
        };
        // Spelling variants (passport, Jobcenter, own script) for about a third of the clients.
        if (rng.NextDouble() < 0.35)
        {
            var variants = 1 + (rng.NextDouble() < 0.3 ? 1 : 0);
            for (var v = 0; v < variants; v++)
            {
                var given = OtherSpelling(givenGroup, client.GivenName, rng, allowNative: true);
                var family = OtherSpelling(familyGroup, client.FamilyName, rng, allowNative: true);
                var native = !IsLatin(given) || !IsLatin(family);
                if (native) { given = NativeOrLatin(givenGroup, rng); family = NativeOrLatin(familyGroup, rng); }
                client.NameVariants.Add(new NameVariant
                {
                    GivenName = given, FamilyName = family,
                    Source = native ? origin.VariantSource ?? "Pass" : Pick(rng, ["Pass", "Jobcenter", "Ausländerbehörde", "Meldebescheinigung"])
                });
            }
        }
        ClientKeys.Refresh(client); // the app's own key computation

        // Birth: age 16–70; full date for most, year only, year and month, or the registration convention 01.01.
        var age = 16 + (int)(Math.Pow(rng.NextDouble(), 1.6) * 54);
        var birthYear = _today.Year - age;
        int? month = 1 + rng.Next(12), day = 1 + rng.Next(28);
        var partial = rng.NextDouble();
        if (partial < 0.10) { month = null; day = null; }
        else if (partial < 0.13) day = null;
        else if (partial < 0.18) { month = 1; day = 1; }

        var manager = _managers[rng.Next(_managers.Count)];
        var region = _regions[manager.Region];
        var municipality = region.Municipalities[rng.Next(region.Municipalities.Count)];
        var twoCases = rng.NextDouble() < options.CasesPerClient - 1;
        var earlier = twoCases ? (rng.NextDouble() < 0.8 ? _managers[rng.Next(_managers.Count)] : manager) : null;
        var owner = (earlier ?? manager).OrganisationId;
        var entryYearsAgo = rng.NextDouble() < 0.7 ? rng.NextDouble() * 5 : 5 + rng.NextDouble() * 15;
        var entry = _today.AddDays(-(int)(entryYearsAgo * 365));
        if (entry.Year < birthYear) entry = new DateOnly(birthYear + 1, 6, 1);
        var created = entry.AddDays(rng.Next(30, 400));
        if (created > _today) created = _today.AddDays(-rng.Next(1, 30));

        var needsInterpreter = origin.Languages[0] != "de" && rng.NextDouble() < 0.4;
        var benefits = new List<JsonBenefit>();
        if (rng.NextDouble() < 0.8)
            benefits.Add(new JsonBenefit(Pick(rng, ["SgbII", "SgbII", "SgbII", "AsylbLG", "SgbXII", "SgbIII"]), entry.AddDays(rng.Next(10, 200)), rng.NextDouble() < 0.3 ? _today.AddDays(-rng.Next(1, 300)) : null));
        var household = new List<JsonHousehold>();
        if (rng.NextDouble() < 0.5)
        {
            if (rng.NextDouble() < 0.7) household.Add(new JsonHousehold(female ? "Ehemann" : "Ehefrau", null, birthYear + rng.Next(-5, 5), false));
            for (var k = rng.Next(4); k > 0; k--) household.Add(new JsonHousehold(rng.NextDouble() < 0.5 ? "Tochter" : "Sohn", null, _today.Year - rng.Next(0, 17), true));
        }
        var contacts = new List<JsonContact>();
        if (rng.NextDouble() < 0.3)
            contacts.Add(new JsonContact(_partnerOrganisations.Length > 0 ? _partnerOrganisations[rng.Next(_partnerOrganisations.Length)] : null,
                Pick(rng, ["Frau Schulz", "Herr Becker", "Frau Yilmaz", "Herr Nowak", "Frau Wagner"]), null, null, Pick(rng, ["Fallmanagement", "Sachbearbeitung", "Beratung"])));

        var cw = w.Clients;
        await cw.StartRowAsync();
        await cw.WriteAsync(client.Id, NpgsqlDbType.Uuid);
        await cw.WriteAsync(FileNumber(created.Year, index), NpgsqlDbType.Varchar);
        await cw.WriteAsync(client.GivenName, NpgsqlDbType.Varchar);
        await cw.WriteAsync(client.FamilyName, NpgsqlDbType.Varchar);
        await cw.WriteAsync(birthYear, NpgsqlDbType.Integer);
        await WriteNullable(cw, month, NpgsqlDbType.Integer);
        await WriteNullable(cw, day, NpgsqlDbType.Integer);
        await cw.WriteAsync(client.Sex.ToString(), NpgsqlDbType.Varchar);
        await cw.WriteAsync(rng.NextDouble() < 0.08 ? new[] { Pick(rng, origin.Nationalities), "DEU" } : [Pick(rng, origin.Nationalities)], NpgsqlDbType.Array | NpgsqlDbType.Text);
        await cw.WriteAsync(rng.NextDouble() < 0.5 ? new[] { Pick(rng, origin.Languages), "de" } : [Pick(rng, origin.Languages)], NpgsqlDbType.Array | NpgsqlDbType.Text);
        await cw.WriteAsync(needsInterpreter, NpgsqlDbType.Boolean);
        await WriteNullable(cw, needsInterpreter ? origin.Languages[0] : null, NpgsqlDbType.Varchar);
        await cw.WriteAsync($"{Pick(rng, NameLists.Streets)} {1 + rng.Next(120)}", NpgsqlDbType.Varchar);
        await cw.WriteAsync($"{40000 + rng.Next(19999)}", NpgsqlDbType.Varchar);
        await cw.WriteAsync(municipality, NpgsqlDbType.Uuid);
        await cw.WriteAsync(entry, NpgsqlDbType.Date);
        await cw.WriteAsync(owner, NpgsqlDbType.Uuid);
        await cw.WriteAsync(new DateTime(created, new TimeOnly(8 + rng.Next(9), rng.Next(60)), DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
        await cw.WriteAsync(client.NameKey, NpgsqlDbType.Varchar);
        await cw.WriteAsync(client.PhoneticKey, NpgsqlDbType.Varchar);
        await cw.WriteAsync(0, NpgsqlDbType.Integer);
        await cw.WriteAsync(JsonSerializer.Serialize(benefits, Json), NpgsqlDbType.Jsonb);
        await cw.WriteAsync(JsonSerializer.Serialize(contacts, Json), NpgsqlDbType.Jsonb);
        await cw.WriteAsync(JsonSerializer.Serialize(household, Json), NpgsqlDbType.Jsonb);
        await cw.WriteAsync(JsonSerializer.Serialize(client.NameVariants.Select(v => new JsonVariant(v.GivenName, v.FamilyName, v.Source)), Json), NpgsqlDbType.Jsonb);

        await WriteResidenceStatusesAsync(w, rng, client.Id, entry, origin, counters);

        if (earlier is not null)
        {
            var closedOpen = created.AddDays(rng.Next(0, 60));
            var closedEnd = closedOpen.AddDays(rng.Next(60, 700));
            if (closedEnd >= _today.AddDays(-30)) closedEnd = _today.AddDays(-rng.Next(30, 120));
            if (closedOpen > closedEnd.AddDays(-30)) closedOpen = closedEnd.AddDays(-rng.Next(30, 90));
            await WriteCaseAsync(w, rng, client.Id, earlier, phase: 6, closedOpen, closedEnd, counters);
        }
        var active = rng.NextDouble() < options.ActiveShare;
        var phase = active ? PickIndex(rng, PhaseShare) : 6;
        var lastClosed = earlier is null ? created : _today.AddDays(-rng.Next(5, 30));
        DateOnly opened;
        if (active)
        {
            var maxAge = phase switch { 0 => 30, 1 => 90, 2 => 200, 3 => 400, 4 => 1000, _ => 1100 };
            var minAge = phase switch { 0 => 0, 1 => 10, 2 => 30, 3 => 60, 4 => 90, _ => 300 };
            opened = _today.AddDays(-rng.Next(minAge, maxAge));
            if (opened < lastClosed && earlier is null) opened = lastClosed;
        }
        else
        {
            opened = created.AddDays(rng.Next(0, 60));
            if (opened > _today.AddDays(-60)) opened = _today.AddDays(-rng.Next(60, 200));
        }
        var closedOn = active ? (DateOnly?)null : Min(opened.AddDays(rng.Next(30, 700)), _today.AddDays(-rng.Next(1, 30)));
        await WriteCaseAsync(w, rng, client.Id, manager, phase, opened, closedOn, counters);
    }

    private async Task WriteResidenceStatusesAsync(Writers w, Random rng, Guid clientId, DateOnly entry, Origin origin, Counters counters)
    {
        var eu = origin.Nationalities.Contains("DEU");
        var history = eu
            ? new[] { ("EuFreeMovement", (string?)"§ 2 FreizügG/EU", (int?)null) }
            : Pick(rng, new[]
            {
                new[] { ("PermissionToRemain", (string?)"§ 55 AsylG", (int?)180), ("ResidencePermit", "§ 25 Abs. 2 AufenthG", 1095) },
                new[] { ("ResidencePermit", (string?)"§ 24 AufenthG", (int?)730) },
                new[] { ("PermissionToRemain", (string?)"§ 55 AsylG", (int?)365), ("Toleration", "§ 60a AufenthG", 180) },
                new[] { ("Toleration", (string?)"§ 60a AufenthG", (int?)180), ("TrainingToleration", "§ 60c AufenthG", 1095) },
                new[] { ("ResidencePermit", (string?)"§ 25 Abs. 1 AufenthG", (int?)1095), ("SettlementPermit", "§ 26 Abs. 3 AufenthG", null) },
                new[] { ("ResidencePermit", (string?)"§ 16a AufenthG", (int?)730) },
                new[] { ("ResidencePermit", (string?)"§ 25 Abs. 2 AufenthG", (int?)1095), ("WellIntegratedYouth", "§ 25a AufenthG", 1095) },
                new[] { ("PermissionToRemain", (string?)"§ 55 AsylG", (int?)365) },
            });
        var issued = entry.AddDays(rng.Next(0, 60));
        for (var i = 0; i < history.Length; i++)
        {
            var (type, basis, validDays) = history[i];
            var last = i == history.Length - 1;
            DateOnly? validUntil = validDays is { } d ? issued.AddDays(d) : null;
            // The current document: for about one in twelve it runs out within the next eight weeks.
            if (last && validDays is not null)
                validUntil = rng.NextDouble() < 0.08 ? _today.AddDays(rng.Next(0, 56)) : Max(validUntil!.Value, _today.AddDays(rng.Next(60, 900)));
            await w.Statuses.StartRowAsync();
            await w.Statuses.WriteAsync(NewGuid(rng), NpgsqlDbType.Uuid);
            await w.Statuses.WriteAsync(clientId, NpgsqlDbType.Uuid);
            await w.Statuses.WriteAsync(type, NpgsqlDbType.Varchar);
            await w.Statuses.WriteAsync(basis!, NpgsqlDbType.Varchar);
            await w.Statuses.WriteAsync(issued, NpgsqlDbType.Date);
            await WriteNullable(w.Statuses, validUntil, NpgsqlDbType.Date);
            await w.Statuses.WriteAsync(rng.NextDouble() < 0.3 ? "Ausländerbehörde" : "Case Management", NpgsqlDbType.Varchar);
            counters.ResidenceStatuses++;
            if (validUntil is { } until && !last) issued = Min(until, _today.AddDays(-rng.Next(30, 400)));
        }
    }

    private async Task WriteCaseAsync(Writers w, Random rng, Guid clientId, Manager manager, int phase, DateOnly opened, DateOnly? closedOn, Counters counters)
    {
        var caseId = NewGuid(rng);
        var closed = phase == 6;
        var end = closedOn ?? _today;
        var span = Math.Max(1, end.DayNumber - opened.DayNumber);
        DateOnly At(double fraction) => opened.AddDays((int)(span * fraction));

        // Closed straight from the intake (short advice, referral) for a share of closed cases.
        var closedFromIntake = closed && rng.NextDouble() < 0.2;
        var reached = closed ? (closedFromIntake ? 0 : 5) : phase; // furthest phase reached before closing
        var intakeRecorded = reached > 0 || rng.NextDouble() < 0.7 || closedFromIntake;
        var decision = closedFromIntake ? Pick(rng, ["ShortAdvice", "ReferralOnly"]) : "CaseManagementIndicated";
        DateOnly? planAgreed = reached >= 3 ? At(0.25 + rng.NextDouble() * 0.1) : null;

        var c = w.Cases;
        await c.StartRowAsync();
        await c.WriteAsync(caseId, NpgsqlDbType.Uuid);
        await c.WriteAsync(clientId, NpgsqlDbType.Uuid);
        await c.WriteAsync(manager.Id, NpgsqlDbType.Uuid);
        await c.WriteAsync(manager.OrganisationId, NpgsqlDbType.Uuid);
        await c.WriteAsync(closed ? "Closed" : Phases[phase], NpgsqlDbType.Varchar);
        await c.WriteAsync(opened, NpgsqlDbType.Date);
        await WriteNullable(c, closedOn, NpgsqlDbType.Date);
        await WriteNullable(c, closed ? (closedFromIntake ? (decision == "ShortAdvice" ? "ShortAdviceCompleted" : "ReferralCompleted") : Pick(rng, ["GoalsReached", "GoalsReached", "MovedAway", "ContactLost", "EndedByClient", "HandedOver"])) : null, NpgsqlDbType.Varchar);
        await WriteNullable(c, closed && rng.NextDouble() < 0.15 ? Pick(rng, NoteTexts.SystemRemarks) : null, NpgsqlDbType.Varchar);
        if (intakeRecorded)
        {
            var referred = rng.NextDouble() < 0.4;
            await c.WriteAsync(opened, NpgsqlDbType.Date);
            await c.WriteAsync(referred ? "ReferredByOrganisation" : Pick(rng, ["Self", "Self", "Outreach", "FamilyOrCommunity"]), NpgsqlDbType.Varchar);
            await WriteNullable(c, referred && _partnerOrganisations.Length > 0 ? _partnerOrganisations[rng.Next(_partnerOrganisations.Length)] : (Guid?)null, NpgsqlDbType.Uuid);
            await c.WriteAsync(Pick(rng, NoteTexts.Concerns), NpgsqlDbType.Varchar);
            await c.WriteAsync(decision, NpgsqlDbType.Varchar);
            await WriteNullable(c, decision == "CaseManagementIndicated" ? null : "Anliegen ließ sich ohne Case Management klären.", NpgsqlDbType.Varchar);
        }
        else
        {
            for (var k = 0; k < 6; k++) await c.WriteNullAsync();
        }
        await WriteNullable(c, planAgreed, NpgsqlDbType.Date);
        await c.WriteAsync(0, NpgsqlDbType.Integer);
        counters.Cases++;

        // History of phase changes.
        var sequence = 0;
        async Task Event(DateOnly on, string phaseName, string description)
        {
            await w.Events.StartRowAsync();
            await w.Events.WriteAsync(NewGuid(rng), NpgsqlDbType.Uuid);
            await w.Events.WriteAsync(++sequence, NpgsqlDbType.Integer);
            await w.Events.WriteAsync(on, NpgsqlDbType.Date);
            await w.Events.WriteAsync(phaseName, NpgsqlDbType.Varchar);
            await w.Events.WriteAsync(description, NpgsqlDbType.Varchar);
            await w.Events.WriteAsync(caseId, NpgsqlDbType.Uuid);
            counters.Events++;
        }
        if (intakeRecorded) await Event(opened, "Intake", "Erstberatung erfasst");
        string[] german = ["Zugang", "Assessment", "Planung", "Linking", "Monitoring", "Evaluation", "Abgeschlossen"];
        for (var p = 1; p <= reached; p++)
            await Event(At(p / 6.0), Phases[p], $"Phase „{german[p - 1]}“ → „{german[p]}“");
        if (closed) await Event(end, "Closed", $"Phase „{german[reached]}“ → „Abgeschlossen“");

        // (Re-)assessments: the first after the intake, then about every six months.
        if (reached >= 1)
        {
            var count = Math.Clamp(1 + span / 200, 1, 4);
            for (var a = 0; a < count; a++)
            {
                var ratings = LifeDomains.OrderBy(_ => rng.Next()).Take(3 + rng.Next(4))
                    .Select(d => new JsonRating(d, Pick(rng, NoteTexts.Situations), rng.NextDouble() < 0.5 ? Pick(rng, NoteTexts.Resources) : null,
                        Pick(rng, NoteTexts.Needs), 1 + rng.Next(5), rng.NextDouble() < 0.3 ? "Sieht das ähnlich." : null)).ToList();
                await w.Assessments.StartRowAsync();
                await w.Assessments.WriteAsync(NewGuid(rng), NpgsqlDbType.Uuid);
                await w.Assessments.WriteAsync(At(0.1 + 0.85 * a / count), NpgsqlDbType.Date);
                await w.Assessments.WriteAsync(caseId, NpgsqlDbType.Uuid);
                await w.Assessments.WriteAsync(JsonSerializer.Serialize(ratings, Json), NpgsqlDbType.Jsonb);
                counters.Assessments++;
            }
        }

        // Goals and steps with due dates: open steps spread from six weeks overdue to three months ahead.
        if (reached >= 2)
        {
            var goals = 1 + rng.Next(4);
            for (var g = 0; g < goals; g++)
            {
                var goalId = NewGuid(rng);
                var domain = LifeDomains[rng.Next(LifeDomains.Length)];
                var evaluated = closed || phase == 5;
                await w.Goals.StartRowAsync();
                await w.Goals.WriteAsync(goalId, NpgsqlDbType.Uuid);
                await w.Goals.WriteAsync(domain, NpgsqlDbType.Varchar);
                await w.Goals.WriteAsync(NoteTexts.Goal(domain, rng), NpgsqlDbType.Varchar);
                await WriteNullable(w.Goals, evaluated ? Pick(rng, ["Achieved", "Achieved", "PartlyAchieved", "NotAchieved", "Dropped"]) : null, NpgsqlDbType.Varchar);
                await WriteNullable(w.Goals, evaluated && rng.NextDouble() < 0.5 ? "Ziel mit der Klientin/dem Klienten ausgewertet." : null, NpgsqlDbType.Varchar);
                await w.Goals.WriteAsync(caseId, NpgsqlDbType.Uuid);
                counters.Goals++;
                var steps = 1 + rng.Next(4);
                for (var s = 0; s < steps; s++)
                {
                    string status;
                    DateOnly? due, done = null;
                    if (closed || phase == 5 || rng.NextDouble() < 0.35)
                    {
                        status = rng.NextDouble() < 0.9 ? "Done" : "Cancelled";
                        due = At(0.3 + 0.6 * rng.NextDouble());
                        done = status == "Done" ? due.Value.AddDays(rng.Next(-10, 10)) : null;
                        if (done > end) done = end;
                    }
                    else
                    {
                        status = "Open";
                        due = rng.NextDouble() < 0.08 ? null : _today.AddDays(rng.Next(-42, 92));
                    }
                    var responsible = Pick(rng, ["Client", "Client", "CaseManager", "Organisation"]);
                    await w.Steps.StartRowAsync();
                    await w.Steps.WriteAsync(NewGuid(rng), NpgsqlDbType.Uuid);
                    await w.Steps.WriteAsync(NoteTexts.Step(domain, rng), NpgsqlDbType.Varchar);
                    await w.Steps.WriteAsync(responsible, NpgsqlDbType.Varchar);
                    await WriteNullable(w.Steps, responsible == "Organisation" && _partnerOrganisations.Length > 0 ? _partnerOrganisations[rng.Next(_partnerOrganisations.Length)] : (Guid?)null, NpgsqlDbType.Uuid);
                    await WriteNullable(w.Steps, due, NpgsqlDbType.Date);
                    await w.Steps.WriteAsync(status, NpgsqlDbType.Varchar);
                    await WriteNullable(w.Steps, done, NpgsqlDbType.Date);
                    await w.Steps.WriteAsync(goalId, NpgsqlDbType.Uuid);
                    counters.Steps++;
                }
            }
        }

        // Documented contacts (the "activities"): more the further the case has come; mean ActivitiesPerCase.
        var mean = options.ActivitiesPerCase * PhaseActivity[closed ? 6 : phase] / ActivityNormaliser;
        var notes = Math.Max(1, (int)Math.Round(mean * (0.4 + 1.2 * rng.NextDouble())));
        for (var n = 0; n < notes; n++)
        {
            var interpreter = rng.NextDouble() < 0.3;
            await w.Notes.StartRowAsync();
            await w.Notes.WriteAsync(NewGuid(rng), NpgsqlDbType.Uuid);
            await w.Notes.WriteAsync(At(notes == 1 ? 0 : n / (double)(notes - 1)), NpgsqlDbType.Date);
            await w.Notes.WriteAsync(Pick(rng, ["Meeting", "Meeting", "Meeting", "Phone", "Phone", "HomeVisit", "Messenger", "Email", "Letter"]), NpgsqlDbType.Varchar);
            await w.Notes.WriteAsync(interpreter, NpgsqlDbType.Boolean);
            await WriteNullable(w.Notes, rng.NextDouble() < 0.85 ? 5 * (1 + rng.Next(18)) : (int?)null, NpgsqlDbType.Integer);
            await w.Notes.WriteAsync(NoteTexts.Note(rng), NpgsqlDbType.Varchar);
            await w.Notes.WriteAsync(manager.Id, NpgsqlDbType.Uuid);
            await w.Notes.WriteAsync(caseId, NpgsqlDbType.Uuid);
            counters.Notes++;
        }

        if (!closed)
        {
            for (var a = rng.Next(3) - 1; a > 0 || (a == 0 && rng.NextDouble() < 0.5); a--)
            {
                var at = new DateTime(_today.AddDays(rng.Next(1, 60)), new TimeOnly(8 + rng.Next(8), 15 * rng.Next(4)), DateTimeKind.Utc);
                await w.Appointments.StartRowAsync();
                await w.Appointments.WriteAsync(NewGuid(rng), NpgsqlDbType.Uuid);
                await w.Appointments.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await w.Appointments.WriteAsync(Pick(rng, NoteTexts.Appointments), NpgsqlDbType.Varchar);
                await WriteNullable(w.Appointments, rng.NextDouble() < 0.7 ? "Beratungsbüro" : null, NpgsqlDbType.Varchar);
                await w.Appointments.WriteAsync(caseId, NpgsqlDbType.Uuid);
                counters.Appointments++;
                if (a == 0) break;
            }
        }
    }

    /// <summary>Mean of <see cref="PhaseActivity"/> over the case mix, so that notes per case average ActivitiesPerCase.</summary>
    private double ActivityNormaliser
    {
        get
        {
            if (_activityNormaliser > 0) return _activityNormaliser;
            double[] share = [6, 10, 12, 17, 50, 5];
            var activeMean = share.Select((s, i) => s * PhaseActivity[i]).Sum() / share.Sum();
            var casesPerClient = options.CasesPerClient;
            var closedShare = ((casesPerClient - 1) + (1 - options.ActiveShare)) / casesPerClient;
            return _activityNormaliser = (1 - closedShare) * activeMean + closedShare * PhaseActivity[6];
        }
    }
    private double _activityNormaliser;

    // ---------------------------------------------------------------- helpers

    private Origin PickOrigin(Random rng) => NameLists.Origins[PickIndex(rng, _originWeights)];

    private static double[] CumulativeWeights(IEnumerable<double> weights)
    {
        var list = weights.ToArray();
        var total = list.Sum();
        var cumulative = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++) cumulative[i] = (sum += list[i]) / total;
        return cumulative;
    }

    private static int PickIndex(Random rng, double[] cumulative)
    {
        var x = rng.NextDouble();
        for (var i = 0; i < cumulative.Length; i++) if (x < cumulative[i]) return i;
        return cumulative.Length - 1;
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    public static string[] Spellings(string group) => group.Split('|');

    public static bool IsLatin(string s) => s.All(ch => ch < 0x0250 || ch is 'ẞ' or '’');

    /// <summary>A Latin spelling of the group: the common one with probability <paramref name="common"/>, else another.</summary>
    public static string Spelling(string group, Random rng, double common)
    {
        var latin = Spellings(group).Where(IsLatin).Distinct().ToArray();
        return latin.Length == 1 || rng.NextDouble() < common ? latin[0] : latin[1 + rng.Next(latin.Length - 1)];
    }

    /// <summary>Another Latin spelling than <paramref name="current"/> if the group has one (else the same).</summary>
    public static string OtherSpelling(string group, string current, Random rng, bool allowNative = false)
    {
        var all = Spellings(group).Distinct().Where(s => s != current && (allowNative || IsLatin(s))).ToArray();
        return all.Length == 0 ? current : all[rng.Next(all.Length)];
    }

    private static string NativeOrLatin(string group, Random rng)
    {
        var native = Spellings(group).Where(s => !IsLatin(s)).ToArray();
        return native.Length > 0 ? native[rng.Next(native.Length)] : Spelling(group, rng, 0.5);
    }

    private static Guid NewGuid(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (little-endian layout of System.Guid)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>"2025-4F7K2Q": a bijective scramble of the running number over 32^6, so numbers are unique and unordered.</summary>
    private static string FileNumber(int year, int index)
    {
        var x = (uint)((index * 747_796_405L + 2_891_336_453L) & ((1 << 30) - 1));
        Span<char> chars = stackalloc char[6];
        for (var i = 5; i >= 0; i--) { chars[i] = FileNumberAlphabet[(int)(x & 31)]; x >>= 5; }
        return $"{year}-{chars}";
    }

    private static async Task WriteNullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) await w.WriteAsync(v, type); else await w.WriteNullAsync();
    }

    private static async Task WriteNullable(NpgsqlBinaryImporter w, string? value, NpgsqlDbType type)
    {
        if (value is not null) await w.WriteAsync(value, type); else await w.WriteNullAsync();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
