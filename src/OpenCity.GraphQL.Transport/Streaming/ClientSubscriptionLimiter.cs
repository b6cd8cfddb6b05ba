using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OpenCity.GraphQL.Transport.Streaming;

/// <summary>
/// Counts each client's subscriptions over all its connections and transports, so that opening more
/// connections does not get round <see cref="GraphQLStreamingOptions.MaxSubscriptionsPerClient"/>.
/// Clients without subscriptions are forgotten, so the map holds only the active ones.
/// </summary>
public sealed class ClientSubscriptionLimiter(IOptions<GraphQLStreamingOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly int _limit = options.Value.MaxSubscriptionsPerClient;

    public int Limit => _limit;

    public int CountOf(string client) => _counts.GetValueOrDefault(client);

    /// <summary>Counts one more subscription for <paramref name="client"/>, unless it holds the most allowed.</summary>
    public bool TryAcquire(string client)
    {
        while (true)
        {
            if (_counts.TryGetValue(client, out var count))
            {
                if (count >= _limit)
                {
                    return false;
                }

                if (_counts.TryUpdate(client, count + 1, count))
                {
                    return true;
                }
            }
            else if (_counts.TryAdd(client, 1))
            {
                return true;
            }
        }
    }

    public void Release(string client)
    {
        while (_counts.TryGetValue(client, out var count))
        {
            if (count <= 1 ? _counts.TryRemove(new KeyValuePair<string, int>(client, count)) : _counts.TryUpdate(client, count - 1, count))
            {
                return;
            }
        }
    }
}
