using System.Globalization;
using System.Text;
using Lotse.Web.Data;
using Lotse.Web.Domain;
using Lotse.Web.Domain.Consents;
using Lotse.Web.Domain.Referrals;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Referrals;

/// <summary>
/// Reading referrals: only through <see cref="ReferralAccess"/>, always audited. The receiving organisation sees of
/// the client only the shared categories that a valid consent covers at this moment.
/// </summary>
public sealed class ReferralQueries(LotseDbContext db, ReferralAccess access, ReferralConsents consents, AuditLog audit)
{
    public const string RevokedNote = "Einwilligung widerrufen – keine Daten mehr sichtbar.";
    public const string NotCoveredNote = "Keine gültige Einwilligung mehr – keine Daten mehr sichtbar.";
    public const string EndedNote = "Die Verweisung ist beendet – die Daten der Person sind nicht mehr sichtbar.";

    /// <summary>One referral; 404 (audited) when the caller may not see it. <paramref name="markSeen"/>: the case manager opened it.</summary>
    public async Task<Result<ReferralDto>> GetAsync(Guid id, CancellationToken ct, bool markSeen = false)
    {
        var dto = await audit.ReadAsync("Referral", async token =>
            {
                var r = await access.Readable().AsNoTracking().Include(x => x.Feedback).FirstOrDefaultAsync(x => x.Id == id, token);
                return r is null ? null : await ToDtoAsync(r, token);
            },
            d => d is null ? [] : [d.Id.ToString()], ct);
        if (dto is null) return await access.DenyAsync(Error.NotFound("Die Verweisung"), id, "Verweisung lesen", ct);
        if (markSeen && dto.MayActAsSender && dto.ResultUnseen)
        {
            // Not a change of the referral (no new version): only the notice on the start page goes away.
            await db.Referrals.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ResultUnseen, false), ct);
        }
        return dto;
    }

    public async Task<ReferralDto> ToDtoAsync(Referral r, CancellationToken ct)
    {
        var caseInfo = await db.Cases.AsNoTracking().Where(c => c.Id == r.CaseId).Select(c => new { c.OrganisationId }).FirstAsync(ct);
        var orgIds = new[] { r.FromOrganisationId, r.ToOrganisationId }.Concat(r.Feedback.Select(f => f.AuthorOrganisationId)).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var userIds = new[] { r.CreatedByUserId, r.ToUserId ?? Guid.Empty }.Concat(r.Feedback.Select(f => f.AuthorUserId)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var sender = access.MayActAsSender(r, caseInfo.OrganisationId);
        var receiverView = !sender && !access.IsCoordinator; // the receiving organisation: limited to the consented categories
        IReadOnlySet<DataCategory> visible = Enum.GetValues<DataCategory>().ToHashSet();
        string? consentNote = null;
        if (receiverView)
        {
            visible = await consents.VisibleForReceiverAsync(r, ct);
            if (r.SharedCategories.Count > 0 && visible.Count < r.SharedCategories.Count)
            {
                var revoked = await db.Consents.AnyAsync(c => c.ClientId == r.ClientId && c.RevokedAt != null, ct);
                consentNote = !r.IsActive ? EndedNote : revoked ? RevokedNote : NotCoveredNote;
            }
        }

        string? goal = null, step = null;
        if (visible.Contains(DataCategory.GoalsPlan) && (r.GoalId is not null || r.PlanStepId is not null))
        {
            var c = await db.Cases.AsNoTracking().Include(x => x.Goals).ThenInclude(g => g.Steps).FirstAsync(x => x.Id == r.CaseId, ct);
            goal = c.Goals.FirstOrDefault(g => g.Id == r.GoalId)?.Description;
            step = c.Goals.SelectMany(g => g.Steps).FirstOrDefault(s => s.Id == r.PlanStepId)?.Description;
        }

        var client = await ClientDataAsync(r.ClientId, receiverView ? visible : null, ct);
        return new ReferralDto(
            r.Id, r.CaseId, r.ClientId, r.FromOrganisationId, orgs.GetValueOrDefault(r.FromOrganisationId, ""), users.GetValueOrDefault(r.CreatedByUserId, ""),
            r.ToOrganisationId, orgs.GetValueOrDefault(r.ToOrganisationId, ""), r.ToUserId, r.ToUserId is { } tu ? users.GetValueOrDefault(tu) : null,
            r.Service, visible.Contains(DataCategory.ReferralContent) ? r.Message : null, r.GoalId, goal, r.PlanStepId, step,
            r.SharedCategories.Select(Category).ToList(), r.Urgency, ReferralNames.Of(r.Urgency), r.DueOn,
            r.PartnerCaseReference, r.Status, ReferralNames.Of(r.Status),
            r.CreatedAt, r.SentAt, r.AcceptedAt, r.RejectedAt, r.RejectionReason, r.FirstAppointmentOn, r.InProgressAt, r.CompletedAt, r.Result,
            r.CancelledAt, r.CancellationReason, r.ResultUnseen,
            r.Feedback.OrderBy(f => f.Sequence).Select(f => new FeedbackDto(f.At, users.GetValueOrDefault(f.AuthorUserId, ""),
                orgs.GetValueOrDefault(f.AuthorOrganisationId, ""), f.Text)).ToList(),
            LeadTimes.Of(r), client, consentNote, sender, access.MayActAsReceiver(r), r.Version);
    }

    /// <summary>
    /// The client as the caller may see them. <paramref name="visible"/> null: the sending side or the Koordinierende
    /// Stelle (who read the case file anyway) get name and file number only. The receiver gets exactly the visible
    /// categories; a read of client data is audited as such.
    /// </summary>
    private async Task<SharedClientData> ClientDataAsync(Guid clientId, IReadOnlySet<DataCategory>? visible, CancellationToken ct)
    {
        var c = await db.Clients.AsNoTracking().FirstAsync(x => x.Id == clientId, ct);
        if (visible is null)
            return new SharedClientData([], c.DisplayName, c.FileNumber, null, null, null, null, null, null);
        var categories = visible.Order().Select(Category).ToList();
        if (visible.Count > 0)
            audit.Add(AuditOperation.Read, "Client", clientId.ToString(),
                "Verweisung (freigegeben: " + string.Join(", ", visible.Order().Select(DataCategoryNames.Of)) + ")");
        string? name = null, fileNumber = null, birth = null, address = null;
        IReadOnlyList<string>? languages = null, residence = null, benefits = null;
        bool? interpreter = null;
        if (visible.Contains(DataCategory.IdentityContact))
        {
            var municipality = c.MunicipalityId is { } m ? await db.Municipalities.Where(x => x.Id == m).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
            name = c.DisplayName;
            fileNumber = c.FileNumber;
            birth = ClientDisplay.BirthDate(ClientQueries.BirthIso(c.BirthYear, c.BirthMonth, c.BirthDay));
            address = string.Join(", ", new[] { c.Street, string.Join(" ", new[] { c.PostalCode, municipality }.Where(s => !string.IsNullOrWhiteSpace(s))) }
                .Where(s => !string.IsNullOrWhiteSpace(s)));
            languages = c.Languages;
            interpreter = c.InterpreterNeeded;
        }
        if (visible.Contains(DataCategory.ResidenceStatus))
            residence = (await db.ResidenceStatuses.AsNoTracking().Where(s => s.ClientId == clientId).ToListAsync(ct))
                .OrderByDescending(s => s.IssuedOn)
                .Select(s => ClientNames.Of(s.Type) + (s.ValidUntil is { } u ? $", gültig bis {German.Date(u)}" : "")).ToList();
        if (visible.Contains(DataCategory.Benefits))
            benefits = c.Benefits.OrderByDescending(b => b.From)
                .Select(b => ClientNames.Of(b.Kind) + $" seit {German.Date(b.From)}" + (b.Until is { } u ? $" bis {German.Date(u)}" : "")).ToList();
        if (visible.Count > 0) await db.SaveChangesAsync(ct);
        return new SharedClientData(categories, name, fileNumber, birth, address, languages, interpreter, residence, benefits);
    }

    private static CategoryDto Category(DataCategory c) => new(c, DataCategoryNames.Of(c));

    /// <summary>The referrals of one case (case page), newest first; empty when the caller may not see the case's referrals.</summary>
    public async Task<IReadOnlyList<ReferralListItem>> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var rows = await access.Readable().AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.CreatedAt).Take(200).ToListAsync(ct);
        return await ItemsAsync(rows, false, ct);
    }

    /// <summary>The inbox of the receiving organisation: newest sent first, keyset-paged.</summary>
    public Task<ReferralPage> InboxAsync(ReferralListQuery query, CancellationToken ct) =>
        PageAsync(access.Inbox().Select(r => new Keyed { R = r, Key = r.SentAt!.Value }), query, true, ct);

    /// <summary>The referrals of the caller's organisation's cases: newest created first, keyset-paged.</summary>
    public Task<ReferralPage> MineAsync(ReferralListQuery query, CancellationToken ct) =>
        PageAsync(access.Sent().Select(r => new Keyed { R = r, Key = r.CreatedAt }), query, false, ct);

    /// <summary>Results, rejections and feedback on the referrals of the caller's own cases that they have not opened yet.</summary>
    public async Task<IReadOnlyList<ReferralListItem>> UnseenAsync(CancellationToken ct)
    {
        var me = access.UserId;
        var rows = await access.Sent().AsNoTracking()
            .Where(r => r.ResultUnseen && db.Cases.Any(c => c.Id == r.CaseId && c.CaseManagerId == me))
            .OrderByDescending(r => r.CreatedAt).Take(50).ToListAsync(ct);
        return await ItemsAsync(rows, false, ct);
    }

    private sealed class Keyed
    {
        public Referral R { get; init; } = null!;
        public DateTimeOffset Key { get; init; }
    }

    private async Task<ReferralPage> PageAsync(IQueryable<Keyed> source, ReferralListQuery query, bool inbox, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, 100);
        if (query.Status is { } status) source = source.Where(x => x.R.Status == status);
        if (DecodeCursor(query.After) is var (at, lastId))
        {
            // Rows at the same instant as the cursor row: continue after it in the database's own id order.
            var tied = await source.Where(x => x.Key == at).OrderBy(x => x.R.Id).Select(x => x.R.Id).ToListAsync(ct);
            var rest = tied.SkipWhile(i => i != lastId).Skip(1).ToList();
            source = source.Where(x => x.Key < at || rest.Contains(x.R.Id));
        }
        var rows = await source.AsNoTracking().OrderByDescending(x => x.Key).ThenBy(x => x.R.Id).Take(size + 1)
            .Select(x => new { x.R, x.Key }).ToListAsync(ct);
        var page = rows.Take(size).ToList();
        var items = await ItemsAsync(page.Select(x => x.R).ToList(), inbox, ct);
        var next = rows.Count > size ? EncodeCursor(page[^1].Key, page[^1].R.Id) : null;
        return new ReferralPage(items, next);
    }

    /// <summary>List rows; for the receiver the client's name only while a valid consent covers shared identity data. Audited.</summary>
    private async Task<IReadOnlyList<ReferralListItem>> ItemsAsync(IReadOnlyList<Referral> rows, bool inbox, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var clientIds = rows.Select(r => r.ClientId).Distinct().ToList();
        var names = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .Select(c => new { c.Id, c.FamilyName, c.GivenName }).ToDictionaryAsync(c => c.Id, c => $"{c.FamilyName}, {c.GivenName}", ct);
        var orgIds = rows.SelectMany(r => new[] { r.FromOrganisationId, r.ToOrganisationId }).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        IReadOnlyDictionary<Guid, IReadOnlySet<DataCategory>>? consented = inbox
            ? await consents.ConsentedCategoriesAsync(clientIds, access.OrganisationId, ct)
            : null;
        var items = rows.Select(r => new ReferralListItem(r.Id, r.CaseId,
            consented is null || (r.IsActive && r.SharedCategories.Contains(DataCategory.IdentityContact) && consented[r.ClientId].Contains(DataCategory.IdentityContact))
                ? names.GetValueOrDefault(r.ClientId) : null,
            orgs.GetValueOrDefault(r.FromOrganisationId, ""), orgs.GetValueOrDefault(r.ToOrganisationId, ""), r.Service,
            r.Urgency, ReferralNames.Of(r.Urgency), r.DueOn, r.Status, ReferralNames.Of(r.Status), r.CreatedAt, r.SentAt, r.ResultUnseen,
            LeadTimes.Of(r))).ToList();
        await audit.AddReadsAsync("Referral", items.Select(i => i.Id.ToString()).ToList(), "Verweisungsliste", ct);
        await db.SaveChangesAsync(ct);
        return items;
    }

    private static string EncodeCursor(DateTimeOffset at, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{id}"));

    private static (DateTimeOffset At, Guid Id)? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|');
            return (new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero), Guid.Parse(parts[1]));
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Lead times per receiving organisation and service for referrals sent in [from, to] (German calendar days).</summary>
    public async Task<IReadOnlyList<LeadTimeRow>> LeadTimesAsync(DateOnly from, DateOnly to, Guid? organisationId, CancellationToken ct)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), LocalCalendar.Zone.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue)));
        var endDay = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var end = new DateTimeOffset(endDay, LocalCalendar.Zone.GetUtcOffset(endDay));
        var (startUtc, endUtc) = (start.ToUniversalTime(), end.ToUniversalTime());
        var q = db.Referrals.AsNoTracking().Where(r => r.SentAt != null && r.SentAt >= startUtc && r.SentAt < endUtc);
        if (organisationId is { } org) q = q.Where(r => r.ToOrganisationId == org);
        var rows = await q.Select(r => new { r.ToOrganisationId, r.Service, r.SentAt, r.AcceptedAt, r.FirstAppointmentOn, r.CompletedAt }).ToListAsync(ct);
        var ids = rows.Select(r => r.ToOrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return LeadTimes.Summarise(rows.Select(r => new LeadTimeSample(r.ToOrganisationId, names.GetValueOrDefault(r.ToOrganisationId, ""), r.Service,
            LeadTimes.Of(r.SentAt, r.AcceptedAt, r.FirstAppointmentOn, r.CompletedAt))));
    }
}
