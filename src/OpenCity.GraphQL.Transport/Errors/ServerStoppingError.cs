using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The server is shutting down and finishes only what it had started: nothing was done.</summary>
public sealed class ServerStoppingError() : GraphQLHttpError(
    "SERVER_STOPPING",
    "The server is shutting down: nothing was done. Try again; another server will answer.",
    StatusCodes.Status503ServiceUnavailable), IHasRetryAfter
{
    public TimeSpan RetryAfter => TimeSpan.FromSeconds(1);
}
