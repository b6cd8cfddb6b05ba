namespace OpenCity.Server.Events;

/// <summary>Wakes the outbox dispatcher when a write has committed events, so they go out at once rather than at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake-up covers every event committed before the dispatcher reads.
        }
    }

    /// <summary>Waits for the next <see cref="Notify"/>, or <paramref name="timeout"/>.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);
}
