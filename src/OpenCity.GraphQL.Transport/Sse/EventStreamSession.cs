using System.Threading.Channels;
using GraphQL;

namespace OpenCity.GraphQL.Transport.Sse;

/// <summary>
/// One subscription streamed to one response: the source's results are queued by its observer and
/// written by one loop, which also sends keep-alive comments when idle and ends the stream when the
/// source completes, the client leaves (the source is disposed) or the server stops (<c>complete</c>).
/// </summary>
internal sealed class EventStreamSession(ServerSentEventWriter writer, TimeSpan keepAliveInterval)
{
    private readonly Channel<ExecutionResult?> _queue = Channel.CreateBounded<ExecutionResult?>(
        new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public async Task RunAsync(IObservable<ExecutionResult> source, CancellationToken aborted, CancellationToken stopping)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        using (source.Subscribe(new QueueObserver(_queue.Writer)))
        {
            while (!ended.IsCancellationRequested)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
                idle.CancelAfter(keepAliveInterval);
                try
                {
                    if (!await _queue.Reader.WaitToReadAsync(idle.Token))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!ended.IsCancellationRequested)
                {
                    await writer.WriteKeepAliveAsync(aborted);
                    continue;
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                while (_queue.Reader.TryRead(out var result))
                {
                    if (result is null)
                    {
                        await writer.WriteCompleteAsync(aborted);
                        return;
                    }

                    await writer.WriteNextAsync(result, aborted);
                }
            }
        }

        if (!aborted.IsCancellationRequested)
        {
            await writer.WriteCompleteAsync(aborted);
        }
    }

    /// <summary>Queues results; null marks the end. Called on the source's threads.</summary>
    private sealed class QueueObserver(ChannelWriter<ExecutionResult?> queue) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => queue.TryWrite(value);

        public void OnError(Exception error)
        {
            queue.TryWrite(new ExecutionResult(error as ExecutionError ?? new ExecutionError("The event stream failed.")));
            queue.TryWrite(null);
        }

        public void OnCompleted() => queue.TryWrite(null);
    }
}
