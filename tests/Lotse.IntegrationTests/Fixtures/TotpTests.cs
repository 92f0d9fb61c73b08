namespace Lotse.IntegrationTests.Fixtures;

/// <summary>The test's own TOTP helper against the RFC 6238 test vectors (SHA-1), so a 2FA failure is never the helper's.</summary>
public sealed class TotpTests
{
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_match_RFC_6238(long unixSeconds, string expected)
    {
        // Base32 of the RFC's ASCII secret "12345678901234567890".
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }
}
