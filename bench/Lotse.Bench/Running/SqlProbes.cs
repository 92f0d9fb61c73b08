using System.Diagnostics;
using Lotse.Web.Features.Clients.Matching;
using Npgsql;

namespace Lotse.Bench.Running;

/// <summary>
/// The single SQL statement that answers each endpoint, run directly with Npgsql (one connection, one at a time,
/// same parameter mix as the HTTP requests): the floor under the endpoint's latency. Its p50 beside the
/// endpoint's p50 shows what the app adds (authentication, access rules, EF, audit entries in the same
/// transaction, JSON, HTTP) and how much queueing the load adds.
/// </summary>
public sealed class SqlProbes(string connectionString, Workload workload)
{
    public async Task<LatencyStats> MeasureAsync(string endpoint, int samples, Random rng)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        // Warm-up runs, then the measured ones.
        var latencies = new List<double>(samples);
        var budget = Stopwatch.StartNew(); // at most ~20 s per statement (a slow one still gets its p50)
        for (var i = 0; i < samples + Math.Min(50, samples / 5) && (budget.Elapsed < TimeSpan.FromSeconds(20) || latencies.Count < 10); i++)
        {
            await using var cmd = Build(endpoint, rng, c);
            var sw = Stopwatch.StartNew();
            await using (var r = await cmd.ExecuteReaderAsync())
                while (await r.ReadAsync()) { }
            sw.Stop();
            if (i >= Math.Min(50, samples / 5)) latencies.Add(sw.Elapsed.TotalMilliseconds);
        }
        return LatencyStats.Of(latencies, 0);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private NpgsqlCommand Build(string endpoint, Random rng, NpgsqlConnection c)
    {
        var cmd = new NpgsqlCommand { Connection = c };
        switch (endpoint)
        {
            case Endpoints.StartPage:
            {
                var u = workload.NextUser(rng);
                cmd.CommandText = StartPageSql;
                cmd.Parameters.AddWithValue("org", u.OrganisationId);
                cmd.Parameters.AddWithValue("me", u.Id);
                break;
            }
            case Endpoints.Case:
            {
                var u = workload.NextUser(rng);
                cmd.CommandText = CaseSql;
                cmd.Parameters.AddWithValue("org", u.OrganisationId);
                cmd.Parameters.AddWithValue("id", u.ActiveCases[rng.Next(u.ActiveCases.Count)]);
                break;
            }
            case Endpoints.Search:
            {
                var u = workload.NextUser(rng);
                var p = u.KnownPeople[rng.Next(u.KnownPeople.Count)];
                BuildSearch(cmd, u.OrganisationId, $"{p.First} {p.Last}", p.BirthDate, 51);
                break;
            }
            case Endpoints.DuplicateCheck:
            {
                var u = workload.NextUser(rng);
                var (first, last, birth, _) = Workload.NewOrKnownPerson(u, rng);
                BuildDuplicateCandidates(cmd, u.OrganisationId, first, last, birth);
                break;
            }
            case Endpoints.Overview:
                cmd.CommandText = OverviewSql;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint));
        }
        return cmd;
    }

    // ---- the statements (kept in step with the app's queries: Caseload.MineAsync, CaseQueries, ClientQueries.SearchAsync,
    //      DuplicateCheck.FindAsync, Caseload.OverviewAsync) ----

    /// <summary>Caseload.MineAsync: a case manager's active cases with the due summary, next appointment, open referrals and current residence document.</summary>
    public const string StartPageSql = """
        SELECT k."Id", k."ClientId", c."FileNumber", c."FamilyName", c."GivenName", k."Phase",
          s."NextDueOn", s."NextDueItem", s."OpenStepDueDates", s."LastAssessmentOn",
          (SELECT min(p."At") FROM "CaseAppointments" p WHERE p."CaseId" = k."Id" AND p."At" >= now()) AS next_appointment,
          (SELECT count(*) FROM "Referrals" v WHERE v."CaseId" = k."Id" AND v."Status" IN ('Sent', 'Accepted', 'InProgress')) AS open_referrals,
          (SELECT r."ValidUntil" FROM "ResidenceStatuses" r WHERE r."ClientId" = c."Id"
            ORDER BY COALESCE(r."IssuedOn", '-infinity'::date) DESC, r."ValidUntil" DESC LIMIT 1) AS expiry
        FROM "Cases" k
        JOIN "Clients" c ON c."Id" = k."ClientId"
        LEFT JOIN "CaseDueSummaries" s ON s."CaseId" = k."Id"
        WHERE k."OrganisationId" = @org AND k."CaseManagerId" = @me AND k."Phase" <> 'Closed'
        """;

    /// <summary>The whole case file in one statement (the app reads it in split queries).</summary>
    public const string CaseSql = """
        SELECT k.*, c."FileNumber", c."FamilyName", c."GivenName", u."DisplayName",
          (SELECT json_agg(a ORDER BY a."AssessedOn") FROM "CaseAssessments" a WHERE a."CaseId" = k."Id") AS assessments,
          (SELECT json_agg(json_build_object('goal', g, 'steps',
              (SELECT json_agg(s ORDER BY s."DueOn") FROM "CasePlanSteps" s WHERE s."GoalId" = g."Id")))
            FROM "CaseGoals" g WHERE g."CaseId" = k."Id") AS goals,
          (SELECT json_agg(n ORDER BY n."On" DESC) FROM "CaseNotes" n WHERE n."CaseId" = k."Id") AS notes,
          (SELECT json_agg(e ORDER BY e."Sequence") FROM "CaseEvents" e WHERE e."CaseId" = k."Id") AS events,
          (SELECT json_agg(p) FROM "CaseAppointments" p WHERE p."CaseId" = k."Id") AS appointments
        FROM "Cases" k
        JOIN "Clients" c ON c."Id" = k."ClientId"
        LEFT JOIN "AspNetUsers" u ON u."Id" = k."CaseManagerId"
        WHERE k."Id" = @id AND k."OrganisationId" = @org
        """;

    /// <summary>Caseload.OverviewAsync: the trigger-maintained counts per case manager and per Kommune (grouped to Regionalbereiche in the app).</summary>
    public const string OverviewSql = """
        SELECT 'manager' AS kind, t."CaseManagerId"::text AS key, t."ActiveCases" FROM "CaseloadByManager" t WHERE t."ActiveCases" <> 0
        UNION ALL
        SELECT 'municipality', t."MunicipalityKey"::text, t."ActiveCases" FROM "CaseloadByMunicipality" t WHERE t."ActiveCases" <> 0
        """;

    private const string Readable = """
        (c."OwnerOrganisationId" = @org OR EXISTS (SELECT 1 FROM "Cases" x WHERE x."ClientId" = c."Id" AND x."OrganisationId" = @org))
        """;

    /// <summary>ClientQueries.SearchAsync (case manager): every word must match one of the client's phonetic keys in the organisation's part of ClientSearchKeys; birth date as known.</summary>
    public static void BuildSearch(NpgsqlCommand cmd, Guid org, string name, string? birthDate, int limit)
    {
        var where = new List<string> { Readable };
        cmd.Parameters.AddWithValue("org", org);
        AddBirth(cmd, where, birthDate, exact: false);
        var n = 0;
        foreach (var word in NameKey.Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            var keys = NameKey.Phonetic(word).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (keys.Length == 0) continue;
            cmd.Parameters.AddWithValue($"k{n}", keys.Distinct().ToArray());
            where.Add($"EXISTS (SELECT 1 FROM \"ClientSearchKeys\" s WHERE s.\"ClientId\" = c.\"Id\" AND s.\"OrganisationId\" = @org AND s.\"Key\" = ANY (@k{n++}))");
        }
        cmd.CommandText = $"""
            SELECT c."Id", c."FileNumber", c."GivenName", c."FamilyName", c."BirthYear", c."BirthMonth", c."BirthDay", c."Nationalities",
              (SELECT k."Id" FROM "Cases" k WHERE k."ClientId" = c."Id" AND k."Phase" <> 'Closed' LIMIT 1)
            FROM "Clients" c
            WHERE {string.Join("\n  AND ", where)}
            ORDER BY c."FamilyName", c."FileNumber"
            LIMIT {limit}
            """;
    }

    /// <summary>
    /// DuplicateCheck.FindAsync: the ids of the organisation's clients sharing any phonetic key (ClientSearchKeys, most keys
    /// in common first, at most 500), those clients re-checked for access, plus those with the same full birth date.
    /// </summary>
    public static void BuildDuplicateCandidates(NpgsqlCommand cmd, Guid org, string first, string last, string? birthDate)
    {
        cmd.Parameters.AddWithValue("org", org);
        var keys = NameKey.Phonetic($"{first} {last}").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
        cmd.Parameters.AddWithValue("keys", keys);
        var byBirth = "";
        if (birthDate is { Length: 10 })
        {
            var where = new List<string> { Readable };
            AddBirth(cmd, where, birthDate, exact: true);
            byBirth = $"""
                UNION
                (SELECT c.* FROM "Clients" c WHERE {string.Join(" AND ", where)} LIMIT 500)
                """;
        }
        cmd.CommandText = $"""
            (SELECT c.* FROM "Clients" c
             WHERE c."Id" = ANY (ARRAY(SELECT s."ClientId" FROM "ClientSearchKeys" s WHERE s."OrganisationId" = @org AND s."Key" = ANY (@keys)
                                       GROUP BY s."ClientId" ORDER BY count(DISTINCT s."Key") DESC, s."ClientId" LIMIT 500))
               AND {Readable})
            {byBirth}
            """;
    }

    private static void AddBirth(NpgsqlCommand cmd, List<string> where, string? birthDate, bool exact)
    {
        if (string.IsNullOrEmpty(birthDate)) return;
        var parts = birthDate.Split('-').Select(int.Parse).ToArray();
        cmd.Parameters.AddWithValue("by", parts[0]);
        where.Add("c.\"BirthYear\" = @by");
        if (parts.Length > 1)
        {
            cmd.Parameters.AddWithValue("bm", parts[1]);
            where.Add(exact ? "c.\"BirthMonth\" = @bm" : "(c.\"BirthMonth\" = @bm OR c.\"BirthMonth\" IS NULL OR (c.\"BirthMonth\" = 1 AND c.\"BirthDay\" = 1))");
        }
        if (parts.Length > 2)
        {
            cmd.Parameters.AddWithValue("bd", parts[2]);
            where.Add(exact ? "c.\"BirthDay\" = @bd" : "(c.\"BirthDay\" = @bd OR c.\"BirthDay\" IS NULL OR (c.\"BirthMonth\" = 1 AND c.\"BirthDay\" = 1))");
        }
    }
}
