using Lotse.Web.Data;
using Lotse.Web.Domain.Network;
using Lotse.Web.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Network.ServiceChains;

/// <summary>
/// Passes measured from referrals tagged with a chain step (<see cref="Referral.ServiceChainStepId"/>): each sent referral
/// is one pass through its step and — where the step implements a service standard — through that standard. The pass
/// starts when the referral was sent and ends at the event the standard measures up to: acceptance ("Annahme",
/// "angenommen"), first appointment ("Ersttermin", "Termin", "Erstgespräch") or otherwise completion. A pass is open while the referral is
/// still active; a rejected or cancelled referral that never reached the end event is no pass. No client reference leaves.
/// </summary>
public sealed class ReferralServiceChainObservations(LotseDbContext db) : IServiceChainObservations
{
    public enum EndEvent { Accepted, FirstAppointment, Completed }

    /// <summary>The referral event a standard's "bis" event names (free text of the agreement).</summary>
    public static EndEvent EndEventOf(string? toEvent)
    {
        var text = (toEvent ?? "").ToLowerInvariant();
        if (text.Contains("termin") || text.Contains("erstgespräch")) return EndEvent.FirstAppointment;
        if (text.Contains("annahme") || text.Contains("angenommen")) return EndEvent.Accepted;
        return EndEvent.Completed;
    }

    /// <summary>One referral as a pass, or null when it is none (draft, or ended without reaching the end event).</summary>
    public static ChainObservation? PassOf(Guid subjectId, Referral referral, EndEvent end)
    {
        if (referral.SentAt is not { } sent) return null;
        DateTimeOffset? endedAt = end switch
        {
            EndEvent.Accepted => referral.AcceptedAt,
            // A first appointment is a day; noon UTC lies on the same German calendar day.
            EndEvent.FirstAppointment => referral.FirstAppointmentOn is { } on
                ? new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : null,
            _ => referral.CompletedAt
        };
        if (endedAt is null && !referral.IsActive) return null;
        return ChainObservation.Of(subjectId, referral.ToOrganisationId, sent, endedAt);
    }

    public async Task<IReadOnlyList<ChainObservation>> ForSubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken ct)
    {
        var ids = subjectIds.ToList();
        var steps = await db.ServiceChainSteps.AsNoTracking()
            .Where(s => ids.Contains(s.Id) || (s.StandardId != null && ids.Contains(s.StandardId.Value)))
            .Select(s => new { s.Id, s.StandardId }).ToListAsync(ct);
        if (steps.Count == 0) return [];
        var standardIds = steps.Where(s => s.StandardId != null).Select(s => s.StandardId!.Value).Distinct().ToList();
        var toEvents = await db.Set<ServiceStandard>().AsNoTracking().Where(s => standardIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.ToEvent, ct);
        var stepIds = steps.Select(s => (Guid?)s.Id).ToList();
        var referrals = await db.Referrals.AsNoTracking().IgnoreAutoIncludes()
            .Where(r => stepIds.Contains(r.ServiceChainStepId) && r.SentAt != null)
            .ToListAsync(ct);
        var byStep = steps.ToDictionary(s => s.Id);
        var result = new List<ChainObservation>();
        foreach (var r in referrals)
        {
            var step = byStep[r.ServiceChainStepId!.Value];
            var end = EndEventOf(step.StandardId is { } sid ? toEvents.GetValueOrDefault(sid) : null);
            if (ids.Contains(step.Id) && PassOf(step.Id, r, end) is { } stepPass) result.Add(stepPass);
            if (step.StandardId is { } standard && ids.Contains(standard) && PassOf(standard, r, end) is { } standardPass) result.Add(standardPass);
        }
        return result;
    }
}

/// <summary>All sources of passes together: the stored observations and the tagged referrals.</summary>
public sealed class CombinedServiceChainObservations(StoredServiceChainObservations stored, ReferralServiceChainObservations referrals) : IServiceChainObservations
{
    public async Task<IReadOnlyList<ChainObservation>> ForSubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken ct) =>
        [.. await stored.ForSubjectsAsync(subjectIds, ct), .. await referrals.ForSubjectsAsync(subjectIds, ct)];
}
