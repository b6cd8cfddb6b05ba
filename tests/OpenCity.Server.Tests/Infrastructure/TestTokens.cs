using Microsoft.Extensions.Options;
using OpenCity.Server.Auth;

namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>The signing key the test servers share, and tokens signed as a test needs them (or deliberately not).</summary>
public static class TestTokens
{
    public const string SigningKey = "test-signing-key-for-the-opencity-tests-only-7Hq2";

    /// <summary>A token for the caller, signed and addressed as given (by default as the test servers expect).</summary>
    public static string Issue(
        Caller caller,
        TimeSpan? lifetime = null,
        string signingKey = SigningKey,
        string? issuer = null,
        string audience = "opencity",
        DateTimeOffset? issuedAt = null)
    {
        var options = new OpenCityAuthOptions { SigningKey = signingKey, Issuer = issuer, Audience = audience };
        var tokens = new TokenIssuer(Options.Create(options), new FixedTimeProvider(issuedAt ?? DateTimeOffset.UtcNow));
        return tokens.Issue(caller, lifetime ?? TimeSpan.FromHours(1));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
