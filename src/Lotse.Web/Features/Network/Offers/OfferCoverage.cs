using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Cases;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.Offers;

public sealed record OverlapOfferDto(Guid Id, string Title, string OrganisationName, string AgeRange, IReadOnlyList<string> ResidenceStatusNames);
public sealed record OverlapDto(LifeDomain LifeDomain, string LifeDomainName, OverlapOfferDto First, OverlapOfferDto Second, IReadOnlyList<string> Municipalities);

/// <summary>A cell of the gap map. <see cref="Count"/> is null when fewer than 5 persons (shown as "&lt; 5").</summary>
public sealed record GapCell(LifeDomain LifeDomain, string LifeDomainName, int? Count, string CountText, int MatchingOffers, bool IsGap);
public sealed record GapRow(Guid MunicipalityId, string Municipality, IReadOnlyList<GapCell> Cells);
public sealed record GapMap(int Threshold, int MinimumCellSize, IReadOnlyList<GapRow> Rows);

/// <summary>
/// Parallel offers and the gap map (Versorgungslücken) for the Koordinierende Stelle and the Lenkungsgruppe. The gap map
/// counts persons with active cases whose latest assessment (see below for one day with several) rates a life domain at <see cref="NeedThreshold"/> or more,
/// per Kommune of the person, against offers valid today in that Kommune and life domain. Only counts leave this class;
/// counts below <see cref="MinimumCellSize"/> leave it as "&lt; 5" without the number.
/// </summary>
public sealed class OfferCoverage(LotseDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int NeedThreshold = 3;
    public const int MinimumCellSize = 5;

    public async Task<IReadOnlyList<OverlapDto>> OverlapsAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.ValidUntil == null || o.ValidUntil >= today)
            .OrderBy(o => o.Title).ThenBy(o => o.Id).ToListAsync(ct);
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var profiles = offers.Select(o => new OfferProfile(o.Id, o.LifeDomain, o.MinAge, o.MaxAge, o.ResidenceStatusTypes.ToHashSet(),
            o.MunicipalityIds.ToHashSet(), o.ValidFrom, o.ValidUntil)).ToList();
        var byId = offers.ToDictionary(o => o.Id);
        OverlapOfferDto Dto(Guid id)
        {
            var dto = OfferDto.From(byId[id], orgs.GetValueOrDefault(byId[id].OrganisationId, "?"), municipalities, false);
            return new OverlapOfferDto(dto.Id, dto.Title, dto.OrganisationName, dto.AgeRange,
                dto.ResidenceStatusNames.Count == 0 ? ["alle"] : dto.ResidenceStatusNames);
        }
        return OfferOverlaps.Find(profiles)
            .Select(p => new OverlapDto(byId[p.FirstId].LifeDomain, CaseNames.Of(byId[p.FirstId].LifeDomain), Dto(p.FirstId), Dto(p.SecondId),
                p.SharedMunicipalityIds.Select(m => municipalities.GetValueOrDefault(m, "?")).Order().ToList()))
            .OrderBy(o => o.LifeDomainName).ThenBy(o => o.First.Title).ToList();
    }

    public async Task<GapMap> GapMapAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Per active case: the person and their Kommune; then the assessments of those cases. Nothing but ids,
        // dates and ratings is loaded, and only counts leave this method.
        var cases = await db.Cases.AsNoTracking().Where(c => c.Phase != CasePhase.Closed)
            .Join(db.Clients, c => c.ClientId, k => k.Id, (c, k) => new { CaseId = c.Id, c.ClientId, k.MunicipalityId })
            .Where(x => x.MunicipalityId != null)
            .ToListAsync(ct);
        var withAssessments = await db.Cases.AsNoTracking().Where(c => c.Phase != CasePhase.Closed && c.Assessments.Any())
            .Include(c => c.Assessments).AsSplitQuery()
            .ToListAsync(ct);
        // The latest assessment holds the current need. Assessments carry a date, not a time: of several on the
        // latest day, each life domain counts with its highest rating there (a need is rather shown than hidden).
        var latest = withAssessments.ToDictionary(c => c.Id, c =>
        {
            var day = c.Assessments.Max(a => a.AssessedOn);
            return c.Assessments.Where(a => a.AssessedOn == day).SelectMany(a => a.Ratings)
                .GroupBy(r => r.Domain).Select(g => g.MaxBy(r => r.Rating)!).ToList();
        });

        // A person counts once per Kommune and life domain, however many active cases they have.
        var needs = cases
            .SelectMany(c => latest.GetValueOrDefault(c.CaseId, []).Where(r => r.Rating >= NeedThreshold)
                .Select(r => (Municipality: c.MunicipalityId!.Value, r.Domain, c.ClientId)))
            .Distinct()
            .GroupBy(x => (x.Municipality, x.Domain))
            .ToDictionary(g => g.Key, g => g.Count());
        audit.Add(AuditOperation.Read, "Assessment", "aggregate", "Versorgungslücken (nur Fallzahlen je Kommune und Lebenslage)");
        await db.SaveChangesAsync(ct);

        var offers = await db.Offers.AsNoTracking()
            .Where(o => (o.ValidFrom == null || o.ValidFrom <= today) && (o.ValidUntil == null || o.ValidUntil >= today))
            .Select(o => new { o.LifeDomain, o.MunicipalityIds }).ToListAsync(ct);
        var offerCounts = offers.SelectMany(o => o.MunicipalityIds.Select(m => (m, o.LifeDomain)))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());

        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        var rows = municipalities.Select(m => new GapRow(m.Id, m.Name, Enum.GetValues<LifeDomain>().Select(d =>
        {
            var count = needs.GetValueOrDefault((m.Id, d));
            var matching = offerCounts.GetValueOrDefault((m.Id, d));
            var shown = count >= MinimumCellSize ? count : (int?)null;
            var text = count == 0 ? "0" : shown is null ? "< 5" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new GapCell(d, CaseNames.Of(d), count == 0 ? 0 : shown, text, matching, count > 0 && matching == 0);
        }).ToList())).ToList();
        return new GapMap(NeedThreshold, MinimumCellSize, rows);
    }
}
