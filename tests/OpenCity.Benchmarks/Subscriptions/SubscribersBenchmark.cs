using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Benchmarks.Queries;
using OpenCity.Data.Seeding;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;

namespace OpenCity.Benchmarks.Subscriptions;

/// <summary>
/// Many concurrent <c>componentChanged</c> subscribers over real WebSockets on one server (the medium
/// city on PostGIS), most without a filter and one in ten fenced by a district, while status changes
/// are committed over HTTP. Reports the memory each subscription holds (managed heap and working set
/// before and after subscribing, divided by the count), the latency from each event's commit
/// (<c>occurredAt</c>) to its delivery at the client (p50/p99), and deliveries per second: first one
/// change at a time (each fanned out completely before the next), then a burst of changes back to back.
/// Client and server share the process (and the machine's cores). Run:
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- subscribers [subscriptions] [per connection] [changes]</c>.
/// </summary>
public static class SubscribersBenchmark
{
    private const string Unfiltered = "subscription { componentChanged { sequence occurredAt missed code } }";
    private const string Fenced = "subscription ($unit: String) { componentChanged(unit: $unit) { sequence occurredAt missed code } }";
    private const string SetStatus = """
        mutation ($code: String!, $status: ComponentStatus!) {
          updateComponentStatus(input: { code: $code, status: $status }) { errors { __typename } }
        }
        """;

    private const int FencedEvery = 10;
    private const int FencedUnits = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var total = args is [var a, ..] ? int.Parse(a, CultureInfo.InvariantCulture) : 10_000;
        var perConnection = args is [_, var b, ..] ? int.Parse(b, CultureInfo.InvariantCulture) : 100;
        var changes = args is [_, _, var c, ..] ? int.Parse(c, CultureInfo.InvariantCulture) : 100;
        using var cancel = new CancellationTokenSource(Patience * 4);
        var cancellationToken = cancel.Token;

        var settings = new Dictionary<string, string?>
        {
            ["OpenCity:RateLimiting:Enabled"] = "false",
            ["OpenCity:GraphQL:Streaming:KeepAliveInterval"] = "00:00:00",
            ["OpenCity:GraphQL:Streaming:MaxSubscriptionsPerConnection"] = perConnection.ToString(CultureInfo.InvariantCulture),
            ["OpenCity:GraphQL:Streaming:MaxSubscriptionsPerClient"] = (total + perConnection).ToString(CultureInfo.InvariantCulture),
            // A burst fans out to every subscription of a connection at once: room for all of it, so the figures are of delivery, not of drops.
            ["OpenCity:GraphQL:Streaming:MaxQueuedMessages"] = "1000000",
            ["OpenCity:GraphQL:Limits:MaxQueuedRequests"] = "100000",
            ["OpenCity:GraphQL:Limits:QueueTimeout"] = "00:05:00",
        };
        await using var server = await BenchmarkServer.StartAsync(BenchmarkCity.PostGis("opencity_bench_queries", CitySize.Medium), null, cancellationToken, settings: settings);
        var bus = server.Services.GetRequiredService<CityEventBus>();
        var token = server.Services.GetRequiredService<TokenIssuer>().Issue(Caller.Admin("benchmark"), TimeSpan.FromHours(1));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(1) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var plan = await ChangePlan.CreateAsync(server.Services, FencedUnits, cancellationToken);
        var log = new DeliveryLog();
        var connections = new List<SubscriberConnection>();
        try
        {
            // Every subscription of the run: (fenced unit or null), in the order they are opened.
            var subscriptions = Enumerable.Range(0, total).Select(i => i % FencedEvery == FencedEvery - 1 ? plan.Units[i / FencedEvery % plan.Units.Count] : null).ToList();
            var unfiltered = subscriptions.Count(s => s is null);
            var before = MemorySnapshot.Take();
            var opened = await OpenAsync(server.Address, log, connections, subscriptions, perConnection, unfiltered: true, bus, cancellationToken);
            var afterUnfiltered = MemorySnapshot.Take();
            opened += await OpenAsync(server.Address, log, connections, subscriptions, perConnection, unfiltered: false, bus, cancellationToken);
            var afterAll = MemorySnapshot.Take();
            Fail(log);

            // Warm-up: JIT and the first fan-outs, not measured.
            for (var i = 0; i < 3; i++)
            {
                await ChangeOneAsync(http, plan, subscriptions, log, cancellationToken);
            }

            log.TakeLatencies();
            var singles = Math.Max(10, changes / 5);
            var clock = Stopwatch.StartNew();
            long expectedSingles = 0;
            for (var i = 0; i < singles; i++)
            {
                expectedSingles += await ChangeOneAsync(http, plan, subscriptions, log, cancellationToken);
            }

            clock.Stop();
            var one = FanOutResult.Of($"one change at a time ({singles})", log, expectedSingles, clock.Elapsed);

            // The burst: changes committed back to back; the clock runs until the last delivery.
            var start = DateTime.UtcNow;
            var expectedBurst = 0L;
            var target = log.Count;
            for (var i = 0; i < changes; i++)
            {
                expectedBurst += await plan.ChangeAsync(http, subscriptions, SetStatus, cancellationToken);
            }

            target += expectedBurst;
            await WaitForAsync(() => log.Count >= target, cancellationToken);
            var burst = FanOutResult.Of($"burst of {changes} changes", log, expectedBurst, log.LastReceived - start);
            Fail(log);

            Console.WriteLine(FormattableString.Invariant(
                $"Subscriptions: {opened:N0} componentChanged on {connections.Count:N0} WebSockets ({perConnection} each; {unfiltered:N0} without a filter, {opened - unfiltered:N0} fenced by {plan.Units.Count} districts), PostGIS medium city, {Environment.ProcessorCount} cores shared by client and server"));
            Console.WriteLine(FormattableString.Invariant(
                $"Memory per subscription: without a filter {afterUnfiltered.PerItemSince(before, unfiltered)}; fenced by a district {afterAll.PerItemSince(afterUnfiltered, opened - unfiltered)}; all {afterAll.PerItemSince(before, opened)}"));
            Console.WriteLine("| phase | deliveries | fan-out p50 (ms) | fan-out p99 (ms) | max (ms) | deliveries/s | missed | dropped |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(one);
            Console.WriteLine(burst);
            return 0;
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }

            await plan.RestoreAsync(http, SetStatus, CancellationToken.None);
        }
    }

    /// <summary>Opens the subscriptions of one kind (unfiltered or fenced), connection by connection, and waits until the bus holds them all.</summary>
    private static async Task<int> OpenAsync(
        Uri address, DeliveryLog log, List<SubscriberConnection> connections, IReadOnlyList<string?> subscriptions, int perConnection, bool unfiltered, CityEventBus bus, CancellationToken cancellationToken)
    {
        var chosen = subscriptions.Select((unit, index) => (unit, index)).Where(s => (s.unit is null) == unfiltered).ToList();
        var start = bus.SubscriptionsOpened;
        var sent = 0;
        foreach (var batch in chosen.Chunk(perConnection))
        {
            var connection = await SubscriberConnection.ConnectAsync(address, log, cancellationToken);
            connections.Add(connection);
            foreach (var (unit, index) in batch)
            {
                var id = index.ToString(CultureInfo.InvariantCulture);
                await (unit is null
                    ? connection.SubscribeAsync(id, Unfiltered, null, cancellationToken)
                    : connection.SubscribeAsync(id, Fenced, new { unit }, cancellationToken));
            }

            // Setting up takes an admission slot each: keep at most a connection's worth waiting.
            sent += batch.Length;
            await WaitForAsync(() => bus.SubscriptionsOpened >= start + sent || log.Failures.Count > 0, cancellationToken);
            Fail(log);
        }

        return chosen.Count;
    }

    private static async Task<long> ChangeOneAsync(HttpClient http, ChangePlan plan, IReadOnlyList<string?> subscriptions, DeliveryLog log, CancellationToken cancellationToken)
    {
        var target = log.Count;
        var expected = await plan.ChangeAsync(http, subscriptions, SetStatus, cancellationToken);
        await WaitForAsync(() => log.Count >= target + expected, cancellationToken);
        return expected;
    }

    private static async Task WaitForAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        while (!condition())
        {
            await Task.Delay(5, patience.Token);
        }
    }

    private static void Fail(DeliveryLog log)
    {
        if (log.Failures is [var first, ..] failures)
        {
            throw new InvalidOperationException($"{failures.Count} subscriptions failed; the first: {first}");
        }
    }
}
