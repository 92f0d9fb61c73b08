using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lotse.Web.Infrastructure.Auditing;

/// <summary>The canonical content of an entry and its SHA-256 link to the previous one.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e, long sequence, string previousHash)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            previousHash,
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.UserId?.ToString() ?? "",
            e.UserName ?? "",
            e.OrganisationId?.ToString() ?? "",
            e.EntityType,
            e.EntityId,
            e.Operation.ToString(),
            e.Fields ?? "",
            e.Channel.ToString(),
            e.Purpose ?? "");
        // Only list reads carry subjects; entries without them hash exactly as before the field existed.
        if (e.SubjectIds is not null) canonical += '\u001f' + e.SubjectIds;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// PostgreSQL keeps microseconds, SQLite (DateTimeOffsetToBinaryConverter) only 0.1 ms; truncating to
    /// 0.1 ms first makes the hash survive the round trip in both, also when an entry is sealed by the same
    /// DbContext that wrote it (and so hashed from the in-memory value).
    /// </summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % 1000, TimeSpan.Zero);
    }
}
