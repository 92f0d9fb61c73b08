using System.ComponentModel.DataAnnotations;
using Lotse.Web.Data;
using Lotse.Web.Domain.Steering;
using Lotse.Web.Features.Cases;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Steering.Obstacles;

public sealed record TopicSummaryDto(Guid Id, string Title, DateOnly CreatedOn, Guid? WorkingGroupId, string? WorkingGroupName, Cell Obstacles);

public sealed record TopicDto(Guid Id, string Title, string? Description, DateOnly CreatedOn, Guid? WorkingGroupId, string? WorkingGroupName,
    DateOnly? HandedOverOn, bool SmallCellsSuppressed, Cell Total, IReadOnlyList<AggregateRow> ByCategory, IReadOnlyList<AggregateRow> ByLifeDomain,
    IReadOnlyList<BoardObstacleDto> Obstacles, int Version);

public sealed class TopicInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte geben Sie dem Thema einen Titel.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    public string? Title { get; set; }
    [StringLength(4000, ErrorMessage = "Die Beschreibung darf höchstens 4000 Zeichen lang sein.")]
    public string? Description { get; set; }
    public List<Guid> ObstacleIds { get; set; } = [];
}

public sealed class TopicObstaclesInput : ISteeringForm
{
    public List<Guid> ObstacleIds { get; set; } = [];
}

public sealed class TopicHandOverInput : ISteeringForm
{
    [Required(ErrorMessage = "Bitte wählen Sie die Arbeitsgruppe.")]
    public Guid? WorkingGroupId { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie die Version des Themas an.")]
    public int? Version { get; set; }
}

/// <summary>
/// The obstacle board of the Koordinierende Stelle, the aggregates for Lenkungsgruppe and working groups (small
/// cells suppressed), and topics (Themen). Nothing here carries a case or client id.
/// </summary>
public sealed class ObstacleBoard(LotseDbContext db, SteeringAccess access, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<Result<ObstacleBoardDto>> BoardAsync(BoardFilter filter, CancellationToken ct)
    {
        if (await access.BoardAudienceAsync(ct) is not { } audience)
            return new Error(ErrorKind.Forbidden, "Die Auswertung der Hemmnisse sehen die Koordinierende Stelle, die Lenkungsgruppe und die Arbeitsgruppen.");
        if (ObstacleWork.Period(filter, Today) is not { } period)
            return Error.Invalid("from", "Bitte geben Sie den Zeitraum als Monate (JJJJ-MM) an; der Beginn liegt vor dem Ende, höchstens fünf Jahre.");
        var facts = await FactsAsync(db.Obstacles.Where(o => o.RecordedOn >= period.From && o.RecordedOn <= period.To), ct);
        return ObstacleAggregation.Build(facts, period.From, period.To, audience != AggregateAudience.Coordinator,
            await OrganisationNamesAsync(ct), await RegionNamesAsync(ct));
    }

    /// <summary>The obstacles themselves (descriptions, month) for grouping into topics: Koordinierende Stelle only.</summary>
    public async Task<Result<List<BoardObstacleDto>>> ListAsync(BoardFilter filter, bool withoutTopicOnly, CancellationToken ct)
    {
        if (!access.IsCoordinator) return SteeringAccess.CoordinatorOnly("Die einzelnen Hemmnisse");
        if (ObstacleWork.Period(filter, Today) is not { } period)
            return Error.Invalid("from", "Bitte geben Sie den Zeitraum als Monate (JJJJ-MM) an.");
        var query = db.Obstacles.Where(o => o.RecordedOn >= period.From && o.RecordedOn <= period.To);
        if (withoutTopicOnly) query = query.Where(o => o.TopicId == null);
        return await ToBoardListAsync(query, ct);
    }

    public async Task<Result<Topic>> CreateTopicAsync(TopicInput input, CancellationToken ct)
    {
        if (!access.IsCoordinator) return SteeringAccess.CoordinatorOnly("Themen");
        if (Validation.Validate(input) is { } invalid) return invalid;
        var topic = new Topic { Title = input.Title!.Trim(), Description = Blank(input.Description), CreatedOn = Today };
        db.Topics.Add(topic);
        if (await AssignAsync(topic.Id, input.ObstacleIds, ct) is { } error) return error;
        await db.SaveChangesAsync(ct);
        return topic;
    }

    public async Task<Result<Topic>> AddObstaclesAsync(Guid topicId, TopicObstaclesInput input, CancellationToken ct)
    {
        if (!access.IsCoordinator) return SteeringAccess.CoordinatorOnly("Themen");
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == topicId, ct);
        if (topic is null) return Error.NotFound("Das Thema");
        if (input.ObstacleIds.Count == 0) return Error.Invalid("obstacleIds", "Bitte wählen Sie mindestens ein Hemmnis.");
        if (await AssignAsync(topic.Id, input.ObstacleIds, ct) is { } error) return error;
        await db.SaveChangesAsync(ct);
        return topic;
    }

    public async Task<Result<Topic>> HandOverAsync(Guid topicId, TopicHandOverInput input, CancellationToken ct)
    {
        if (!access.IsCoordinator) return SteeringAccess.CoordinatorOnly("Themen");
        if (Validation.Validate(input) is { } invalid) return invalid;
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == topicId, ct);
        if (topic is null) return Error.NotFound("Das Thema");
        if (topic.Version != input.Version) return Error.Stale("Das Thema");
        if (!await db.WorkingGroups.AnyAsync(g => g.Id == input.WorkingGroupId, ct))
            return Error.Invalid("workingGroupId", "Diese Arbeitsgruppe gibt es nicht.");
        if (topic.HandTo(input.WorkingGroupId!.Value, Today) is { } refused) return refused;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Stale("Das Thema"); }
        return topic;
    }

    /// <summary>Topics: all for the Koordinierende Stelle; those handed to one's working groups for members.</summary>
    public async Task<Result<List<TopicSummaryDto>>> TopicsAsync(CancellationToken ct)
    {
        var audience = await access.BoardAudienceAsync(ct);
        if (!access.IsCoordinator && !await access.IsWorkingGroupMemberAsync(ct))
            return new Error(ErrorKind.Forbidden, "Themen sehen die Koordinierende Stelle und die Arbeitsgruppen, denen sie übergeben wurden.");
        var groupIds = access.ReadableGroups().Select(g => g.Id);
        var topics = await db.Topics.AsNoTracking()
            .Where(t => access.IsCoordinator || (t.WorkingGroupId != null && groupIds.Contains(t.WorkingGroupId.Value)))
            .OrderByDescending(t => t.CreatedOn).ThenBy(t => t.Title).ToListAsync(ct);
        var groups = await db.WorkingGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var counts = await db.Obstacles.Where(o => o.TopicId != null).GroupBy(o => o.TopicId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var suppress = audience != AggregateAudience.Coordinator;
        return topics.Select(t => new TopicSummaryDto(t.Id, t.Title, t.CreatedOn, t.WorkingGroupId,
            t.WorkingGroupId is { } g ? groups.GetValueOrDefault(g) : null, SmallCells.Of(counts.GetValueOrDefault(t.Id), suppress))).ToList();
    }

    public async Task<Result<TopicDto>> TopicAsync(Guid id, CancellationToken ct)
    {
        var topic = await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (!access.IsCoordinator)
        {
            if (!await access.IsWorkingGroupMemberAsync(ct))
                return new Error(ErrorKind.Forbidden, "Themen sehen die Koordinierende Stelle und die Arbeitsgruppen, denen sie übergeben wurden.");
            if (topic?.WorkingGroupId is not { } groupId || !await access.IsMemberOfAsync(groupId, ct)) return Error.NotFound("Das Thema");
        }
        if (topic is null) return Error.NotFound("Das Thema");
        var suppress = !access.IsCoordinator;
        var facts = await FactsAsync(db.Obstacles.Where(o => o.TopicId == id), ct);
        var from = facts.Count == 0 ? Today : facts.Min(f => f.RecordedOn);
        var to = facts.Count == 0 ? Today : facts.Max(f => f.RecordedOn);
        var aggregate = ObstacleAggregation.Build(facts, from, to, suppress, new Dictionary<Guid, string>(), new Dictionary<Guid, string>());
        var obstacles = suppress ? new List<BoardObstacleDto>() : await ToBoardListAsync(db.Obstacles.Where(o => o.TopicId == id), ct);
        var groupName = topic.WorkingGroupId is { } wg ? await db.WorkingGroups.Where(g => g.Id == wg).Select(g => g.Name).FirstOrDefaultAsync(ct) : null;
        return new TopicDto(topic.Id, topic.Title, topic.Description, topic.CreatedOn, topic.WorkingGroupId, groupName, topic.HandedOverOn,
            suppress, aggregate.Total, aggregate.ByCategory, aggregate.ByLifeDomain, obstacles, topic.Version);
    }

    private async Task<Error?> AssignAsync(Guid topicId, List<Guid> obstacleIds, CancellationToken ct)
    {
        var ids = obstacleIds.Distinct().ToList();
        if (ids.Count == 0) return null;
        var obstacles = await db.Obstacles.Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        if (obstacles.Count != ids.Count) return Error.Invalid("obstacleIds", "Eines der gewählten Hemmnisse gibt es nicht.");
        foreach (var o in obstacles) o.TopicId = topicId;
        return null;
    }

    private async Task<List<ObstacleFact>> FactsAsync(IQueryable<Obstacle> obstacles, CancellationToken ct)
    {
        var rows = await (from o in obstacles
                          join c in db.Cases on o.CaseId equals c.Id
                          join cl in db.Clients on c.ClientId equals cl.Id
                          select new { o.RecordedOn, o.Category, o.OrganisationIds, o.LegalDomain, o.LifeDomain, RegionId = cl.Municipality != null ? cl.Municipality.RegionId : null })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new ObstacleFact(r.RecordedOn, r.Category, r.OrganisationIds, r.LegalDomain, r.LifeDomain, r.RegionId)).ToList();
    }

    private async Task<List<BoardObstacleDto>> ToBoardListAsync(IQueryable<Obstacle> obstacles, CancellationToken ct)
    {
        var rows = await (from o in obstacles
                          join c in db.Cases on o.CaseId equals c.Id
                          join cl in db.Clients on c.ClientId equals cl.Id
                          orderby o.RecordedOn descending, o.Id
                          select new { o, RegionId = cl.Municipality != null ? cl.Municipality.RegionId : null })
            .AsNoTracking().ToListAsync(ct);
        var orgNames = await OrganisationNamesAsync(ct);
        var regions = await RegionNamesAsync(ct);
        var topics = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        return rows.Select(r => new BoardObstacleDto(r.o.Id, r.o.RecordedOn.ToString("MM/yyyy", SteeringNames.Culture), r.o.Category,
            SteeringNames.Of(r.o.Category), r.o.OrganisationIds.Select(id => orgNames.GetValueOrDefault(id, "–")).ToList(),
            r.o.LegalDomain is { } l ? GermanNames.Of(l) : null, CaseNames.Of(r.o.LifeDomain),
            r.RegionId is { } rid ? regions.GetValueOrDefault(rid) : null, r.o.Description, r.o.TopicId,
            r.o.TopicId is { } t ? topics.GetValueOrDefault(t) : null)).ToList();
    }

    private Task<Dictionary<Guid, string>> OrganisationNamesAsync(CancellationToken ct) =>
        db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    private Task<Dictionary<Guid, string>> RegionNamesAsync(CancellationToken ct) =>
        db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
