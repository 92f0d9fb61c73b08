using Lotse.Web.Domain.Consents;
using Lotse.Web.Features.Achievements;
using Lotse.Web.Features.Consents;
using Lotse.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;
using static Lotse.Web.Features.DataProtection.Disclosure.DisclosureText;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>The client's consents (Einwilligungen / Schweigepflichtentbindungen): to whom, what, why, how long, revoked.</summary>
public sealed class ConsentsSection : IDisclosureSection
{
    public int Order => 600;

    public async Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var id = ctx.Client.Id;
        var consents = (await ctx.Db.Consents.AsNoTracking().Where(k => k.ClientId == id).ToListAsync(ct))
            .OrderBy(k => k.GivenOn).ThenBy(k => k.RecordedAt).ToList();
        foreach (var k in consents) ctx.SubjectIds.Add(k.Id.ToString());
        var data = consents.Select(k => new
        {
            k.Id,
            Recipients = k.RecipientOrganisationIds.Select(o => ctx.Organisation(o)).ToList(),
            Categories = k.Categories.Select(DataCategoryNames.Of).ToList(),
            k.Purpose,
            k.GivenOn,
            k.Form,
            FormName = ConsentNames.Of(k.Form),
            k.ValidUntil,
            k.HealthExplicit,
            k.GuardianName,
            k.RevokedAt,
            k.RevocationNote,
            k.TransmittedReferralIds,
            k.RecordedAt
        }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = consents.Count == 0
            ? [DisclosureBlock.Empty("Es liegt keine Einwilligung vor.")]
            : consents.Select(k => new DisclosureBlock($"Einwilligung vom {Date(k.GivenOn)}", new Lines()
                .Add("Empfangende Stellen", string.Join(", ", k.RecipientOrganisationIds.Select(o => ctx.Organisation(o))))
                .Add("Datenkategorien", string.Join(", ", k.Categories.Select(DataCategoryNames.Of)))
                .Add("Zweck", k.Purpose)
                .Add("Form", ConsentNames.Of(k.Form))
                .Add("Gültig bis", k.ValidUntil is null ? "unbefristet" : Date(k.ValidUntil))
                .Add("Gesundheitsdaten ausdrücklich freigegeben", k.HealthExplicit ? "ja" : "nein")
                .Add("Sorgeberechtigte Person", k.GuardianName)
                .Add("Widerrufen am", k.RevokedAt is { } r ? Time(r) : "nicht widerrufen")
                .Add("Notiz zum Widerruf", k.RevocationNote)
                .Add("Bis zum Widerruf übermittelt (Verweisungen)", k.TransmittedReferralIds.Count == 0 ? null : string.Join(", ", k.TransmittedReferralIds))
                .ToList())).ToList();
        return new DisclosureSection("consents", "Einwilligungen", data, blocks);
    }
}

/// <summary>The client's referrals: to whom data went (receiving organisation, service, shared categories), the course and the result.</summary>
public sealed class ReferralsSection : IDisclosureSection
{
    public int Order => 650;

    public async Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var id = ctx.Client.Id;
        var referrals = (await ctx.Db.Referrals.AsNoTracking().Include(r => r.Feedback).Where(r => r.ClientId == id).ToListAsync(ct))
            .OrderBy(r => r.CreatedAt).ToList();
        var userIds = referrals.SelectMany(r => r.Feedback.Select(f => f.AuthorUserId)).Concat(referrals.Where(r => r.ToUserId is not null).Select(r => r.ToUserId!.Value))
            .Distinct().ToList();
        var users = await ctx.Db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string UserName(Guid? u) => u is { } g && users.TryGetValue(g, out var n) ? n : "";
        foreach (var r in referrals)
        {
            ctx.SubjectIds.Add(r.Id.ToString());
            foreach (var f in r.Feedback) ctx.SubjectIds.Add(f.Id.ToString());
        }
        var data = referrals.Select(r => new
        {
            r.Id,
            r.CaseId,
            FromOrganisation = ctx.Organisation(r.FromOrganisationId),
            ToOrganisation = ctx.Organisation(r.ToOrganisationId),
            ToPerson = r.ToUserId is null ? null : UserName(r.ToUserId),
            r.Service,
            r.Message,
            SharedCategories = r.SharedCategories.Select(DataCategoryNames.Of).ToList(),
            r.Urgency,
            r.DueOn,
            r.PartnerCaseReference,
            r.Status,
            StatusName = ReferralNames.Of(r.Status),
            r.CreatedAt,
            r.SentAt,
            r.AcceptedAt,
            r.RejectedAt,
            r.RejectionReason,
            r.FirstAppointmentOn,
            r.InProgressAt,
            r.CompletedAt,
            r.Result,
            r.CancelledAt,
            r.CancellationReason,
            Feedback = r.Feedback.OrderBy(f => f.Sequence).Select(f => new
                { f.At, Author = UserName(f.AuthorUserId), Organisation = ctx.Organisation(f.AuthorOrganisationId), f.Text }).ToList()
        }).ToList();

        var blocks = new List<DisclosureBlock>();
        if (referrals.Count == 0) blocks.Add(DisclosureBlock.Empty("Es gibt keine Verweisung; es wurden keine Daten an andere Stellen übermittelt."));
        foreach (var r in referrals)
        {
            var lines = new Lines()
                .Add("Von", ctx.Organisation(r.FromOrganisationId))
                .Add("An", ctx.Organisation(r.ToOrganisationId) + (r.ToUserId is null ? "" : $" ({UserName(r.ToUserId)})"))
                .Add("Leistung / Angebot", r.Service)
                .Add("Anliegen", r.Message)
                .Add("Weitergegebene Datenkategorien", r.SharedCategories.Count == 0 ? "keine" : string.Join(", ", r.SharedCategories.Select(DataCategoryNames.Of)))
                .Add("Dringlichkeit", ReferralNames.Of(r.Urgency))
                .Add("Fällig am", Date(r.DueOn))
                .Add("Aktenzeichen der Partnerstelle", r.PartnerCaseReference)
                .Add("Status", ReferralNames.Of(r.Status))
                .Add("Angelegt", Time(r.CreatedAt));
            if (r.SentAt is { } sent) lines.Add("Versendet", Time(sent));
            if (r.AcceptedAt is { } acc) lines.Add("Angenommen", Time(acc));
            if (r.RejectedAt is { } rej) lines.Add("Abgelehnt", Time(rej)).Add("Ablehnungsgrund", r.RejectionReason);
            if (r.FirstAppointmentOn is { } first) lines.Add("Ersttermin", Date(first));
            if (r.InProgressAt is { } prog) lines.Add("In Bearbeitung seit", Time(prog));
            if (r.CompletedAt is { } done) lines.Add("Abgeschlossen", Time(done)).Add("Ergebnis", r.Result);
            if (r.CancelledAt is { } canc) lines.Add("Storniert", Time(canc)).Add("Stornierungsgrund", r.CancellationReason);
            foreach (var f in r.Feedback.OrderBy(f => f.Sequence))
                lines.Add($"Rückmeldung {Time(f.At)}", $"{f.Text} – {UserName(f.AuthorUserId)}, {ctx.Organisation(f.AuthorOrganisationId)}");
            blocks.Add(new DisclosureBlock($"Verweisung an {ctx.Organisation(r.ToOrganisationId)}: {r.Service}", lines.ToList()));
        }
        return new DisclosureSection("referrals", "Verweisungen (an wen Daten gingen)", data, blocks);
    }
}

/// <summary>The client's Integrationsleistungen (Baustein 3) as recorded by the case management.</summary>
public sealed class AchievementsDisclosureSection : IDisclosureSection
{
    public int Order => 700;

    public async Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var id = ctx.Client.Id;
        var items = (await ctx.Db.IntegrationAchievements.AsNoTracking().Where(a => a.ClientId == id).ToListAsync(ct))
            .OrderBy(a => a.SortDate).ThenBy(a => a.RecordedAt).ToList();
        foreach (var a in items) ctx.SubjectIds.Add(a.Id.ToString());
        var data = items.Select(a => new
        {
            a.Id,
            a.Kind,
            KindName = AchievementNames.Of(a.Kind),
            a.Language,
            Level = a.Level?.ToString(),
            a.CertificateName,
            a.AchievedOn,
            a.OrientationCourseCompleted,
            a.Since,
            a.Until,
            a.HoursPerWeek,
            a.EmploymentKind,
            a.ChildName,
            a.SchoolYear,
            a.Description,
            a.EvidencePresent,
            a.EvidenceNote,
            a.RecordedAt
        }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = items.Count == 0
            ? [DisclosureBlock.Empty("Es sind keine Integrationsleistungen erfasst.")]
            : [new DisclosureBlock(null, items.Select(a => new DisclosureLine(AchievementNames.Of(a.Kind),
                AchievementNames.Summary(a) + (a.EvidencePresent ? "; Nachweis liegt vor" + (a.EvidenceNote is { } n ? $" ({n})" : "") : "; ohne Nachweis")
                + $"; erfasst am {Time(a.RecordedAt)}")).ToList())];
        return new DisclosureSection("achievements", "Integrationsleistungen", data, blocks);
    }
}
