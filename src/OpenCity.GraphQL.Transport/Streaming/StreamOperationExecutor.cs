using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// Runs one operation of a streaming connection and queues its messages. Queries and mutations give
/// one <c>next</c>; a subscription gives a <c>next</c> per event until its source ends. An operation
/// that cannot start (syntax, validation, limits, too many subscriptions) gives one <c>error</c>.
/// Execution goes through the same <see cref="IDocumentExecuter{TSchema}"/> pipeline as HTTP (document
/// cache, parsing limits, admission, timeout, error shaping, telemetry), which therefore bound only a
/// subscription's setup: its events run on the source's schedule, for as long as it lives.
/// Each operation has its own service scope, disposed when the operation ends.
/// </summary>
public sealed class StreamOperationExecutor(
    IDocumentExecuter<ISchema> documentExecuter,
    IServiceScopeFactory scopeFactory,
    ClientSubscriptionLimiter clients,
    IOptions<GraphQLStreamingOptions> options)
{
    private static readonly IValidationRule[] Rules = [.. DocumentValidator.CoreRules];

    private readonly int _maxPerConnection = options.Value.MaxSubscriptionsPerConnection;

    /// <summary>
    /// Runs <paramref name="request"/> as operation <paramref name="id"/> of <paramref name="connection"/>
    /// until it ends or <paramref name="cancellationToken"/> is cancelled (the client completed it or
    /// left), which disposes a subscription's source. Returns true when the operation ended by itself,
    /// and the transport then tells the client so (<c>complete</c>) once it has forgotten the id, so the
    /// client may use it again; false when it was refused (<c>error</c> sent) or stopped.
    /// </summary>
    public Task<bool> RunAsync(StreamConnection connection, string id, GraphQLRequest request, CancellationToken cancellationToken)
        => RunAsync(connection, id, request, [], cancellationToken);

    /// <summary>
    /// As above, with validation rules of the transport's own on top of the core ones, also applied to
    /// documents from the cache (e.g. SSE over GET refuses mutations, as GraphQL over HTTP does).
    /// </summary>
    public async Task<bool> RunAsync(StreamConnection connection, string id, GraphQLRequest request, IValidationRule[] transportRules, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            connection.Send(StreamMessage.Error(id, [new MissingQueryError()]));
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        ExecutionResult result;
        try
        {
            result = await documentExecuter.ExecuteAsync(CreateExecutionOptions(connection, request, transportRules, scope.ServiceProvider, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (result.Streams is not { Count: > 0 } streams)
        {
            if (!result.Executed)
            {
                connection.Send(StreamMessage.Error(id, result.Errors ?? [new ExecutionError("The operation could not be executed.")]));
                return false;
            }

            connection.Send(StreamMessage.Next(id, result));
            return true;
        }

        // Validation allows one root field per subscription (the spec's single root field rule).
        var source = streams.Single().Value;
        if (!connection.TryAddSubscription(_maxPerConnection))
        {
            connection.Send(StreamMessage.Error(id, [new TooManySubscriptionsError("connection", _maxPerConnection)]));
            return false;
        }

        try
        {
            if (!clients.TryAcquire(connection.ClientKey))
            {
                connection.Send(StreamMessage.Error(id, [new TooManySubscriptionsError("client", clients.Limit)]));
                return false;
            }

            try
            {
                return await PumpAsync(connection, id, source, cancellationToken);
            }
            finally
            {
                clients.Release(connection.ClientKey);
            }
        }
        finally
        {
            connection.RemoveSubscription();
        }
    }

    private static ExecutionOptions CreateExecutionOptions(StreamConnection connection, GraphQLRequest request, IValidationRule[] transportRules, IServiceProvider services, CancellationToken cancellationToken) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        RequestServices = services,
        User = connection.User,
        CancellationToken = cancellationToken,
        ValidationRules = transportRules.Length == 0 ? Rules : [.. Rules, .. transportRules],
        // Documents cached by any transport passed the core rules; HTTP adds its own for its cached ones.
        CachedDocumentValidationRules = transportRules,
        ThrowOnUnhandledException = false,
    };

    private static async Task<bool> PumpAsync(StreamConnection connection, string id, IObservable<ExecutionResult> source, CancellationToken cancellationToken)
    {
        var observer = new QueueingObserver(connection, id);
        using (source.Subscribe(observer))
        {
            try
            {
                await observer.Ended.WaitAsync(cancellationToken);
                return true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Events already on their way must not reach a client that stopped listening.
                observer.Stop();
                return false;
            }
        }
    }

    /// <summary>Queues each event of a subscription as a <c>next</c>; a failing source ends with one <c>next</c> carrying its error.</summary>
    private sealed class QueueingObserver(StreamConnection connection, string id) : IObserver<ExecutionResult>
    {
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _stopped;

        public Task Ended => _ended.Task;

        public void Stop() => _stopped = true;

        public void OnNext(ExecutionResult value)
        {
            if (!_stopped)
            {
                connection.Send(StreamMessage.Next(id, value));
            }
        }

        public void OnError(Exception error)
        {
            if (!_stopped)
            {
                // GraphQL.NET hands the source's failure over already shaped (an ExecutionError, logged if unexpected).
                var shaped = error as ExecutionError ?? new ExecutionError("The event stream failed.");
                connection.Send(StreamMessage.Next(id, new ExecutionResult(shaped)));
            }

            _ended.TrySetResult();
        }

        public void OnCompleted() => _ended.TrySetResult();
    }
}
