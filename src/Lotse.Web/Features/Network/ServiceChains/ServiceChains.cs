using Lotse.Web.Data;
using Lotse.Web.Domain.Network;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.ServiceChains;

/// <summary>Dienstleistungsketten: list, read with measured figures, create and change (Koordinierende Stelle).</summary>
public sealed class ServiceChains(LotseDbContext db, IServiceChainObservations observations, TimeProvider clock)
{
    private static readonly System.Globalization.CultureInfo German = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

    public async Task<IReadOnlyList<ChainSummaryDto>> ListAsync(CancellationToken ct) =>
        await db.ServiceChains.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new ChainSummaryDto(c.Id, c.Name, c.Need, c.Steps.Count)).ToListAsync(ct);

    public async Task<Result<ChainDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var chain = await db.ServiceChains.AsNoTracking().Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (chain is null) return Error.NotFound("Die Dienstleistungskette");
        var steps = chain.Steps.OrderBy(s => s.Position).ToList();
        var targets = steps.Select(s => new ChainTarget(s.Id, s.TargetDuration, s.TargetUnit)).ToList();
        var measured = ChainMeasurement.Measure(targets, await observations.ForSubjectsAsync(targets.Select(t => t.SubjectId).ToList(), ct), clock.GetUtcNow());
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var dtos = steps.Zip(measured.Subjects, (s, f) => new ChainStepDto(
            s.Id, s.Position, s.Title, s.ResponsibleOrganisationId, orgs.GetValueOrDefault(s.ResponsibleOrganisationId, "?"),
            s.TargetDuration, s.TargetUnit, DurationNames.Target(s.TargetDuration, s.TargetUnit), s.StandardId,
            FiguresDto.From(f.Overall),
            f.ByOrganisation.Select(o => new OrganisationFiguresDto(o.OrganisationId, orgs.GetValueOrDefault(o.OrganisationId, "?"), FiguresDto.From(o.Figures)))
                .OrderBy(o => o.OrganisationName).ToList(),
            f.ByMonth.Select(m => new MonthFiguresDto(m.Month.ToString("yyyy-MM"), FiguresDto.From(m.Figures))).ToList(),
            measured.Break?.SubjectId == s.Id)).ToList();
        string? breakText = null;
        if (measured.Break is { } b && dtos.FirstOrDefault(d => d.Id == b.SubjectId) is { } step)
            breakText = string.Format(German, "Die Kette bricht am ehesten bei Schritt {0} „{1}“ ({2}): nur {3:P0} innerhalb der Zieldauer ({4}){5}",
                step.Position, step.Title, step.ResponsibleOrganisationName, b.ShareWithinTarget, step.TargetText,
                b.MedianBeyondTarget > 0 ? string.Format(German, ", der Median liegt {0:0.#} Tage darüber.", b.MedianBeyondTarget) : ".");
        return new ChainDto(chain.Id, chain.Name, chain.Need, dtos, measured.Break?.SubjectId, breakText, chain.Version);
    }

    public async Task<Result<ChainDto>> CreateAsync(ChainInput input, CancellationToken ct)
    {
        if (await ValidateAsync(input, null, ct) is { } error) return error;
        var chain = new ServiceChain { Name = input.Name.Trim() };
        Apply(chain, input);
        db.ServiceChains.Add(chain);
        await db.SaveChangesAsync(ct);
        return await GetAsync(chain.Id, ct);
    }

    public async Task<Result<ChainDto>> UpdateAsync(Guid id, ChainInput input, CancellationToken ct)
    {
        var chain = await db.ServiceChains.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (chain is null) return Error.NotFound("Die Dienstleistungskette");
        if (input.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != chain.Version) return Error.Stale("Die Dienstleistungskette");
        if (await ValidateAsync(input, id, ct) is { } error) return error;
        db.Entry(chain).Property(c => c.Version).OriginalValue = input.Version.Value;
        Apply(chain, input);
        // The steps are an ordered value of the chain: the version goes up even when only a step changed.
        db.Entry(chain).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Dienstleistungskette");
        }
        return await GetAsync(chain.Id, ct);
    }

    private async Task<Error?> ValidateAsync(ChainInput input, Guid? id, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (Validation.ValidateItems(input.Steps, "steps") is { } invalidStep) return invalidStep;
        if (input.Steps.Count == 0) return Error.Invalid("steps", "Eine Dienstleistungskette braucht mindestens einen Schritt.");
        if (input.Steps.Count > 20) return Error.Invalid("steps", "Eine Dienstleistungskette hat höchstens 20 Schritte.");
        var name = input.Name.Trim();
        if (await db.ServiceChains.AnyAsync(c => c.Name == name && c.Id != id, ct))
            return Error.Invalid("name", "Eine Dienstleistungskette mit diesem Namen gibt es bereits.");
        var orgIds = input.Steps.Select(s => s.ResponsibleOrganisationId!.Value).Distinct().ToList();
        if (await db.Organisations.CountAsync(o => orgIds.Contains(o.Id), ct) != orgIds.Count)
            return Error.Invalid("steps", "Mindestens eine der verantwortlichen Organisationen gibt es nicht.");
        var standardIds = input.Steps.Where(s => s.StandardId != null).Select(s => s.StandardId!.Value).Distinct().ToList();
        if (await db.ServiceStandards.CountAsync(s => standardIds.Contains(s.Id), ct) != standardIds.Count)
            return Error.Invalid("steps", "Mindestens einen der gewählten Servicestandards gibt es nicht.");
        return null;
    }

    private void Apply(ServiceChain chain, ChainInput input)
    {
        chain.Name = input.Name.Trim();
        chain.Need = input.Need?.Trim() ?? "";
        var existing = chain.Steps.OrderBy(s => s.Position).ToList();
        for (var i = 0; i < input.Steps.Count; i++)
        {
            // Steps keep their ids by position, so observations stay attached when a step is renamed.
            var step = i < existing.Count ? existing[i] : new ServiceChainStep { ChainId = chain.Id };
            if (i >= existing.Count) { chain.Steps.Add(step); db.Add(step); }
            var s = input.Steps[i];
            step.Position = i + 1;
            step.Title = s.Title!.Trim();
            step.ResponsibleOrganisationId = s.ResponsibleOrganisationId!.Value;
            step.TargetDuration = s.TargetDuration!.Value;
            step.TargetUnit = s.TargetUnit;
            step.StandardId = s.StandardId;
        }
        foreach (var removed in existing.Skip(input.Steps.Count))
        {
            chain.Steps.Remove(removed);
            db.Remove(removed);
        }
    }
}
