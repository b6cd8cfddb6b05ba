using GraphQL;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// The messages waiting for one connection's writer, bounded by <c>capacity</c>. When it is full the
/// oldest waiting result (<c>next</c>) is dropped and counted for its operation; the next result of
/// that operation that is delivered carries <c>extensions.dropped</c>, the number lost before it.
/// Other messages are kept up to twice the capacity, then dropped too: memory stays bounded even for
/// a client that sends without ever reading.
/// </summary>
public sealed class StreamMessageQueue(int capacity)
{
    private readonly LinkedList<StreamMessage> _messages = new();
    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private TaskCompletionSource? _waiter;
    private bool _completed;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Queues <paramref name="message"/>; returns how many messages this dropped (0 or 1).</summary>
    public int Enqueue(StreamMessage message)
    {
        TaskCompletionSource? waiter;
        var dropped = 0;
        lock (_lock)
        {
            if (_completed)
            {
                return 0;
            }

            if (_messages.Count >= capacity)
            {
                if (OldestNext() is { } oldest)
                {
                    _messages.Remove(oldest);
                    CountDrop(oldest.Value);
                    dropped = 1;
                }
                else if (message.IsNext || _messages.Count >= 2 * capacity)
                {
                    CountDrop(message);
                    return 1;
                }
            }

            _messages.AddLast(message);
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
        return dropped;
    }

    /// <summary>The next message to write, with its drop count added; null once the queue is completed and empty.</summary>
    public async ValueTask<StreamMessage?> DequeueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_lock)
            {
                if (_messages.First is { } first)
                {
                    _messages.RemoveFirst();
                    return WithDropCount(first.Value);
                }

                if (_completed)
                {
                    return null;
                }

                _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                signal = _waiter.Task;
            }

            await signal.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Forgets what waits for operation <paramref name="id"/>: its client stopped listening.</summary>
    public void Discard(string id)
    {
        lock (_lock)
        {
            for (var node = _messages.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Id == id)
                {
                    _messages.Remove(node);
                }

                node = next;
            }

            _dropped.Remove(id);
        }
    }

    /// <summary>Takes no more messages; the writer gets what is queued, then null.</summary>
    public void Complete()
    {
        TaskCompletionSource? waiter;
        lock (_lock)
        {
            _completed = true;
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }

    private LinkedListNode<StreamMessage>? OldestNext()
    {
        for (var node = _messages.First; node is not null; node = node.Next)
        {
            if (node.Value.IsNext)
            {
                return node;
            }
        }

        return null;
    }

    private void CountDrop(StreamMessage message)
    {
        if (message is { IsNext: true, Id: { } id })
        {
            _dropped[id] = _dropped.GetValueOrDefault(id) + 1;
        }
    }

    private StreamMessage WithDropCount(StreamMessage message)
    {
        if (message is { IsNext: true, Id: { } id, Payload: ExecutionResult result } && _dropped.Remove(id, out var dropped))
        {
            // Merged into the result's own extensions, which the schema may have filled.
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["dropped"] = dropped;
        }

        return message;
    }
}
