using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// The default <see cref="IStreamAuthenticator"/>: the opening request's own authentication (its
/// headers or cookies, through the host's default scheme), as for GraphQL over HTTP; the payload is
/// ignored. A host without authentication serves everybody anonymously.
/// </summary>
public sealed class RequestStreamAuthenticator : IStreamAuthenticator
{
    public async Task<AuthenticateResult> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        var schemes = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (schemes is null || await schemes.GetDefaultAuthenticateSchemeAsync() is null)
        {
            return AuthenticateResult.NoResult();
        }

        return await context.AuthenticateAsync();
    }
}
