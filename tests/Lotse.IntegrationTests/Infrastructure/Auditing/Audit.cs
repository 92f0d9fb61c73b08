using Lotse.IntegrationTests.Fixtures;
using Lotse.Web.Infrastructure.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.IntegrationTests.Infrastructure.Auditing;

internal static class Audit
{
    /// <summary>Seals pending entries in a scope of its own, as the background sealer does.</summary>
    public static Task<int> SealAsync(LotseAppFactory app) =>
        app.WithScope(sp => sp.GetRequiredService<AuditSealer>().SealPendingAsync());

    public static Task<AuditVerification> VerifyAsync(LotseAppFactory app) =>
        app.WithScope(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
}
