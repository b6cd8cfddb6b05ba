using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.Server.Events;

namespace OpenCity.Server.Tests.Events;

/// <summary>What the event tests need of a server's bus: a subscription, the next events of one, and a server that never dispatches.</summary>
public static class EventStream
{
    // Generous: a round trip through the outbox and Redis takes milliseconds; this only bounds a failing test.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Removes the outbox dispatcher: the server commits events and never sends them, like a process that dies right after its commits.</summary>
    public static void WithoutDispatcher(IServiceCollection services) =>
        services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(OutboxDispatcher)));

    /// <summary>Subscribes when the host starts, before the dispatcher's first round (which waits for the database).</summary>
    public static void SubscribeAtStart(IServiceCollection services)
    {
        services.AddSingleton<StartSubscription>();
        services.AddHostedService(provider => provider.GetRequiredService<StartSubscription>());
    }

    /// <summary>The next <paramref name="count"/> events of the subscription, failing the test if they do not come.</summary>
    public static async Task<IReadOnlyList<CityEventEnvelope>> NextAsync(this CityEventSubscription subscription, int count = 1)
    {
        using var patience = new CancellationTokenSource(Patience);
        var events = new List<CityEventEnvelope>();
        while (events.Count < count)
        {
            events.Add(await subscription.Reader.ReadAsync(patience.Token));
        }

        return events;
    }

    /// <summary>The first event about component <paramref name="code"/>, skipping others.</summary>
    public static async Task<CityEventEnvelope> FirstAboutAsync(this CityEventSubscription subscription, string code)
    {
        while (true)
        {
            var next = (await subscription.NextAsync())[0];
            if (CodeOf(next) == code)
            {
                return next;
            }
        }
    }

    public static string? CodeOf(CityEventEnvelope envelope) =>
        envelope.Payload.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    /// <summary>The subscription <see cref="SubscribeAtStart"/> opened.</summary>
    public sealed class StartSubscription(CityEventBus bus) : IHostedService
    {
        public CityEventSubscription Subscription { get; private set; } = null!;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Subscription = bus.Subscribe();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Subscription.Dispose();
            return Task.CompletedTask;
        }
    }
}
