namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// A memory buffer that refuses to grow past a limit: an answer is written here first, so one that
/// turns out too large is replaced by an error instead of being cut off half-sent.
/// </summary>
internal sealed class CappedBufferStream(long maxBytes) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Reserve(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Reserve(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    private void Reserve(int count)
    {
        if (Length + count > maxBytes)
        {
            throw new ResultTooLargeException();
        }
    }
}
