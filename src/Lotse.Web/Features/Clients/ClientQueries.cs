using System.Text;
using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

/// <summary>Reading clients: only through <see cref="ClientAccess"/>, always audited.</summary>
public sealed class ClientQueries(LotseDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Task<ClientDto?> GetAsync(Guid id, CancellationToken ct, string? purpose = null) =>
        audit.ReadAsync("Client", async token =>
            {
                // The full file only for those who see every category; partners and ABH/EBH get SharedClientView.
                var client = await access.FullyReadableClients().AsNoTracking()
                    .Include(c => c.ResidenceStatuses).Include(c => c.Municipality)
                    .FirstOrDefaultAsync(c => c.Id == id, token);
                if (client is null) return null;
                var activeCase = await db.Cases.Where(k => k.ClientId == id && k.Phase != CasePhase.Closed).Select(k => (Guid?)k.Id).FirstOrDefaultAsync(token);
                return ToDto(client, activeCase);
            },
            dto => dto is null ? [] : [dto.Id.ToString()], ct, purpose);

    public async Task<Result<ClientSearchResult>> SearchAsync(ClientSearchInput input, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        // A hit shows name and birth date: only clients whose Personalien the caller may see now.
        var query = access.ClientsVisibleWith(Domain.Consents.DataCategory.IdentityContact).AsNoTracking();
        var showCases = access.SupervisesAll || access.IsCaseManager; // partners and ABH/EBH never learn of cases

        if (!string.IsNullOrWhiteSpace(input.FileNumber))
        {
            var number = input.FileNumber.Trim().ToUpperInvariant();
            query = query.Where(c => c.FileNumber == number);
        }
        if (!string.IsNullOrWhiteSpace(input.BirthDate))
        {
            if (!PartialDate.TryParse(input.BirthDate, Today, out var birth, out var error)) return Error.Invalid("birthDate", error);
            query = query.Where(c => c.BirthYear == birth.Year);
            if (birth.KnownMonth is { } month) query = query.Where(c => c.BirthMonth == month || c.BirthMonth == null || (c.BirthMonth == 1 && c.BirthDay == 1));
            if (birth.KnownDay is { } day) query = query.Where(c => c.BirthDay == day || c.BirthDay == null || (c.BirthMonth == 1 && c.BirthDay == 1));
        }
        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            // Every word of the query must match one of the client's spellings by at least one of its
            // phonetic readings, so "Muhammad Alhasan" finds "Mohammed Al-Hassan" and recorded variants.
            foreach (var word in NameKey.Normalise(input.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
            {
                var keys = NameKey.Phonetic(word).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
                if (keys.Count == 0) continue;
                query = query.Where(access.HasNameKey(keys) ?? AnyPhoneticKey(keys.Select(k => $"% {k} %").ToList()));
            }
        }
        if (DecodeCursor(input.After) is { } after)
            query = query.Where(c => string.Compare(c.FamilyName, after.LastName) > 0
                || (c.FamilyName == after.LastName && string.Compare(c.FileNumber, after.FileNumber) > 0));

        var page = await query.OrderBy(c => c.FamilyName).ThenBy(c => c.FileNumber).Take(input.PageSize + 1)
            .Select(c => new
            {
                c.Id, c.FileNumber, c.GivenName, c.FamilyName, c.BirthYear, c.BirthMonth, c.BirthDay, c.Nationalities,
                ActiveCase = db.Cases.Where(k => showCases && k.ClientId == c.Id && k.Phase != CasePhase.Closed).Select(k => (Guid?)k.Id).FirstOrDefault()
            })
            .ToListAsync(ct);
        var items = page.Take(input.PageSize)
            .Select(c => new ClientSummary(c.Id, c.FileNumber, c.GivenName, c.FamilyName, BirthIso(c.BirthYear, c.BirthMonth, c.BirthDay), c.Nationalities, c.ActiveCase))
            .ToList();
        var next = page.Count > input.PageSize ? EncodeCursor(items[^1].LastName, items[^1].FileNumber) : null;

        await audit.AddReadsAsync("Client", items.Select(i => i.Id.ToString()).ToList(), "Personensuche", ct);
        await db.SaveChangesAsync(ct);
        return new ClientSearchResult(items, next);
    }

    /// <summary>c => PhoneticKey LIKE p1 OR PhoneticKey LIKE p2 ... (built once, translated to SQL).</summary>
    internal static System.Linq.Expressions.Expression<Func<Client, bool>> AnyPhoneticKey(IReadOnlyList<string> patterns)
    {
        var c = System.Linq.Expressions.Expression.Parameter(typeof(Client), "c");
        var key = System.Linq.Expressions.Expression.Property(c, nameof(Client.PhoneticKey));
        var like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;
        var functions = System.Linq.Expressions.Expression.Constant(EF.Functions);
        System.Linq.Expressions.Expression body = System.Linq.Expressions.Expression.Constant(false);
        foreach (var pattern in patterns)
        {
            var holder = new PatternHolder(pattern); // parameterised, not inlined into the SQL text
            var value = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Constant(holder), nameof(PatternHolder.Pattern));
            body = System.Linq.Expressions.Expression.OrElse(body, System.Linq.Expressions.Expression.Call(like, functions, key, value));
        }
        return System.Linq.Expressions.Expression.Lambda<Func<Client, bool>>(body, c);
    }

    private sealed record PatternHolder(string Pattern);

    public ClientDto ToDto(Client c, Guid? activeCaseId)
    {
        var birth = BirthIso(c.BirthYear, c.BirthMonth, c.BirthDay);
        return new ClientDto(
            c.Id, c.FileNumber, c.GivenName, c.FamilyName,
            c.NameVariants.Select(v => new NameVariantInput { FirstName = v.GivenName, LastName = v.FamilyName, Source = v.Source }).ToList(),
            birth, birth is null ? null : PartialDate.Parse(birth, Today).ToGermanString(), c.Sex, c.Nationalities, c.Languages,
            c.InterpreterNeeded, c.InterpreterLanguage, c.Street, c.PostalCode, c.MunicipalityId, c.Municipality?.Name,
            c.EntryDate, c.IsNewcomer(Today), c.Household, c.Benefits,
            c.ResidenceStatuses.OrderByDescending(r => r.IssuedOn).Select(r => new ResidenceStatusDto(r.Id, r.Type, ClientNames.Of(r.Type), r.LegalBasis, r.IssuedOn, r.ValidUntil, r.Source)).ToList(),
            c.Contacts, activeCaseId, c.Version);
    }

    public static string? BirthIso(int? year, int? month, int? day) => year switch
    {
        null => null,
        _ when month is null => $"{year:D4}",
        _ when day is null => $"{year:D4}-{month:D2}",
        _ => $"{year:D4}-{month:D2}-{day:D2}"
    };

    private static string EncodeCursor(string lastName, string fileNumber) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{lastName}\u001f{fileNumber}"));

    private static (string LastName, string FileNumber)? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('\u001f');
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

public static class ClientNames
{
    public static string Of(ResidenceStatusType t) => t switch
    {
        ResidenceStatusType.PermissionToRemain => "Aufenthaltsgestattung",
        ResidenceStatusType.Toleration => "Duldung (§ 60a AufenthG)",
        ResidenceStatusType.TrainingToleration => "Ausbildungsduldung (§ 60c AufenthG)",
        ResidenceStatusType.EmploymentToleration => "Beschäftigungsduldung (§ 60d AufenthG)",
        ResidenceStatusType.ResidencePermit => "Aufenthaltserlaubnis",
        ResidenceStatusType.WellIntegratedYouth => "Aufenthaltserlaubnis § 25a AufenthG",
        ResidenceStatusType.SustainableIntegration => "Aufenthaltserlaubnis § 25b AufenthG",
        ResidenceStatusType.SettlementPermit => "Niederlassungserlaubnis",
        ResidenceStatusType.EuFreeMovement => "EU-Freizügigkeit",
        ResidenceStatusType.Naturalised => "eingebürgert",
        _ => "sonstiger Status"
    };

    public static string Of(Sex s) => s switch
    {
        Sex.Female => "weiblich",
        Sex.Male => "männlich",
        Sex.Diverse => "divers",
        _ => "ohne Angabe"
    };

    public static string Of(BenefitKind k) => k switch
    {
        BenefitKind.SgbII => "Bürgergeld/Grundsicherung (SGB II)",
        BenefitKind.SgbIII => "Arbeitslosengeld (SGB III)",
        BenefitKind.SgbXII => "Sozialhilfe (SGB XII)",
        BenefitKind.AsylbLG => "Leistungen nach AsylbLG",
        _ => "keine Leistungen"
    };
}
