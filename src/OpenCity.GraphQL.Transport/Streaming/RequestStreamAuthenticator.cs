using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// The default <see cref="IStreamAuthenticator"/>: the host's default authentication scheme, as for
/// GraphQL over HTTP. An <c>Authorization</c> entry in the payload (<c>{ "Authorization": "Bearer …" }</c>,
/// what graphql-ws clients send in <c>connection_init</c>, since browsers cannot set headers on a
/// WebSocket) is authenticated as if it were the request's header; otherwise the opening request's own
/// headers or cookies are. A host without authentication serves everybody anonymously.
/// </summary>
public sealed class RequestStreamAuthenticator : IStreamAuthenticator
{
    public async Task<AuthenticateResult> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var schemes = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (schemes is null || await schemes.GetDefaultAuthenticateSchemeAsync() is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (AuthorizationIn(payload) is not { } entry)
        {
            return await context.AuthenticateAsync();
        }

        if (entry.ValueKind != JsonValueKind.String)
        {
            return AuthenticateResult.Fail("the payload's Authorization must be a string such as \"Bearer <token>\".");
        }

        // A request of its own in a scope of its own: authentication handlers are cached per request
        // scope and would answer for the opening request instead.
        await using var scope = context.RequestServices.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers.Authorization = entry.GetString();
        probe.Connection.RemoteIpAddress = context.Connection.RemoteIpAddress;
        return await probe.AuthenticateAsync();
    }

    private static JsonElement? AuthorizationIn(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return null;
        }

        foreach (var entry in body.EnumerateObject())
        {
            if (entry.NameEquals("Authorization") || entry.NameEquals("authorization"))
            {
                return entry.Value;
            }
        }

        return null;
    }
}
