using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Availability;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Start and stop: the server listens at once and is ready only when its start-up work is done; it
/// stops gracefully (<see cref="GracefulShutdown"/>).
/// </summary>
public static partial class LifecycleHostingExtensions
{
    public static IServiceCollection AddOpenCityLifecycle(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenCityShutdownOptions>()
            .Bind(configuration.GetSection(OpenCityShutdownOptions.SectionName))
            .Validate(o => o.DrainTimeout > TimeSpan.Zero, "OpenCity:Shutdown:DrainTimeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<OpenCityShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.DrainTimeout);
        services.AddHostedService<GracefulShutdown>();
        return services;
    }

    /// <summary>
    /// Runs the server: it listens at once (health answers, GraphQL refuses with SERVER_NOT_READY), runs
    /// <paramref name="initialize"/> in the background and is ready when it completes. When it fails,
    /// the server logs why and stops, and the exit code is 1.
    /// </summary>
    public static async Task<int> RunOpenCityAsync(this WebApplication app, Func<CancellationToken, Task> initialize)
    {
        var lifetime = app.Lifetime;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LifecycleHostingExtensions).FullName!);
        var startup = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Services.GetRequiredService<ServerReadiness>().HoldUntil(startup.Task);

        Task initialization = Task.CompletedTask;
        lifetime.ApplicationStarted.Register(() => initialization = Task.Run(InitializeAsync));
        try
        {
            await app.StartAsync(lifetime.ApplicationStopping);
            await app.WaitForShutdownAsync();
        }
        finally
        {
            await initialization;
            await app.DisposeAsync();
        }

        return startup.Task.IsFaulted ? 1 : 0;

        async Task InitializeAsync()
        {
            var started = TimeProvider.System.GetTimestamp();
            try
            {
                await initialize(lifetime.ApplicationStopping);
                startup.TrySetResult();
                LogReady(logger, TimeProvider.System.GetElapsedTime(started));
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                startup.TrySetCanceled(lifetime.ApplicationStopping);
            }
            catch (Exception exception)
            {
                LogStartupFailed(logger, exception);
                startup.TrySetException(exception);
                lifetime.StopApplication();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready: start-up work done in {Elapsed}")]
    private static partial void LogReady(ILogger logger, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up failed, so the server stops: {Reason}")]
    private static partial void LogStartupFailedCore(ILogger logger, string reason, Exception exception);

    private static void LogStartupFailed(ILogger logger, Exception exception) =>
        LogStartupFailedCore(logger, exception.Message, exception);
}
