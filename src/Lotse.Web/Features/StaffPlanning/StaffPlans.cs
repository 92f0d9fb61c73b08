using System.Globalization;
using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Network;
using Lotse.Web.Features.Import.Parsing;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.StaffPlanning;

/// <summary>
/// Stellenplanung (Koordinierende Stelle): imports newcomer counts per Kommune and category from CSV/XLSX (all or
/// nothing), distributes the available VZÄ to the Regionalbereiche in proportion to their counts (0.1 VZÄ, largest
/// remainder, total exact) and compares with the active cases per Regionalbereich (by the Kommune of the client).
/// </summary>
public sealed class StaffPlans(LotseDbContext db, CurrentUser user, TimeProvider clock)
{
    private static readonly string[] MunicipalityHeaders = ["kommune", "gemeinde", "stadt", "kommune/gemeinde", "gemeinde/stadt"];
    public const int MaxErrors = 50;

    public async Task<Result<StaffPlanDto>> ImportAsync(string? fileName, byte[] content, StaffPlanParameters parameters, CancellationToken ct)
    {
        if (Validation.Validate(parameters) is { } invalid) return invalid;
        if (FteTenths(parameters.AvailableFte!.Value) is not { } tenths)
            return Error.Invalid("availableFte", "Die verfügbaren VZÄ werden in Schritten von 0,1 angegeben.");
        var read = ImportFileReader.Read(content);
        if (!read.IsSuccess) return read.Error!;
        var file = read.Value!;

        var municipalityColumn = file.Headers.ToList().FindIndex(h => MunicipalityHeaders.Contains(h.Trim().ToLowerInvariant()));
        if (municipalityColumn < 0)
            return Error.Invalid("file", "Die Tabelle hat keine Spalte „Kommune“. Bitte nennen Sie die Spalte mit den Namen der Kommunen „Kommune“.");
        var categories = file.Headers.Select((h, i) => (h, i)).Where(x => x.i != municipalityColumn).ToList();
        if (categories.Count == 0)
            return Error.Invalid("file", "Die Tabelle hat außer „Kommune“ keine Spalte mit Zahlen (z. B. „Neuzugewanderte über 28“, „Gestattete“, „Geduldete“).");
        if (file.Rows.Count == 0) return Error.Invalid("file", "Die Tabelle enthält keine Datenzeilen.");

        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        var byName = municipalities.ToDictionary(m => m.Name.Trim(), m => m.Id, StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        var counts = new List<StaffPlanCount>();
        var seen = new Dictionary<Guid, int>();
        foreach (var row in file.Rows)
        {
            var name = row.Cells[municipalityColumn].Trim();
            Guid? municipality = null;
            if (name.Length == 0) errors.Add($"Zeile {row.Number}: Die Kommune fehlt.");
            else if (!byName.TryGetValue(name, out var id)) errors.Add($"Zeile {row.Number}: Die Kommune „{Shorten(name)}“ ist nicht bekannt.");
            else if (seen.TryGetValue(id, out var first)) errors.Add($"Zeile {row.Number}: Die Kommune „{Shorten(name)}“ steht schon in Zeile {first}.");
            else { seen[id] = row.Number; municipality = id; }
            foreach (var (header, column) in categories)
            {
                var cell = row.Cells[column].Trim();
                if (ParseCount(cell) is not { } value)
                {
                    errors.Add($"Zeile {row.Number}, Spalte „{Shorten(header)}“: „{Shorten(cell)}“ ist keine Anzahl (ganze Zahl ab 0).");
                    continue;
                }
                if (municipality is { } m)
                    counts.Add(new StaffPlanCount { MunicipalityId = m, Category = header.Length > 100 ? header[..100] : header, Count = value });
            }
        }
        if (errors.Count > 0)
        {
            var shown = errors.Take(MaxErrors).ToList();
            if (errors.Count > MaxErrors) shown.Add($"… und {errors.Count - MaxErrors} weitere Fehler.");
            return new Error(ErrorKind.Validation, $"Die Datei wurde nicht übernommen: {errors.Count} Fehler. Bitte korrigieren Sie die Zeilen und laden Sie sie erneut hoch.",
                new Dictionary<string, string[]> { ["file"] = shown.ToArray() });
        }

        var plan = new StaffPlan
        {
            FileName = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "Zuwanderungszahlen" : fileName.Trim()) is var f && f.Length > 200 ? f[^200..] : f,
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = user.Id,
            TargetRatio = parameters.TargetRatio!.Value,
            AvailableFteTenths = tenths,
            Categories = categories.Select(c => c.h.Length > 100 ? c.h[..100] : c.h).ToList(),
            Counts = counts,
        };
        foreach (var c in counts) c.StaffPlanId = plan.Id;
        db.StaffPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return await CurrentAsync(ct) is { } dto ? dto : Error.NotFound("Die Stellenplanung");
    }

    public async Task<Result<StaffPlanDto>> UpdateParametersAsync(StaffPlanParameters parameters, CancellationToken ct)
    {
        var plan = await db.StaffPlans.OrderByDescending(p => p.ImportedAt).FirstOrDefaultAsync(ct);
        if (plan is null) return Error.NotFound("Eine Stellenplanung");
        if (Validation.Validate(parameters) is { } invalid) return invalid;
        if (FteTenths(parameters.AvailableFte!.Value) is not { } tenths)
            return Error.Invalid("availableFte", "Die verfügbaren VZÄ werden in Schritten von 0,1 angegeben.");
        if (parameters.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (parameters.Version != plan.Version) return Error.Stale("Die Stellenplanung");
        db.Entry(plan).Property(p => p.Version).OriginalValue = parameters.Version.Value;
        plan.TargetRatio = parameters.TargetRatio!.Value;
        plan.AvailableFteTenths = tenths;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Stellenplanung");
        }
        return (await CurrentAsync(ct))!;
    }

    /// <summary>The latest plan with the distribution and the caseload comparison, or null before the first import.</summary>
    public async Task<StaffPlanDto?> CurrentAsync(CancellationToken ct)
    {
        var plan = await db.StaffPlans.AsNoTracking().OrderByDescending(p => p.ImportedAt).ThenBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        var counts = await db.Set<StaffPlanCount>().AsNoTracking().Where(c => c.StaffPlanId == plan.Id).ToListAsync(ct);
        var regionOf = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.RegionId, ct);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(ct);

        var activeByRegion = (await db.Cases.AsNoTracking().Where(c => c.Phase != CasePhase.Closed)
                .Join(db.Clients, c => c.ClientId, k => k.Id, (c, k) => k.Municipality!.RegionId)
                .GroupBy(r => r).Select(g => new { RegionId = g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.RegionId ?? Guid.Empty, x => x.Count);

        var rows = regions.Select(r => (Id: (Guid?)r.Id, r.Name)).ToList();
        if (counts.Any(c => regionOf.GetValueOrDefault(c.MunicipalityId) is null) || activeByRegion.ContainsKey(Guid.Empty))
            rows.Add((null, "ohne Regionalbereich"));
        var perRow = rows.Select(r => counts.Where(c => regionOf.GetValueOrDefault(c.MunicipalityId) == r.Id).ToList()).ToList();
        var weights = perRow.Select(list => (long)list.Sum(c => c.Count)).ToList();
        var total = weights.Sum();
        var tenths = LargestRemainder.Distribute(plan.AvailableFteTenths, weights);

        var result = rows.Select((r, i) =>
        {
            var allocated = tenths[i] / 10m;
            var active = activeByRegion.GetValueOrDefault(r.Id ?? Guid.Empty);
            return new StaffPlanRegionDto(r.Id, r.Name, (int)weights[i], total == 0 ? 0 : weights[i] / (double)total, allocated,
                Math.Round(weights[i] / (decimal)plan.TargetRatio, 1), active, allocated == 0 ? null : Math.Round(active / allocated, 1),
                plan.Categories.ToDictionary(cat => cat, cat => perRow[i].Where(c => c.Category == cat).Sum(c => c.Count)));
        }).ToList();
        return new StaffPlanDto(plan.Id, plan.FileName, plan.ImportedAt, plan.TargetRatio, plan.AvailableFteTenths / 10m, plan.Categories,
            (int)total, Math.Round(total / (decimal)plan.TargetRatio, 1), total > 0, result, plan.Version);
    }

    /// <summary>"1.234" or "1234" → 1234; empty → 0; anything else (negative, decimals, text) → null.</summary>
    internal static int? ParseCount(string cell)
    {
        if (cell.Length == 0) return 0;
        var digits = cell.Replace(".", "").Replace(" ", "").Replace("\u00A0", "");
        if (cell.Contains('.') && !System.Text.RegularExpressions.Regex.IsMatch(cell, @"^\d{1,3}(\.\d{3})+$")) return null;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static int? FteTenths(decimal fte)
    {
        var tenths = fte * 10;
        return tenths == decimal.Truncate(tenths) && tenths <= int.MaxValue ? (int)tenths : null;
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
