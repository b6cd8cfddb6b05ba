using System.Net.WebSockets;
using System.Runtime.ExceptionServices;
using System.Text;
using GraphQL;
using OpenCity.GraphQL.Transport.Errors;
using OpenCity.GraphQL.Transport.Limits;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.WebSockets;

/// <summary>
/// The I/O of one WebSocket, and nothing of its protocol: reads whole text messages (at most
/// <c>maxMessageBytes</c>) for a handler one at a time, writes the connection's queued messages in
/// order, and closes with a code and a reason when asked (<see cref="RequestClose"/>) or answers the
/// client's close. One writer at a time: messages and the close frame never interleave.
/// </summary>
internal sealed class WebSocketConnection(
    WebSocket socket,
    StreamConnection stream,
    IGraphQLTextSerializer serializer,
    int maxMessageBytes,
    long maxResultBytes) : IDisposable
{
    // Closing cleanly waits this long for the client (its close frame, a write it does not read).
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource<(int Code, string Reason)> _closeRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _closing = new();
    private ExceptionDispatchInfo? _fault;

    /// <summary>Cancelled once the connection is ending: operations, timers and the writer stop.</summary>
    public CancellationToken Closing => _closing.Token;

    public bool IsClosing => _closeRequested.Task.IsCompleted;

    /// <summary>Asks for the socket to be closed with <paramref name="code"/>; the first request wins.</summary>
    public void RequestClose(int code, string reason) => _closeRequested.TrySetResult((code, Truncate(reason)));

    /// <summary>
    /// Serves the socket until either side closes it. Throws, after closing, what failed unexpectedly
    /// in the handler or the writer; a client that vanished is no failure.
    /// </summary>
    public async Task RunAsync(Func<ReadOnlyMemory<byte>, Task> handleMessage)
    {
        var reading = ReadAsync(handleMessage);
        var writing = WriteAsync();
        try
        {
            var first = await Task.WhenAny(reading, _closeRequested.Task);
            await _closing.CancelAsync();
            stream.Complete();
            await WaitAsync(writing);
            if (first == _closeRequested.Task)
            {
                // Anything still queued is dropped: the protocol's closes are immediate.
                var (code, reason) = await _closeRequested.Task;
                await CloseOutputAsync((WebSocketCloseStatus)code, reason);
            }
            else if (socket.State == WebSocketState.CloseReceived)
            {
                await CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty);
            }

            await WaitAsync(reading);
        }
        finally
        {
            await _closing.CancelAsync();
        }

        _fault?.Throw();
    }

    public void Dispose() => _closing.Dispose();

    private async Task WaitAsync(Task task)
    {
        try
        {
            await task.WaitAsync(CloseGrace);
        }
        catch (TimeoutException)
        {
            socket.Abort(); // a client that neither reads nor closes: end it
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // The connection broke, or the writer was stopped: nothing to report.
        }
        catch (Exception exception)
        {
            _fault ??= ExceptionDispatchInfo.Capture(exception);
        }
    }

    private async Task ReadAsync(Func<ReadOnlyMemory<byte>, Task> handleMessage)
    {
        var chunk = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(chunk.AsMemory(), CancellationToken.None);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            if (IsClosing)
            {
                continue; // waiting for the client's close frame; what comes before it is not read
            }

            if (message.Length + received.Count > maxMessageBytes)
            {
                RequestClose(GraphQLTransportWsCloseCodes.BadRequest, $"Message larger than {maxMessageBytes} bytes");
                continue;
            }

            message.Write(chunk, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            if (received.MessageType == WebSocketMessageType.Binary)
            {
                RequestClose(GraphQLTransportWsCloseCodes.BadRequest, "Binary messages are not supported: send JSON text");
            }
            else
            {
                await handleMessage(message.GetBuffer().AsMemory(0, (int)message.Length));
            }

            message.SetLength(0);
        }
    }

    private async Task WriteAsync()
    {
        while (await stream.ReceiveAsync(Closing) is { } message && !Closing.IsCancellationRequested)
        {
            var bytes = await SerializeAsync(message);
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
    }

    /// <summary>The message as JSON; a result larger than the answer limit is replaced by RESULT_TOO_LARGE, as over HTTP.</summary>
    private async Task<ReadOnlyMemory<byte>> SerializeAsync(StreamMessage message)
    {
        using var buffer = new CappedBufferStream(maxResultBytes);
        try
        {
            await serializer.WriteAsync(buffer, message, CancellationToken.None);
        }
        catch (ResultTooLargeException)
        {
            buffer.SetLength(0);
            await serializer.WriteAsync(buffer, message with { Payload = new ExecutionResult(new ResultTooLargeError(maxResultBytes)) }, CancellationToken.None);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private async Task CloseOutputAsync(WebSocketCloseStatus status, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseGrace);
        try
        {
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // The client is gone or does not read: nobody is left to tell.
        }
    }

    // A close frame's reason holds at most 123 bytes of UTF-8.
    private static string Truncate(string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }
}
