using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenCity.GraphQL.Transport.Execution;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// What a streaming transport (WebSocket, SSE) keeps per connection, whatever its wire format: who it
/// is, its bounded outgoing queue and drop count, its subscriptions, and when its credentials expire.
/// The transport writes what <see cref="ReceiveAsync"/> returns and ends the connection when
/// <see cref="DroppedPastLimit"/> or <see cref="CredentialsExpired"/> says so. Counted as an open
/// connection (tagged with its transport) until disposed.
/// </summary>
public sealed class StreamConnection : IDisposable
{
    private readonly StreamMessageQueue _queue;
    private readonly GraphQLInstrumentation _instrumentation;
    private readonly int _maxDropped;
    private readonly TagList _tags;
    private readonly TaskCompletionSource _droppedPastLimit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _expiry = new();
    private long _dropped;
    private int _subscriptions;

    /// <param name="httpContext">The request that opened the connection.</param>
    /// <param name="transport">The metrics' <c>transport</c> tag: <c>ws</c> or <c>sse</c>.</param>
    /// <param name="options">The queue's and the limits' sizes.</param>
    /// <param name="instrumentation">Where the connection, subscription and message counts go.</param>
    public StreamConnection(HttpContext httpContext, string transport, GraphQLStreamingOptions options, GraphQLInstrumentation instrumentation)
    {
        HttpContext = httpContext;
        Transport = transport;
        User = new ClaimsPrincipal(new ClaimsIdentity());
        ClientKey = KeyOf(User, httpContext);
        _queue = new StreamMessageQueue(options.MaxQueuedMessages);
        _maxDropped = options.MaxDroppedMessages;
        _instrumentation = instrumentation;
        _tags = new TagList { { "transport", transport } };
        _instrumentation.StreamConnections.Add(1, _tags);
    }

    public HttpContext HttpContext { get; }

    public string Transport { get; }

    /// <summary>Anonymous until <see cref="SignIn"/>.</summary>
    public ClaimsPrincipal User { get; private set; }

    /// <summary>Whose subscriptions these are, for the per-client limit: the subject, else the remote address.</summary>
    public string ClientKey { get; private set; }

    /// <summary>Cancelled when the credentials of <see cref="SignIn"/> expire.</summary>
    public CancellationToken CredentialsExpired => _expiry.Token;

    /// <summary>Completes once more than <see cref="GraphQLStreamingOptions.MaxDroppedMessages"/> messages were dropped.</summary>
    public Task DroppedPastLimit => _droppedPastLimit.Task;

    public long Dropped => Interlocked.Read(ref _dropped);

    public int Subscriptions => Volatile.Read(ref _subscriptions);

    /// <summary>
    /// Takes the authenticator's answer: its principal (anonymous for <see cref="AuthenticateResult.None"/>)
    /// and the moment its credentials expire, when <see cref="CredentialsExpired"/> is cancelled.
    /// </summary>
    public void SignIn(AuthenticateResult result)
    {
        if (!result.Succeeded)
        {
            return;
        }

        User = result.Principal;
        ClientKey = KeyOf(User, HttpContext);
        if (result.Properties?.ExpiresUtc is { } expires)
        {
            var left = expires - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                _expiry.Cancel();
            }
            else
            {
                // CancelAfter takes at most about 49 days; credentials that outlive that never expire here.
                _expiry.CancelAfter(left < TimeSpan.FromDays(49) ? left : Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Queues a message for the client; a full queue drops the oldest result (see <see cref="StreamMessageQueue"/>).</summary>
    public void Send(StreamMessage message)
    {
        if (_queue.Enqueue(message) == 0)
        {
            return;
        }

        _instrumentation.StreamMessagesDropped.Add(1, _tags);
        if (Interlocked.Increment(ref _dropped) > _maxDropped)
        {
            _droppedPastLimit.TrySetResult();
        }
    }

    /// <summary>The next message to write (counted as delivered when it is a result); null once the connection is ending.</summary>
    public async ValueTask<StreamMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var message = await _queue.DequeueAsync(cancellationToken);
        if (message is { IsNext: true })
        {
            _instrumentation.StreamMessagesDelivered.Add(1, _tags);
        }

        return message;
    }

    /// <summary>Forgets the queued messages of an operation whose client stopped listening.</summary>
    public void Discard(string id) => _queue.Discard(id);

    /// <summary>Takes no more messages: <see cref="ReceiveAsync"/> returns what is queued, then null.</summary>
    public void Complete() => _queue.Complete();

    public void Dispose()
    {
        _queue.Complete();
        _expiry.Dispose();
        _instrumentation.StreamConnections.Add(-1, _tags);
    }

    private static string KeyOf(ClaimsPrincipal user, HttpContext context) =>
        (user.FindFirst("sub") ?? user.FindFirst(ClaimTypes.NameIdentifier))?.Value is { Length: > 0 } subject
            ? "subject:" + subject
            : "address:" + context.Connection.RemoteIpAddress;

    internal bool TryAddSubscription(int limit)
    {
        if (Interlocked.Increment(ref _subscriptions) <= limit)
        {
            _instrumentation.StreamSubscriptions.Add(1, _tags);
            return true;
        }

        Interlocked.Decrement(ref _subscriptions);
        return false;
    }

    internal void RemoveSubscription()
    {
        Interlocked.Decrement(ref _subscriptions);
        _instrumentation.StreamSubscriptions.Add(-1, _tags);
    }
}
