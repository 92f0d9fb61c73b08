using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Bench.Generation;
using Npgsql;

namespace Lotse.Bench.Running;

public static class Endpoints
{
    public const string StartPage = "start-page";
    public const string Case = "case";
    public const string Search = "search";
    public const string DuplicateCheck = "duplicate-check";
    public const string Overview = "overview";
    public static readonly string[] All = [StartPage, Case, Search, DuplicateCheck, Overview];

    public static string Describe(string e) => e switch
    {
        StartPage => "Start page: `GET /api/v1/caseload` (case manager's active cases with due items)",
        Case => "Open a case: `GET /api/v1/cases/{id}` (own active case, all parts)",
        Search => "Client search: `POST /api/v1/clients/search` (name variant + birth date)",
        DuplicateCheck => "Duplicate check at intake: `POST /api/v1/clients/duplicate-check`",
        Overview => "Caseload per Regionalbereich: `GET /api/v1/caseload/overview` (Koordinierende Stelle)",
        _ => e
    };
}

/// <summary>A signed-in user of the benchmark and what they ask for.</summary>
public sealed class BenchUser
{
    public required string UserName { get; init; }
    public required Guid Id { get; init; }
    public required Guid OrganisationId { get; init; }
    public string Token { get; set; } = "";
    public List<Guid> ActiveCases { get; } = [];
    /// <summary>Search inputs: another spelling of a known client's name plus their birth date (as known).</summary>
    public List<(string First, string Last, string? BirthDate, string Nationality)> KnownPeople { get; } = [];
}

/// <summary>The requests of each endpoint, drawn at random from what the users really have (their own cases, their clients).</summary>
public sealed class Workload
{
    private static readonly Dictionary<string, string> GroupOf = BuildGroups();
    private readonly List<BenchUser> _caseManagers;
    private readonly BenchUser _coordinator;
    private readonly HttpClient _http;
    private int _counter;

    public Workload(List<BenchUser> caseManagers, BenchUser coordinator, HttpClient http)
    {
        _caseManagers = caseManagers;
        _coordinator = coordinator;
        _http = http;
    }

    public IReadOnlyList<BenchUser> CaseManagers => _caseManagers;
    public BenchUser Coordinator => _coordinator;

    public static async Task<(List<BenchUser> CaseManagers, BenchUser Coordinator)> LoadUsersAsync(string connectionString, int count, int seed)
    {
        var rng = new Random(seed);
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        var users = new List<BenchUser>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT u."UserName", u."Id", u."OrganisationId"
            FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId" AND r."Name" = 'CaseManager'
            WHERE u."IsActive" AND (u."UserName" = 'cm1' OR u."UserName" NOT IN ('cm2'))
              AND EXISTS (SELECT 1 FROM "Cases" k WHERE k."CaseManagerId" = u."Id" AND k."Phase" <> 'Closed')
            ORDER BY (u."UserName" = 'cm1') DESC, md5(u."UserName" || @seed)
            LIMIT @n
            """, c))
        {
            cmd.Parameters.AddWithValue("seed", seed.ToString());
            cmd.Parameters.AddWithValue("n", count);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) users.Add(new BenchUser { UserName = r.GetString(0), Id = r.GetGuid(1), OrganisationId = r.GetGuid(2) });
        }
        foreach (var u in users)
        {
            await using var cmd = new NpgsqlCommand("""
                SELECT k."Id", c."GivenName", c."FamilyName", c."BirthYear", c."BirthMonth", c."BirthDay", c."NameVariants"::text, c."Nationalities"[1]
                FROM "Cases" k JOIN "Clients" c ON c."Id" = k."ClientId"
                WHERE k."CaseManagerId" = @u AND k."Phase" <> 'Closed'
                """, c);
            cmd.Parameters.AddWithValue("u", u.Id);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                u.ActiveCases.Add(r.GetGuid(0));
                var (first, last) = VariantOf(r.GetString(1), r.GetString(2), r.IsDBNull(6) ? null : r.GetString(6), rng);
                int? year = r.IsDBNull(3) ? null : r.GetInt32(3), month = r.IsDBNull(4) ? null : r.GetInt32(4), day = r.IsDBNull(5) ? null : r.GetInt32(5);
                string? birth = year is null ? null
                    : month is null ? $"{year:D4}"
                    : day is null ? $"{year:D4}-{month:D2}"
                    : rng.NextDouble() < 0.8 ? $"{year:D4}-{month:D2}-{day:D2}" : $"{year:D4}";
                u.KnownPeople.Add((first, last, birth, r.IsDBNull(7) ? "XXX" : r.GetString(7)));
            }
        }
        var coordinator = new BenchUser { UserName = "koordination", Id = Guid.Empty, OrganisationId = Guid.Empty };
        return (users, coordinator);
    }

    /// <summary>Another spelling of a known person's name: a recorded variant, or other spellings from the name lists.</summary>
    public static (string First, string Last) VariantOf(string given, string family, string? variantsJson, Random rng)
    {
        if (variantsJson is not null && rng.NextDouble() < 0.4)
        {
            var variants = JsonSerializer.Deserialize<List<JsonElement>>(variantsJson) ?? [];
            if (variants.Count > 0)
            {
                var v = variants[rng.Next(variants.Count)];
                return (v.GetProperty("GivenName").GetString() ?? given, v.GetProperty("FamilyName").GetString() ?? family);
            }
        }
        string Other(string name) => GroupOf.TryGetValue(name, out var group) ? DatasetGenerator.OtherSpelling(group, name, rng) : name;
        return (rng.NextDouble() < 0.8 ? Other(given) : given, Other(family));
    }

    private static Dictionary<string, string> BuildGroups()
    {
        var map = new Dictionary<string, string>();
        foreach (var origin in NameLists.Origins)
            foreach (var group in origin.MaleGiven.Concat(origin.FemaleGiven).Concat(origin.Family))
                foreach (var spelling in DatasetGenerator.Spellings(group))
                    map.TryAdd(spelling, group);
        return map;
    }

    // ---- requests (one random user and one random item each) ----

    /// <summary>Draws the next request (call from one thread); the returned function sends it.</summary>
    public Func<CancellationToken, Task<bool>> Next(string endpoint, Random rng) => endpoint switch
    {
        Endpoints.StartPage => Get("/api/v1/caseload", NextUser(rng)),
        Endpoints.Case => NextCase(rng),
        Endpoints.Search => NextSearch(rng),
        Endpoints.DuplicateCheck => NextDuplicateCheck(rng),
        Endpoints.Overview => Get("/api/v1/caseload/overview", _coordinator),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint))
    };

    private Func<CancellationToken, Task<bool>> Get(string path, BenchUser u) => ct => SendAsync(HttpMethod.Get, path, u, null, ct);

    private Func<CancellationToken, Task<bool>> NextCase(Random rng)
    {
        var u = NextUser(rng);
        return Get($"/api/v1/cases/{Pick(rng, u.ActiveCases)}", u);
    }

    private Func<CancellationToken, Task<bool>> NextSearch(Random rng)
    {
        var u = NextUser(rng);
        var p = Pick(rng, u.KnownPeople);
        var body = new { name = $"{p.First} {p.Last}", birthDate = p.BirthDate };
        return ct => SendAsync(HttpMethod.Post, "/api/v1/clients/search", u, body, ct);
    }

    private Func<CancellationToken, Task<bool>> NextDuplicateCheck(Random rng)
    {
        var u = NextUser(rng);
        var (first, last, birth, nationality) = NewOrKnownPerson(u, rng);
        var body = new { firstName = first, lastName = last, birthDate = birth, nationalities = new[] { nationality } };
        return ct => SendAsync(HttpMethod.Post, "/api/v1/clients/duplicate-check", u, body, ct);
    }

    /// <summary>At intake, half of the people are already known (another spelling), half are new.</summary>
    public static (string First, string Last, string? BirthDate, string Nationality) NewOrKnownPerson(BenchUser u, Random rng)
    {
        if (rng.NextDouble() < 0.5) return Pick(rng, u.KnownPeople);
        var origin = NameLists.Origins[rng.Next(NameLists.Origins.Length)];
        var female = rng.NextDouble() < 0.5;
        var first = DatasetGenerator.Spelling(Pick(rng, female ? origin.FemaleGiven : origin.MaleGiven), rng, 0.6);
        var last = DatasetGenerator.Spelling(Pick(rng, origin.Family), rng, 0.6);
        var birth = $"{1960 + rng.Next(48):D4}-{1 + rng.Next(12):D2}-{1 + rng.Next(28):D2}";
        return (first, last, birth, origin.Nationalities[0]);
    }

    public BenchUser NextUser(Random rng) => _caseManagers[rng.Next(_caseManagers.Count)];

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private async Task<bool> SendAsync(HttpMethod method, string path, BenchUser user, object? body, CancellationToken ct)
    {
        Interlocked.Increment(ref _counter);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        // Read the whole body: the latency ends with the last byte.
        _ = await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode;
    }

    public async Task SignInAsync(BenchUser user)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user.UserName, password = Lotse.Web.Data.DemoData.Password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        user.Token = json.RootElement.GetProperty("accessToken").GetString()!;
    }
}
