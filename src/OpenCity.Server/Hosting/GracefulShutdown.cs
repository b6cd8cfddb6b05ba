using OpenCity.GraphQL.Transport.Availability;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Keeps the server listening while it drains: once the host is stopping, readiness is false and new
/// GraphQL requests are refused (SERVER_STOPPING), and this waits, before Kestrel stops, until the
/// requests being served have finished or the host's shutdown timeout
/// (<see cref="OpenCityShutdownOptions.DrainTimeout"/>) has passed.
/// </summary>
public sealed partial class GracefulShutdown(ServerReadiness readiness, ILogger<GracefulShutdown> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (readiness.InFlight == 0)
        {
            return;
        }

        LogDraining(logger, readiness.InFlight);
        try
        {
            await readiness.WaitForDrainAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogDrainTimedOut(logger, readiness.InFlight);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: waiting for {Requests} GraphQL requests to finish; new ones are refused")]
    private static partial void LogDraining(ILogger logger, int requests);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping with {Requests} GraphQL requests unfinished: the drain timeout passed")]
    private static partial void LogDrainTimedOut(ILogger logger, int requests);
}
