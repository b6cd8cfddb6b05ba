using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// Stops an operation that runs past <see cref="GraphQLLimitsOptions.Timeout"/>: the token every
/// resolver, DataLoader and database command receives is cancelled, and the answer is one TIMEOUT
/// error with no data. A client that leaves cancels the same token (its request's), and then nobody
/// is answered.
/// </summary>
public sealed class ExecutionTimeout(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    private readonly TimeSpan _timeout = options.Value.Timeout;

    /// <summary>Inside admission (30): the time counts from the start of the work, not from the queue.</summary>
    public float SortOrder => 40;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var client = options.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(client);
        timeout.CancelAfter(_timeout);
        options.CancellationToken = timeout.Token;
        try
        {
            var result = await next(options);

            // A resolver may turn the cancellation into an error of its own instead of throwing it.
            return timeout.IsCancellationRequested && !client.IsCancellationRequested ? TimedOut() : result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !client.IsCancellationRequested)
        {
            return TimedOut();
        }
    }

    // Executed, with no data: the operation started and was stopped (HTTP 200, like any field error).
    private ExecutionResult TimedOut() => new(new OperationTimeoutError(_timeout)) { Executed = true };
}
