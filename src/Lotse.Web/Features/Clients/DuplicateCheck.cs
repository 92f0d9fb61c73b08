using Lotse.Web.Data;
using Lotse.Web.Features.Clients.Matching;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Clients;

/// <summary>
/// Likely duplicates before a client is registered: candidates come from the phonetic name keys (any shared name
/// token, <see cref="ClientAccess.FullyReadableClientIdsWithNameKey"/>) and from an identical birth date; each is scored
/// by <see cref="DuplicateMatcher"/>. Only clients whose whole file the caller may read are considered.
/// </summary>
public sealed class DuplicateCheck(LotseDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public const double ShowFrom = 0.5;
    private const int MaxCandidates = 500;
    private const int MaxAnswers = 20;

    public async Task<Result<IReadOnlyList<DuplicateCandidate>>> FindAsync(DuplicateCheckInput input, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        PartialDate? birth = null;
        if (!string.IsNullOrWhiteSpace(input.BirthDate))
        {
            if (!PartialDate.TryParse(input.BirthDate, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), out birth, out var error))
                return Error.Invalid("birthDate", error);
        }
        var intake = DuplicateMatcher.Prepare(MatchCandidate.Of(input.FirstName, input.LastName, birth,
            input.Nationalities?.Where(n => !string.IsNullOrWhiteSpace(n)).ToList() ?? []));

        var keys = NameKey.Phonetic($"{input.FirstName} {input.LastName}").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Distinct().ToList();
        // Candidates by name: the ids come from the key index (for a case manager only the organisation's part of it),
        // those sharing the most keys first; a common key such as "mhmd" (~5 % of an installation) costs a few index
        // pages, not a read of every client of the organisation. Only clients whose whole file the caller reads
        // (never partners' or ABH's shared views), checked again when the clients are read.
        var readable = access.FullyReadableClients().AsNoTracking();
        var ids = keys.Count == 0 ? [] : await access.FullyReadableClientIdsWithNameKey(keys).Take(MaxCandidates).ToListAsync(ct);
        var candidates = ids.Count == 0 ? [] : await readable.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        if (birth is { KnownDay: { } day, KnownMonth: { } month })
        {
            // The same birth date under a differently written name (served by the birth-date index).
            var known = candidates.Select(c => c.Id).ToHashSet();
            candidates.AddRange((await readable.Where(c => c.BirthYear == birth.Year && c.BirthMonth == month && c.BirthDay == day)
                .Take(MaxCandidates).ToListAsync(ct)).Where(c => !known.Contains(c.Id)));
        }

        var answers = candidates
            .Select(c => (c.Id, Result: DuplicateMatcher.Score(intake, DuplicateMatcher.Prepare(ClientMatching.CandidateOf(c)))))
            .Where(x => x.Result.Score >= ShowFrom)
            .OrderByDescending(x => x.Result.Score)
            .Take(MaxAnswers)
            .Select(x => new DuplicateCandidate(x.Id, Math.Round(x.Result.Score, 3), x.Result.Reasons))
            .ToList();

        await audit.AddReadsAsync("Client", answers.Select(a => a.ClientId.ToString()).ToList(), "Dublettenprüfung", ct);
        await db.SaveChangesAsync(ct);
        return answers;
    }
}

public static class ClientMatching
{
    public static MatchCandidate CandidateOf(Domain.Clients.Client c) => new(
        [c.GivenName, c.FamilyName, .. c.NameVariants.Select(v => $"{v.GivenName} {v.FamilyName}".Trim())],
        c.BirthYear is { } y ? PartialDateOf(y, c.BirthMonth, c.BirthDay) : null,
        c.Nationalities);

    private static PartialDate PartialDateOf(int year, int? month, int? day) =>
        PartialDate.Parse(ClientQueries.BirthIso(year, month, day)!, DateOnly.MaxValue);
}
