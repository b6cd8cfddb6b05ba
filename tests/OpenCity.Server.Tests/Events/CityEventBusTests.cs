using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCity.Server.Events;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Events;

/// <summary>The bus on its own: every subscriber gets every event in order, a lagging one loses the oldest (counted) and holds up nobody, and leaving is disposing.</summary>
// In the city collection like every test that starts servers: their statements would show in other tests' SQL captures.
[Collection(CityCollection.Name)]
public sealed class CityEventBusTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public async Task A_lagging_subscriber_keeps_its_newest_events_and_counts_the_dropped_while_another_gets_all()
    {
        var bus = Bus();
        using var lagging = bus.Subscribe(capacity: 2);
        using var reading = bus.Subscribe();

        for (var sequence = 1; sequence <= 5; sequence++)
        {
            bus.Publish(Envelope(sequence));
        }

        Assert.Equal([1L, 2, 3, 4, 5], (await reading.NextAsync(5)).Select(e => e.Sequence));
        Assert.Equal([4L, 5], (await lagging.NextAsync(2)).Select(e => e.Sequence));
        Assert.Equal((3L, 0L), (lagging.Dropped, reading.Dropped));
    }

    [Fact]
    public async Task Disposing_a_subscription_leaves_the_bus_and_completes_its_reader_and_a_cancelled_reader_leaves_too()
    {
        var bus = Bus();
        var subscription = bus.Subscribe();
        using var cancel = new CancellationTokenSource();
        var enumeration = bus.ReadAllAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);
        var first = enumeration.MoveNextAsync();
        Assert.Equal(2, bus.SubscriberCount);

        subscription.Dispose();
        bus.Publish(Envelope(1));
        Assert.True(await first);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await enumeration.MoveNextAsync());
        await enumeration.DisposeAsync();
        Assert.Equal(0, bus.SubscriberCount);
        Assert.False(await subscription.Reader.WaitToReadAsync());
    }

    [Fact]
    public async Task Settings_that_would_stop_or_flood_the_event_stream_are_refused_at_start()
    {
        await using var city = await FreshCityDatabase.CreateAsync("sqlite");

        var refused = Assert.Throws<OptionsValidationException>(() =>
            new OpenCityServer(city.Settings(("OpenCity:Events:PollInterval", "00:00:00"), ("OpenCity:Events:SubscriberCapacity", "0"))));

        Assert.Contains("OpenCity:Events:PollInterval", refused.Message, StringComparison.Ordinal);
        Assert.Contains("OpenCity:Events:SubscriberCapacity", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _services.Dispose();

    private CityEventBus Bus() =>
        new(Options.Create(new CityEventOptions()), new CityEventMetrics(_services.GetRequiredService<IMeterFactory>()));

    private static CityEventEnvelope Envelope(long sequence) =>
        new(sequence, "ComponentChanged", DateTime.UtcNow, JsonSerializer.SerializeToElement(new { code = $"C-{sequence}" }));
}
