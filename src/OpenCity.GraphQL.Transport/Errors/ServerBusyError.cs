using GraphQL;
using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>Too many operations are running or waiting: this one was not started. Nothing was done.</summary>
public sealed class ServerBusyError : ExecutionError, IHasRetryAfter
{
    public ServerBusyError(int maxConcurrent, TimeSpan retryAfter)
        : base($"The server is busy ({maxConcurrent} operations running and the queue full or the wait too long): nothing was done. Try again in a few seconds.")
    {
        Code = "SERVER_BUSY";
        RetryAfter = retryAfter;
        this.AddExtension("limit", maxConcurrent);
    }

    public int StatusCode => StatusCodes.Status503ServiceUnavailable;

    public TimeSpan RetryAfter { get; }
}
