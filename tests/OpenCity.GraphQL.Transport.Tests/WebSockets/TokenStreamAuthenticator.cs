using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.Tests.WebSockets;

/// <summary>
/// A host's authenticator for the tests, reading <c>{"token": "…"}</c> from the connection_init
/// payload: "bad" is refused; "short" expires <see cref="ShortLifetime"/> after it is accepted; any
/// other token is the subject of that name for an hour; no payload is anonymous.
/// </summary>
public sealed class TokenStreamAuthenticator : IStreamAuthenticator
{
    public static readonly TimeSpan ShortLifetime = TimeSpan.FromMilliseconds(300);

    public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (payload is not { } body || !body.TryGetProperty("token", out var token) || token.GetString() is not { } value)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (value == "bad")
        {
            return Task.FromResult(AuthenticateResult.Fail("a bad test token."));
        }

        var lifetime = value == "short" ? ShortLifetime : TimeSpan.FromHours(1);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", value)], "Test"));
        var properties = new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow + lifetime };
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, properties, "Test")));
    }
}
