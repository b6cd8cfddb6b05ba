using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>
/// A host's authenticator for the tests: <c>Bearer name</c> signs in <c>name</c> (its subject),
/// <c>Bearer name;expires-in-ms=N</c> with credentials that expire N ms from now, <c>Bearer refused</c>
/// fails; no header is anonymous.
/// </summary>
public sealed class TestStreamAuthenticator : IStreamAuthenticator
{
    public const string Refused = "refused";

    private const string Scheme = "Test";
    private const string ExpiresIn = ";expires-in-ms=";

    public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = header["Bearer ".Length..];
        if (token == Refused)
        {
            return Task.FromResult(AuthenticateResult.Fail("these test credentials are refused."));
        }

        var properties = new AuthenticationProperties();
        var cut = token.IndexOf(ExpiresIn, StringComparison.Ordinal);
        if (cut >= 0)
        {
            properties.ExpiresUtc = DateTimeOffset.UtcNow.AddMilliseconds(int.Parse(token[(cut + ExpiresIn.Length)..], CultureInfo.InvariantCulture));
            token = token[..cut];
        }

        var identity = new ClaimsIdentity([new Claim("sub", token), new Claim(ClaimTypes.Name, token)], Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, Scheme)));
    }
}
