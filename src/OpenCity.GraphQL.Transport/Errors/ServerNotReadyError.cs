using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The server is still starting (its data is being prepared): nothing was done.</summary>
public sealed class ServerNotReadyError() : GraphQLHttpError(
    "SERVER_NOT_READY",
    "The server is starting and not ready to answer yet: nothing was done. Try again in a few seconds.",
    StatusCodes.Status503ServiceUnavailable), IHasRetryAfter
{
    public TimeSpan RetryAfter => TimeSpan.FromSeconds(5);
}
