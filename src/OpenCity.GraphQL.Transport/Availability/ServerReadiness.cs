using Microsoft.Extensions.Hosting;

namespace OpenCity.GraphQL.Transport.Availability;

/// <summary>
/// Whether this process takes new GraphQL operations: not before the host's start-up work is done
/// (<see cref="HoldUntil"/>), and not once the host is stopping, when the operations already running
/// are counted down so the host can wait for them (<see cref="WaitForDrainAsync"/>) before it stops listening.
/// Ready at once when the host gives it no start-up work.
/// </summary>
public sealed class ServerReadiness(IHostApplicationLifetime lifetime)
{
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _startup = Task.CompletedTask;
    private int _inFlight;

    /// <summary>Completes when start-up work is done; faulted when it failed.</summary>
    public Task Startup => Volatile.Read(ref _startup);

    public bool IsStopping => lifetime.ApplicationStopping.IsCancellationRequested;

    public bool IsReady => Startup.IsCompletedSuccessfully && !IsStopping;

    /// <summary>The GraphQL requests being served now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Holds readiness until <paramref name="startup"/> completes; called before the server listens.</summary>
    public void HoldUntil(Task startup) => Volatile.Write(ref _startup, startup);

    /// <summary>Counts a request in; the caller refuses it when this returns false (not ready or stopping), and calls <see cref="Exit"/> either way.</summary>
    public bool Enter()
    {
        // Counted before the check: a drain that starts after the check sees this request.
        Interlocked.Increment(ref _inFlight);
        return IsReady;
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0 && IsStopping)
        {
            _drained.TrySetResult();
        }
    }

    /// <summary>Once stopping, waits until no request is being served (new ones are refused meanwhile).</summary>
    public Task WaitForDrainAsync(CancellationToken cancellationToken) =>
        InFlight == 0 ? Task.CompletedTask : _drained.Task.WaitAsync(cancellationToken);
}
