using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.DataProtection.Retention;

/// <summary>
/// Removes what identifies a person and keeps what statistics need. Client: names, name variants, address,
/// contacts, household names and the file number are replaced or removed; the birth date is coarsened to year or
/// quarter; Kommune, sex, nationalities, languages, residence and benefit history stay, so the person is still
/// counted. Case: every free text (concerns, situation texts, goals, steps, notes, appointments, remarks) becomes
/// <see cref="Marker"/>; dates, phases, ratings, domains, organisations and outcomes stay.
/// The correction history (old values) of an anonymised client is deleted.
/// Records linked to the client or case (<see cref="AnonymiseLinkedAsync"/>): consents lose purpose, guardian name and
/// revocation note; referrals their message, reasons, result, partner case reference and feedback texts; integration
/// achievements their free text (child's name, description, evidence note); obstacles of the cases their description.
/// Recipients, categories, kinds, statuses, dates and counts stay, so lead times and statistics still add up.
/// </summary>
public static class Anonymiser
{
    public const string Marker = "[anonymisiert]";

    public static void AnonymiseClient(LotseDbContext db, Client c, BirthDateGranularity granularity)
    {
        c.GivenName = Marker;
        c.FamilyName = Marker;
        c.NameVariants = [];
        (c.BirthYear, c.BirthMonth, c.BirthDay) = BirthDateCoarsening.Coarsen(c.BirthYear, c.BirthMonth, c.BirthDay, granularity);
        c.Street = null;
        c.PostalCode = null;
        c.Contacts = [];
        c.Household = c.Household.Select(h => new HouseholdMember { Relation = h.Relation, BirthYear = h.BirthYear, IsMinorChild = h.IsMinorChild }).ToList();
        if (c.EntryDate is { } entry) c.EntryDate = BirthDateCoarsening.Coarsen(entry, granularity);
        c.FileNumber = "ANON-" + c.Id.ToString("N")[..12].ToUpperInvariant();
        c.NameKey = "";
        c.PhoneticKey = " ";
        db.Set<ClientCorrection>().RemoveRange(db.Set<ClientCorrection>().Where(x => x.ClientId == c.Id));
    }

    public static void AnonymiseCase(LotseDbContext db, Case c)
    {
        var entry = db.Entry(c);
        if (c.SystemRemark is not null) entry.Property(x => x.SystemRemark).CurrentValue = Marker;
        if (c.Intake is { } intake)
        {
            intake.FirstConcerns = Marker;
            if (intake.DecisionReason is not null) intake.DecisionReason = Marker;
        }
        foreach (var a in c.Assessments)
            a.Ratings = a.Ratings.Select(r => new LifeDomainRating { Domain = r.Domain, Rating = r.Rating }).ToList();
        foreach (var g in c.Goals)
        {
            g.Description = Marker;
            if (g.EvaluationNote is not null) g.EvaluationNote = Marker;
            foreach (var s in g.Steps) s.Description = Marker;
        }
        foreach (var n in c.Notes) n.Text = Marker;
        foreach (var a in c.Appointments)
        {
            a.Title = Marker;
            a.Location = null;
        }
        // "Fall wiederaufgenommen: <Grund>" carries free text; phase changes and hand-overs do not.
        foreach (var e in c.Events.Where(e => e.Description.Contains(':')))
            e.Description = e.Description[..e.Description.IndexOf(':')] + " " + Marker;
    }

    /// <summary>
    /// The free text of the records linked to anonymised clients (<paramref name="clientIds"/>: everything of theirs) and
    /// anonymised cases (<paramref name="caseIds"/>: their referrals and obstacles). Idempotent; the caller saves.
    /// </summary>
    public static async Task AnonymiseLinkedAsync(LotseDbContext db, IReadOnlyCollection<Guid> clientIds, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        if (clientIds.Count == 0 && caseIds.Count == 0) return;
        var clientCaseIds = await db.Cases.Where(c => clientIds.Contains(c.ClientId)).Select(c => c.Id).ToListAsync(ct);
        var allCaseIds = caseIds.Concat(clientCaseIds).Distinct().ToList();

        foreach (var k in await db.Consents.Where(k => clientIds.Contains(k.ClientId)).ToListAsync(ct))
        {
            var entry = db.Entry(k);
            k.Purpose = Marker;
            if (k.GuardianName is not null) k.GuardianName = Marker;
            if (k.RevocationNote is not null) entry.Property(x => x.RevocationNote).CurrentValue = Marker;
        }

        foreach (var r in await db.Referrals.Include(r => r.Feedback).Where(r => clientIds.Contains(r.ClientId) || allCaseIds.Contains(r.CaseId)).ToListAsync(ct))
        {
            var entry = db.Entry(r);
            if (r.Message is not null) r.Message = Marker;
            r.PartnerCaseReference = null;
            if (r.RejectionReason is not null) entry.Property(x => x.RejectionReason).CurrentValue = Marker;
            if (r.CancellationReason is not null) entry.Property(x => x.CancellationReason).CurrentValue = Marker;
            if (r.Result is not null) entry.Property(x => x.Result).CurrentValue = Marker;
            foreach (var f in r.Feedback) f.Text = Marker;
        }

        foreach (var a in await db.IntegrationAchievements.Where(a => clientIds.Contains(a.ClientId)).ToListAsync(ct))
        {
            if (a.ChildName is not null) a.ChildName = Marker;
            if (a.Description is not null) a.Description = Marker;
            if (a.EvidenceNote is not null) a.EvidenceNote = Marker;
        }

        foreach (var o in await db.Obstacles.Where(o => allCaseIds.Contains(o.CaseId)).ToListAsync(ct))
            o.Description = Marker;
    }

    public static Task<List<Case>> LoadCasesAsync(LotseDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        db.Cases.Where(c => caseIds.Contains(c.Id))
            .Include(c => c.Assessments).Include(c => c.Goals).ThenInclude(g => g.Steps)
            .Include(c => c.Events).Include(c => c.Notes).Include(c => c.Appointments)
            .AsSplitQuery().ToListAsync(ct);
}
