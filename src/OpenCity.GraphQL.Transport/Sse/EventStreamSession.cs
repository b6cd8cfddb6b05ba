using GraphQL;
using OpenCity.GraphQL.Transport.Errors;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.Sse;

/// <summary>
/// One event stream: runs its operation, whose messages the connection queues, and writes them as they
/// come, with a keep-alive comment whenever the stream has been idle for the interval. It ends with
/// <c>complete</c> when the operation ends or the server stops; with a <c>next</c> carrying
/// CREDENTIALS_EXPIRED or TOO_MANY_DROPPED_MESSAGES then <c>complete</c> when the credentials expire or
/// the client fell too far behind; silently when the client left. Whatever the end, the operation is
/// stopped (a subscription's source disposed) before this returns.
/// </summary>
internal sealed class EventStreamSession(StreamConnection connection, ServerSentEventWriter writer, GraphQLStreamingOptions options)
{
    /// <summary>Distinct connections mode: one operation per stream, which needs no id.</summary>
    public const string OperationId = "";

    public async Task RunAsync(Func<CancellationToken, Task<bool>> operation, CancellationToken stopping, CancellationToken aborted)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping, connection.CredentialsExpired);
        var running = RunOperationAsync(operation, ended.Token);
        try
        {
            if (await PumpAsync(ended.Token, aborted) is { } reason)
            {
                await writer.WriteNextAsync(new ExecutionResult(reason), aborted);
            }

            if (!aborted.IsCancellationRequested)
            {
                await writer.WriteCompleteAsync(aborted);
            }
        }
        finally
        {
            await ended.CancelAsync();
            await running;
        }
    }

    /// <summary>Writes the queued messages until the stream ends; returns the error to end it with, if any.</summary>
    private async Task<ExecutionError?> PumpAsync(CancellationToken ended, CancellationToken aborted)
    {
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(ended);
            if (options.KeepAliveInterval > TimeSpan.Zero)
            {
                idle.CancelAfter(options.KeepAliveInterval);
            }

            var receive = connection.ReceiveAsync(idle.Token).AsTask();
            await Task.WhenAny(receive, connection.DroppedPastLimit);
            if (connection.DroppedPastLimit.IsCompleted)
            {
                return new TooManyDroppedMessagesError(options.MaxDroppedMessages);
            }

            StreamMessage? message;
            try
            {
                message = await receive;
            }
            catch (OperationCanceledException) when (!ended.IsCancellationRequested)
            {
                await writer.WriteKeepAliveAsync(aborted);
                continue;
            }
            catch (OperationCanceledException)
            {
                return EndedBy(aborted);
            }

            switch (message)
            {
                case null:
                    // The operation ended by itself (its results are all written), or was stopped because the stream ends.
                    return ended.IsCancellationRequested ? EndedBy(aborted) : null;
                case { Type: StreamMessage.NextType, Payload: ExecutionResult result }:
                    await writer.WriteNextAsync(result, aborted);
                    break;
                case { Type: StreamMessage.ErrorType, Payload: ExecutionErrors errors }:
                    // The operation could not start; graphql-sse has no error event: a next carries the errors.
                    await writer.WriteNextAsync(new ExecutionResult { Errors = errors }, aborted);
                    break;
            }
        }
    }

    /// <summary>Why the stream ends once it must: expired credentials are told; a stopping server gets <c>complete</c> only; a client that left, nothing.</summary>
    private ExecutionError? EndedBy(CancellationToken aborted) =>
        connection.CredentialsExpired.IsCancellationRequested && !aborted.IsCancellationRequested ? new CredentialsExpiredError() : null;

    /// <summary>Runs the operation; once it ends, by itself or refused, the queue takes no more, so the pump writes what is left and ends.</summary>
    private async Task RunOperationAsync(Func<CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await operation(cancellationToken);
        }
        finally
        {
            connection.Complete();
        }
    }
}
