using Lotse.Web.Infrastructure.Auditing;

namespace Lotse.UnitTests.Auditing;

public class AuditHashTests
{
    private static AuditEntry Entry() => new()
    {
        Id = 42,
        OccurredAt = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero).AddTicks(1230),
        UserId = Guid.Parse("8d7f4e0c-1111-2222-3333-444455556666"),
        UserName = "cm1",
        OrganisationId = Guid.Parse("1d7f4e0c-1111-2222-3333-444455556666"),
        EntityType = "LotseUser",
        EntityId = "abc",
        Operation = AuditOperation.Read,
        Channel = AuditChannel.Api,
        Purpose = "Fallbearbeitung"
    };

    [Fact]
    public void Same_content_gives_same_hash()
    {
        Assert.Equal(AuditHash.Compute(Entry(), 7, AuditHash.Genesis), AuditHash.Compute(Entry(), 7, AuditHash.Genesis));
    }

    [Theory]
    [InlineData("UserName")]
    [InlineData("EntityId")]
    [InlineData("Operation")]
    [InlineData("Purpose")]
    [InlineData("OccurredAt")]
    [InlineData("Fields")]
    public void Any_changed_field_changes_the_hash(string field)
    {
        var original = AuditHash.Compute(Entry(), 7, AuditHash.Genesis);
        var changed = Entry();
        switch (field)
        {
            case "UserName": changed.UserName = "cm2"; break;
            case "EntityId": changed.EntityId = "abd"; break;
            case "Operation": changed.Operation = AuditOperation.Update; break;
            case "Purpose": changed.Purpose = null; break;
            case "OccurredAt": changed.OccurredAt = changed.OccurredAt.AddSeconds(1); break;
            case "Fields": changed.Fields = "Email"; break;
        }
        Assert.NotEqual(original, AuditHash.Compute(changed, 7, AuditHash.Genesis));
    }

    [Fact]
    public void Hash_depends_on_position_and_predecessor()
    {
        var e = Entry();
        var h = AuditHash.Compute(e, 7, AuditHash.Genesis);
        Assert.NotEqual(h, AuditHash.Compute(e, 8, AuditHash.Genesis));
        Assert.NotEqual(h, AuditHash.Compute(e, 7, new string('1', 64)));
    }

    [Fact]
    public void Timestamps_are_truncated_to_microseconds_so_postgres_round_trips_them()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        var now = AuditHash.Now(clock);
        Assert.Equal(0, now.Ticks % 10);
        Assert.Equal(TimeSpan.Zero, now.Offset);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
