using Lotse.Web.Features.Audit;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using static Lotse.Web.Features.DataProtection.Disclosure.DisclosureText;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>
/// The access log: every audit-trail entry about a record of the Auskunft (who read, created, changed or exported
/// what, when, through which channel and why). Runs last, so it covers the ids every other section registered.
/// </summary>
public sealed class AccessLogSection : IDisclosureSection
{
    public int Order => 1000;

    public async Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var entries = new List<AuditEntry>();
        foreach (var chunk in ctx.SubjectIds.Chunk(500))
        {
            var ids = chunk.ToList();
            entries.AddRange(await ctx.Db.AuditEntries.AsNoTracking().Where(e => ids.Contains(e.EntityId)).ToListAsync(ct));
        }
        entries = entries.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToList();
        var data = entries.Select(e => new
        {
            e.OccurredAt,
            e.UserName,
            Organisation = e.OrganisationId is null ? null : ctx.Organisation(e.OrganisationId),
            e.Operation,
            Record = e.EntityType,
            RecordId = e.EntityId,
            e.Fields,
            e.Channel,
            e.Purpose
        }).ToList();
        IReadOnlyList<DisclosureBlock> blocks = entries.Count == 0
            ? [DisclosureBlock.Empty("Keine Zugriffe protokolliert.")]
            : [new DisclosureBlock(null, entries.Select(e => new DisclosureLine(Time(e.OccurredAt),
                $"{AuditDisplay.Of(e.Operation)}: {RecordNames.Of(e.EntityType)}" +
                (e.Fields is { Length: > 0 } f ? $" (Felder: {f})" : "") +
                $" – {e.UserName ?? "System"}" + (e.OrganisationId is null ? "" : $", {ctx.Organisation(e.OrganisationId)}") +
                $"; {AuditDisplay.Of(e.Channel)}" + (e.Purpose is { Length: > 0 } p ? $"; Zweck: {p}" : ""))).ToList())];
        return new DisclosureSection("accessLog", "Protokoll der Zugriffe", data, blocks);
    }
}

internal static class RecordNames
{
    public static string Of(string entityType) => entityType switch
    {
        "Client" => "Personenakte",
        "ResidenceStatus" => "Aufenthaltsstatus",
        "Case" => "Fall",
        "Assessment" => "Assessment",
        "Goal" => "Ziel",
        "PlanStep" => "Schritt",
        "CaseNote" => "Kontakt",
        "Appointment" => "Termin",
        "ClientCorrection" => "Berichtigung",
        "ErasureRequest" => "Löschantrag",
        "Consent" => "Einwilligung",
        "Referral" => "Verweisung",
        "ReferralFeedback" => "Rückmeldung zu einer Verweisung",
        "IntegrationAchievement" => "Integrationsleistung",
        "IntegrationAchievements" => "Integrationsleistungen",
        _ => entityType
    };
}
