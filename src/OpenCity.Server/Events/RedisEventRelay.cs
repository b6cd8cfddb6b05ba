using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace OpenCity.Server.Events;

/// <summary>
/// Shares events between instances over Redis pub/sub: publishes what this instance dispatches, and
/// hands what other instances dispatched to the local <see cref="CityEventBus"/> (each process has
/// its own <see cref="InstanceId"/> and skips its own messages). Redis being down never stops local
/// dispatch: the events dispatched meanwhile do not reach the other instances, which see a jump in
/// the sequence, counted in <c>opencity.events.redis_failures</c>.
/// </summary>
public sealed partial class RedisEventRelay(
    IConnectionMultiplexer redis,
    CityEventBus bus,
    IOptions<CityEventOptions> options,
    CityEventMetrics metrics,
    ILogger<RedisEventRelay> logger) : BackgroundService
{
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.RedisChannel);

    /// <summary>This process, on the channel.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Publishes the events in order; false (logged and counted) when Redis did not take them.</summary>
    public async Task<bool> PublishAsync(IReadOnlyList<CityEventEnvelope> envelopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelopes);

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

            await foreach (var message in queue.WithCancellation(stoppingToken))
            {
                Receive(message.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            if (queue is not null && redis.IsConnected)
            {
                await UnsubscribeAsync(queue);
            }
        }
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

    private void Receive(RedisValue value)
    {
        RedisEventMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<RedisEventMessage>(value.ToString(), EventJson.Options);
        }
        catch (JsonException exception)
        {
            LogUnreadable(logger, exception.Message);
            return;
        }

        if (message is null || message.Instance == InstanceId || message.Type is null)
        {
            return;
        }

        bus.Publish(message.ToEnvelope());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not take {Count} events ({Reason}): other instances will see a gap in the sequence")]
    private static partial void LogRedisDown(ILogger logger, int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to events on Redis yet ({Reason}); trying again")]
    private static partial void LogSubscribeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an unreadable event message from Redis: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
