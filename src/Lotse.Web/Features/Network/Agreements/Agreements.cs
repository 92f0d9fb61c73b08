using Lotse.Web.Data;
using Lotse.Web.Domain.Network;
using Lotse.Web.Features.Network.Offers;
using Lotse.Web.Features.Network.ServiceChains;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.Agreements;

/// <summary>Kooperationsvereinbarungen with their service standards and the signed PDF (Koordinierende Stelle).</summary>
public sealed class Agreements(LotseDbContext db, IServiceChainObservations observations, TimeProvider clock)
{
    public async Task<IReadOnlyList<AgreementSummaryDto>> ListAsync(CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Standards).OrderBy(a => a.Subject).ToListAsync(ct);
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return agreements.Select(a => new AgreementSummaryDto(a.Id, a.Subject, a.PartyIds.Select(p => orgs.GetValueOrDefault(p, "?")).Order().ToList(),
            a.ValidFrom, a.ValidUntil, a.Standards.Count, a.DocumentName is not null)).ToList();
    }

    public async Task<Result<AgreementDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Agreements.AsNoTracking().Include(x => x.Standards).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Error.NotFound("Die Kooperationsvereinbarung");
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var standards = a.Standards.OrderBy(s => s.Position).ToList();
        var targets = standards.Select(s => new ChainTarget(s.Id, s.TargetDuration, s.TargetUnit)).ToList();
        var measured = ChainMeasurement.Measure(targets, await observations.ForSubjectsAsync(targets.Select(t => t.SubjectId).ToList(), ct), clock.GetUtcNow());
        return new AgreementDto(a.Id, a.Subject, a.PartyIds.Select(p => new NamedId(p, orgs.GetValueOrDefault(p, "?"))).OrderBy(p => p.Name).ToList(),
            a.ValidFrom, a.ValidUntil, a.DocumentName, a.DocumentSize,
            standards.Zip(measured.Subjects, (s, f) => new StandardDto(s.Id, s.Text, s.ResponsibleOrganisationId,
                orgs.GetValueOrDefault(s.ResponsibleOrganisationId, "?"), s.FromEvent, s.ToEvent, s.TargetDuration, s.TargetUnit,
                DurationNames.Target(s.TargetDuration, s.TargetUnit), FiguresDto.From(f.Overall),
                f.ByOrganisation.Select(o => new OrganisationFiguresDto(o.OrganisationId, orgs.GetValueOrDefault(o.OrganisationId, "?"), FiguresDto.From(o.Figures))).ToList(),
                f.ByMonth.Select(m => new MonthFiguresDto(m.Month.ToString("yyyy-MM"), FiguresDto.From(m.Figures))).ToList())).ToList(),
            a.Version);
    }

    public async Task<Result<AgreementDto>> CreateAsync(AgreementInput input, CancellationToken ct)
    {
        if (await ValidateAsync(input, ct) is { } error) return error;
        var agreement = new Agreement { Subject = input.Subject.Trim() };
        Apply(agreement, input);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return await GetAsync(agreement.Id, ct);
    }

    public async Task<Result<AgreementDto>> UpdateAsync(Guid id, AgreementInput input, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Standards).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return Error.NotFound("Die Kooperationsvereinbarung");
        if (input.Version is null) return Error.Invalid("version", "Bitte geben Sie die Version an, die Sie bearbeitet haben.");
        if (input.Version != agreement.Version) return Error.Stale("Die Kooperationsvereinbarung");
        if (await ValidateAsync(input, ct) is { } error) return error;
        db.Entry(agreement).Property(a => a.Version).OriginalValue = input.Version.Value;
        Apply(agreement, input);
        db.Entry(agreement).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale("Die Kooperationsvereinbarung");
        }
        return await GetAsync(agreement.Id, ct);
    }

    /// <summary>Stores the signed agreement: a PDF (checked by its content, not its name) of at most 10 MB; replaces an earlier one.</summary>
    public async Task<Result<AgreementDto>> UploadDocumentAsync(Guid id, string? fileName, byte[] content, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return Error.NotFound("Die Kooperationsvereinbarung");
        if (content.Length == 0) return Error.Invalid("file", "Bitte wählen Sie die Datei der unterschriebenen Vereinbarung.");
        if (content.Length > AgreementDocumentRules.MaxBytes)
            return Error.Invalid("file", $"Die Datei ist größer als {AgreementDocumentRules.MaxText}. Bitte laden Sie eine kleinere PDF-Datei hoch.");
        if (content is not [0x25, 0x50, 0x44, 0x46, 0x2D, ..]) // "%PDF-"
            return Error.Invalid("file", "Die Datei ist keine PDF-Datei. Bitte laden Sie die Vereinbarung als PDF hoch.");
        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "Vereinbarung.pdf" : fileName.Trim());
        if (name.Length > 200) name = name[^200..];
        var document = await db.AgreementDocuments.FirstOrDefaultAsync(d => d.AgreementId == id, ct);
        if (document is null)
        {
            document = new AgreementDocument { AgreementId = id };
            db.AgreementDocuments.Add(document);
        }
        document.FileName = name;
        document.ContentType = "application/pdf";
        document.Content = content;
        document.UploadedAt = clock.GetUtcNow();
        agreement.DocumentName = name;
        agreement.DocumentSize = content.Length;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<AgreementDocument?> DocumentAsync(Guid id, CancellationToken ct) =>
        await db.AgreementDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.AgreementId == id, ct);

    private async Task<Error?> ValidateAsync(AgreementInput input, CancellationToken ct)
    {
        if (Validation.Validate(input) is { } invalid) return invalid;
        if (Validation.ValidateItems(input.Standards, "standards") is { } invalidStandard) return invalidStandard;
        var parties = input.PartyIds.Distinct().ToList();
        if (parties.Count < 2) return Error.Invalid("partyIds", "Eine Kooperationsvereinbarung hat mindestens zwei Vertragsparteien.");
        var orgIds = parties.Concat(input.Standards.Select(s => s.ResponsibleOrganisationId!.Value)).Distinct().ToList();
        if (await db.Organisations.CountAsync(o => orgIds.Contains(o.Id), ct) != orgIds.Count)
            return Error.Invalid("partyIds", "Mindestens eine der gewählten Organisationen gibt es nicht.");
        if (input.ValidUntil < input.ValidFrom) return Error.Invalid("validUntil", "„Gültig bis“ darf nicht vor „Gültig ab“ liegen.");
        if (input.Standards.FirstOrDefault(s => !parties.Contains(s.ResponsibleOrganisationId!.Value)) is not null)
            return Error.Invalid("standards", "Für einen Servicestandard kann nur eine Vertragspartei verantwortlich sein.");
        return null;
    }

    private void Apply(Agreement agreement, AgreementInput input)
    {
        agreement.Subject = input.Subject.Trim();
        agreement.PartyIds = input.PartyIds.Distinct().ToList();
        agreement.ValidFrom = input.ValidFrom!.Value;
        agreement.ValidUntil = input.ValidUntil;
        var existing = agreement.Standards.OrderBy(s => s.Position).ToList();
        for (var i = 0; i < input.Standards.Count; i++)
        {
            // Standards keep their ids by position, so chain steps and observations stay attached.
            var standard = i < existing.Count ? existing[i] : new ServiceStandard { AgreementId = agreement.Id };
            if (i >= existing.Count) { agreement.Standards.Add(standard); db.Add(standard); }
            var s = input.Standards[i];
            standard.Position = i + 1;
            standard.Text = s.Text!.Trim();
            standard.ResponsibleOrganisationId = s.ResponsibleOrganisationId!.Value;
            standard.FromEvent = string.IsNullOrWhiteSpace(s.FromEvent) ? "Überweisung" : s.FromEvent.Trim();
            standard.ToEvent = s.ToEvent!.Trim();
            standard.TargetDuration = s.TargetDuration!.Value;
            standard.TargetUnit = s.TargetUnit;
        }
        foreach (var removed in existing.Skip(input.Standards.Count))
        {
            agreement.Standards.Remove(removed);
            db.Remove(removed);
        }
    }
}
