using Lotse.Web.Infrastructure.Auditing;

namespace Lotse.Web.Features.Audit;

/// <summary>"Kette prüfen": seals what is pending, then walks the whole chain. Shared by page and API.</summary>
public sealed class VerifyAuditTrail(AuditSealer sealer, AuditVerifier verifier)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        await sealer.SealPendingAsync(ct);
        return await verifier.VerifyAsync(ct);
    }
}
