using System.ComponentModel.DataAnnotations;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.TypicalCases;
using Lotse.Web.Features.Cases;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.TypicalCases;

public sealed class ReconstructionInput
{
    [Required(ErrorMessage = "Bitte wählen Sie den Fall.")]
    public Guid? CaseId { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie der Fallrekonstruktion einen Titel (ohne Namen).")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    public string? Title { get; set; }

    /// <summary>Gaps longer than this many days are highlighted as waiting periods (default 28).</summary>
    [Range(1, 365, ErrorMessage = "Die Wartezeit-Schwelle liegt zwischen 1 und 365 Tagen.")]
    public int? WaitingThresholdDays { get; set; }
}

public sealed record AnnotationInput(int? EntryIndex, string? Text);
public sealed record OptimalPathInput(List<OptimalStepInput>? Steps);
public sealed record OptimalStepInput(int Day, string? Text, string? Organisation);

public sealed record TypicalCaseSummary(Guid Id, string Title, string AgeRange, int DurationDays, int Entries, int WaitingPeriods, DateTimeOffset CreatedAt);

public sealed record TypicalCaseDto(Guid Id, string Title, string AgeRange, int WaitingThresholdDays, int DurationDays, DateTimeOffset CreatedAt,
    IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<OptimalPathStep> OptimalPath, IReadOnlyList<AnnotationDto> Annotations);

public sealed record AnnotationDto(int? EntryIndex, string Text, string? Author, DateTimeOffset CreatedAt);

/// <summary>
/// Fallrekonstruktion: the case's own case manager or the Koordinierende Stelle turns a real case into an anonymised
/// timeline (no names, birth date, address, file number or free text; organisations kept; relative days; waiting
/// periods marked). The snapshot keeps no link to the client or the case. Working-group members (every role with
/// client work or steering: case management, Koordinierende Stelle, partner agencies, ABH/EBH, Lenkungsgruppe) read
/// and annotate it; the Koordinierende Stelle and case managers lay the optimal path beside it.
/// </summary>
public sealed class CaseReconstructions(LotseDbContext db, ClientAccess access, CurrentUser user, AuditActor actor, AuditLog audit,
    IEnumerable<ITimelineSource> sources, TimeProvider clock)
{
    public const int DefaultWaitingThresholdDays = 28;

    private bool MayRead => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.CaseManager) || user.IsInRole(Roles.PartnerCaseworker)
                            || user.IsInRole(Roles.ImmigrationCaseworker) || user.IsInRole(Roles.SteeringGroupMember);
    private bool MayPlan => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.CaseManager);

    private static Error NoAccess => new(ErrorKind.Forbidden, "Ihre Rolle arbeitet nicht mit Fallrekonstruktionen.");

    public async Task<Result<TypicalCaseDto>> CreateAsync(ReconstructionInput input, CancellationToken ct)
    {
        if (!access.SupervisesAll && !access.IsCaseManager)
            return new Error(ErrorKind.Forbidden, "Fallrekonstruktionen erstellen die fallführende Case Manager:in und die Koordinierende Stelle.");
        if (Validation.Validate(input) is { } invalid) return invalid;
        var me = user.Id;
        var cases = access.SupervisesAll ? access.ReadableCases() : access.ReadableCases().Where(c => c.CaseManagerId == me);
        var @case = await audit.ReadAsync("Case", token => CaseWork.LoadAsync(cases.AsNoTracking(), input.CaseId!.Value, token),
            c => c is null ? [] : [c.Id.ToString()], ct, "Fallrekonstruktion (anonymisiert)");
        if (@case is null)
            return await access.ReadableCases().AnyAsync(c => c.Id == input.CaseId, ct)
                ? new Error(ErrorKind.Forbidden, "Eine Fallrekonstruktion erstellt die fallführende Case Manager:in oder die Koordinierende Stelle.")
                : Error.NotFound("Der Fall");
        var client = await db.Clients.AsNoTracking().FirstAsync(c => c.Id == @case.ClientId, ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var snapshot = await ReconstructAsync(client, @case, sources, new TimelineSourceContext(client, @case, db), organisations,
            input.Title!.Trim(), input.WaitingThresholdDays ?? DefaultWaitingThresholdDays, ct);
        snapshot.CreatedAt = clock.GetUtcNow();
        snapshot.CreatedByName = actor.UserName;
        snapshot.CreatedByOrganisationId = user.OrganisationId;
        db.Set<TypicalCase>().Add(snapshot);
        await db.SaveChangesAsync(ct);
        return ToDto(snapshot);
    }

    /// <summary>The anonymisation itself, without the database: used by <see cref="CreateAsync"/> and the property test.</summary>
    public static async Task<TypicalCase> ReconstructAsync(Client client, Case @case, IEnumerable<ITimelineSource> sources, TimelineSourceContext context,
        IReadOnlyDictionary<Guid, string> organisations, string title, int waitingThresholdDays, CancellationToken ct)
    {
        var raw = new List<RawTimelineEntry>();
        foreach (var source in sources) raw.AddRange(await source.EntriesAsync(context, ct));
        var (entries, duration) = TimelineBuilder.Build(raw, organisations, waitingThresholdDays);
        var dayZero = raw.Count == 0 ? @case.OpenedOn : raw.Min(e => e.On);
        return new TypicalCase
        {
            Title = title,
            AgeRange = TimelineBuilder.AgeRange(client.BirthYear, client.BirthMonth, client.BirthDay, dayZero),
            WaitingThresholdDays = waitingThresholdDays,
            DurationDays = duration,
            Entries = entries
        };
    }

    public async Task<Result<IReadOnlyList<TypicalCaseSummary>>> ListAsync(CancellationToken ct)
    {
        if (!MayRead) return NoAccess;
        var all = await db.Set<TypicalCase>().AsNoTracking().ToListAsync(ct);
        return all.OrderByDescending(t => t.CreatedAt)
            .Select(t => new TypicalCaseSummary(t.Id, t.Title, t.AgeRange, t.DurationDays, t.Entries.Count, t.Entries.Count(e => e.WaitingDays is not null), t.CreatedAt))
            .ToList();
    }

    public async Task<Result<TypicalCaseDto>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!MayRead) return NoAccess;
        var t = await db.Set<TypicalCase>().AsNoTracking().Include(x => x.Annotations).FirstOrDefaultAsync(x => x.Id == id, ct);
        return t is null ? Error.NotFound("Die Fallrekonstruktion") : ToDto(t);
    }

    public async Task<Result<TypicalCaseDto>> AnnotateAsync(Guid id, AnnotationInput input, CancellationToken ct)
    {
        if (!MayRead) return NoAccess;
        var t = await db.Set<TypicalCase>().Include(x => x.Annotations).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return Error.NotFound("Die Fallrekonstruktion");
        var before = t.Annotations.Count;
        if (t.Annotate(input.EntryIndex, input.Text, actor.UserName, clock.GetUtcNow()) is { } error) return error;
        db.Add(t.Annotations[before]);
        await db.SaveChangesAsync(ct);
        return ToDto(t);
    }

    public async Task<Result<TypicalCaseDto>> SetOptimalPathAsync(Guid id, OptimalPathInput input, CancellationToken ct)
    {
        if (!MayRead) return NoAccess;
        if (!MayPlan) return new Error(ErrorKind.Forbidden, "Den optimalen Verlauf legen die Koordinierende Stelle und Case Manager:innen fest.");
        var t = await db.Set<TypicalCase>().Include(x => x.Annotations).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return Error.NotFound("Die Fallrekonstruktion");
        var steps = (input.Steps ?? []).Select(s => new OptimalPathStep { Day = s.Day, Text = s.Text ?? "", Organisation = s.Organisation }).ToList();
        if (t.SetOptimalPath(steps) is { } error) return error;
        await db.SaveChangesAsync(ct);
        return ToDto(t);
    }

    private static TypicalCaseDto ToDto(TypicalCase t) => new(t.Id, t.Title, t.AgeRange, t.WaitingThresholdDays, t.DurationDays, t.CreatedAt,
        t.Entries.OrderBy(e => e.Index).ToList(), t.OptimalPath.OrderBy(s => s.Index).ToList(),
        t.Annotations.OrderBy(a => a.CreatedAt).Select(a => new AnnotationDto(a.EntryIndex, a.Text, a.AuthorName, a.CreatedAt)).ToList());
}
