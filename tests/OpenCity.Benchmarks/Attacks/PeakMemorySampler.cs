namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// Samples a process's resident memory every 100 ms until disposed, keeping the highest: an
/// answer's memory may be released before the request ends.
/// </summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double? _peak;

    public PeakMemorySampler(int processId) => _sampling = SampleAsync(processId, _stop.Token);

    /// <summary>The highest sample, in megabytes; read it after disposing, when sampling has stopped.</summary>
    public double? PeakMegabytes => _peak;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(int processId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            if (ProcessProbe.ResidentMegabytes(processId) is { } sample && sample > (_peak ?? 0))
            {
                _peak = sample;
            }
        }
        while (await NextTickAsync(timer, cancellationToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
