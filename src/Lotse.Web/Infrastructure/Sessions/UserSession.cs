namespace Lotse.Web.Infrastructure.Sessions;

public enum SessionKind { Browser, ApiToken }

/// <summary>
/// A server-side session: the browser cookie only carries the session key, API clients carry a token
/// whose SHA-256 is stored here. Deleting the rows ends the sessions at once on every app instance.
/// </summary>
public class UserSession
{
    /// <summary>Browser: the random session key; API: hex SHA-256 of the token.</summary>
    public required string Id { get; set; }
    public Guid UserId { get; set; }
    public SessionKind Kind { get; set; }
    public byte[]? Ticket { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
