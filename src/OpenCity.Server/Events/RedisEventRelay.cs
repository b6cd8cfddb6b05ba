using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Availability;
using StackExchange.Redis;

namespace OpenCity.Server.Events;

/// <summary>
/// Shares events between instances over Redis pub/sub: publishes what this instance dispatches, and
/// hands what other instances dispatched to the local <see cref="CityEventBus"/> (each process has
/// its own <see cref="InstanceId"/> and skips its own messages). Redis being down never stops local
/// dispatch (the failures are counted in <c>opencity.events.redis_failures</c>), and loses nothing:
/// Redis keeps no messages for a subscriber that is away, so whatever this instance missed on the
/// channel (its subscription was down, or the publisher's was) is read back from the outbox, which
/// all instances share, when the subscription is restored and whenever a message shows a jump in the
/// sequence, then handed to the bus in order before anything newer. Only when the database does not
/// answer either do subscribers see the jump (their <c>missed</c>).
/// </summary>
public sealed partial class RedisEventRelay(
    IConnectionMultiplexer redis,
    CityEventBus bus,
    OutboxReplay outbox,
    ServerReadiness readiness,
    IOptions<CityEventOptions> options,
    CityEventMetrics metrics,
    ILogger<RedisEventRelay> logger) : BackgroundService
{
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.RedisChannel);

    // Serializes what reaches the bus from here (messages, replays, this instance's own dispatches), so it goes in sequence order.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _restored = new(0, 1);

    // The newest sequence on this instance's bus; -1 until known.
    private long _last = -1;

    /// <summary>This process, on the channel.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Publishes the events in order; false (logged and counted) when Redis did not take them.</summary>
    public async Task<bool> PublishAsync(IReadOnlyList<CityEventEnvelope> envelopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.Count > 0)
        {
            // This instance's dispatcher put them on its bus: nothing to read back for them.
            await SeenAsync(envelopes[^1].Sequence, cancellationToken);
        }

        // A disconnected multiplexer would queue or time out each command; Redis is optional, so don't wait for it.
        if (!redis.IsConnected)
        {
            metrics.RedisFailed(envelopes.Count);
            LogRedisDown(logger, envelopes.Count, "not connected");
            return false;
        }

        try
        {
            var subscriber = redis.GetSubscriber();

            // Issued one after another on one connection, so Redis receives them in sequence order.
            var sent = envelopes
                .Select(e => subscriber.PublishAsync(_channel, JsonSerializer.Serialize(new RedisEventMessage(InstanceId, e.Sequence, e.Type, e.OccurredAt, e.Payload), EventJson.Options)))
                .ToList();
            await Task.WhenAll(sent).WaitAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            metrics.RedisFailed(envelopes.Count);
            LogRedisDown(logger, envelopes.Count, exception.Message);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ChannelMessageQueue? queue = null;
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            // Until Redis first answers; afterwards the multiplexer restores the subscription after every reconnect itself.
            while (queue is null)
            {
                try
                {
                    queue = await redis.GetSubscriber().SubscribeAsync(_channel);
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    LogSubscribeFailed(logger, exception.Message);
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
            }

            await StartFromOutboxAsync(stoppingToken);
            await Task.WhenAll(ReceiveAsync(queue, stoppingToken), ReplayAfterRestoresAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            redis.ConnectionRestored -= OnConnectionRestored;
            if (queue is not null && redis.IsConnected)
            {
                await UnsubscribeAsync(queue);
            }
        }
    }

    /// <summary>Where this instance's bus starts: what was dispatched before it subscribed is not missed.</summary>
    private async Task StartFromOutboxAsync(CancellationToken cancellationToken)
    {
        try
        {
            await readiness.Startup.WaitAsync(cancellationToken);
            var last = await outbox.LastDispatchedAsync(cancellationToken);
            await SeenAsync(last ?? 0, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Start-up failed or the database is away: the first event received sets the start instead.
            LogReplayFailed(logger, exception.Message);
        }
    }

    private async Task ReceiveAsync(ChannelMessageQueue queue, CancellationToken cancellationToken)
    {
        await foreach (var message in queue.WithCancellation(cancellationToken))
        {
            if (Read(message.Message) is { } envelope)
            {
                await HandAsync(envelope, cancellationToken);
            }
        }
    }

    /// <summary>After every reconnect of the subscription, what was dispatched meanwhile, read back from the outbox.</summary>
    private async Task ReplayAfterRestoresAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _restored.WaitAsync(cancellationToken);
            await _gate.WaitAsync(cancellationToken);
            try
            {
                await ReplayAsync(before: null, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        try
        {
            _restored.Release();
        }
        catch (SemaphoreFullException)
        {
            // A replay is due already: it reads up to the newest event.
        }
    }

    /// <summary>Hands a message to the bus after what it shows was missed; drops one already there (an echo of a replay).</summary>
    private async Task HandAsync(CityEventEnvelope envelope, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (envelope.Sequence <= _last)
            {
                return;
            }

            if (_last >= 0 && envelope.Sequence > _last + 1)
            {
                await ReplayAsync(envelope.Sequence, cancellationToken);
            }

            bus.Publish(envelope);
            _last = envelope.Sequence;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Publishes the events after the newest on the bus (and before <paramref name="before"/>) from the outbox; under the gate.</summary>
    private async Task ReplayAsync(long? before, CancellationToken cancellationToken)
    {
        if (_last < 0)
        {
            return;
        }

        try
        {
            var missed = await outbox.ReadAsync(_last, before, options.Value.SubscriberCapacity, cancellationToken);
            foreach (var envelope in missed)
            {
                bus.Publish(envelope);
                _last = envelope.Sequence;
            }

            if (missed.Count > 0)
            {
                LogReplayed(logger, missed.Count, missed[0].Sequence, missed[^1].Sequence);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Subscribers then see the jump in the sequence: their `missed` tells them.
            LogReplayFailed(logger, exception.Message);
        }
    }

    private async Task SeenAsync(long sequence, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        _last = Math.Max(_last, sequence);
        _gate.Release();
    }

    private static async Task UnsubscribeAsync(ChannelMessageQueue queue)
    {
        try
        {
            await queue.UnsubscribeAsync();
        }
        catch (RedisException)
        {
            // Redis went away meanwhile: the subscription went with it.
        }
    }

    private CityEventEnvelope? Read(RedisValue value)
    {
        RedisEventMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<RedisEventMessage>(value.ToString(), EventJson.Options);
        }
        catch (JsonException exception)
        {
            LogUnreadable(logger, exception.Message);
            return null;
        }

        return message is null || message.Instance == InstanceId || message.Type is null ? null : message.ToEnvelope();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not take {Count} events ({Reason}): other instances will see a gap in the sequence")]
    private static partial void LogRedisDown(ILogger logger, int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to events on Redis yet ({Reason}); trying again")]
    private static partial void LogSubscribeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an unreadable event message from Redis: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Count} events missed on Redis back from the outbox ({First}..{Last})")]
    private static partial void LogReplayed(ILogger logger, int count, long first, long last);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the events missed on Redis from the outbox; subscribers see the gap: {Reason}")]
    private static partial void LogReplayFailed(ILogger logger, string reason);
}
