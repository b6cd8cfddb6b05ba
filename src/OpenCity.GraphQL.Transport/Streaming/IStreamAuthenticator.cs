using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// Decides who a streaming connection (WebSocket, SSE) belongs to, once, when it opens. The host
/// replaces the default (<see cref="RequestStreamAuthenticator"/>, the request's own authentication)
/// when its clients authenticate otherwise, e.g. with a token in the WebSocket <c>connection_init</c>
/// payload, which browsers must use because they cannot set headers on a WebSocket.
/// </summary>
public interface IStreamAuthenticator
{
    /// <summary>
    /// <see cref="AuthenticateResult.NoResult"/>: anonymous. <see cref="AuthenticateResult.Fail(string)"/>:
    /// refused (WebSocket close 4403). Success: the principal, and in
    /// <see cref="AuthenticationProperties.ExpiresUtc"/> when its credentials expire, which ends the connection.
    /// </summary>
    /// <param name="context">The request that opened the connection (headers, remote address, services).</param>
    /// <param name="payload">The connection's authentication payload (a JSON object, such as WebSocket's
    /// <c>connection_init</c> payload) or null when it sent none or the transport has none (SSE). Valid during the call.</param>
    /// <param name="cancellationToken">Cancelled when the connection goes away.</param>
    Task<AuthenticateResult> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken);
}
